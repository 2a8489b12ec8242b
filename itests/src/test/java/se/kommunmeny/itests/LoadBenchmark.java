package se.kommunmeny.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.Test;

/**
 * Throughput and latency of representative reads and writes per offering at 1, 16 and 64 concurrent clients on
 * loopback, next to a trivial endpoint on the same instance, on embedded Derby and on PostgreSQL side by side; and,
 * when asked for, the platform's memory over a long mixed load. A benchmark, not a test: it asserts nothing about
 * speed (only that the calls succeeded), and runs only with {@code benchmarks/load.sh} (profile {@code benchmarks}).
 *
 * <p>System properties: {@code load.databases} (derby,postgresql), {@code load.clients} (1,16,64),
 * {@code load.seconds} per cell (10), {@code load.warmupSeconds} (5), {@code load.soakMinutes} (0: none; 60 for
 * "memory after an hour"), {@code load.results} (the directory for {@code load-<time>.md}), {@code load.operations}
 * (only these operations, by their names in the report, in that order; e.g. "groups write,menu" for the menu once
 * thousands of rounds exist).
 */
public class LoadBenchmark extends KommunmenyTestSupport {
    private static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups";
    private static final List<String> DATABASES = List.of(System.getProperty("load.databases", "derby,postgresql")
            .split(","));
    private static final int[] CLIENTS = Arrays.stream(System.getProperty("load.clients", "1,16,64").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int SECONDS = Integer.getInteger("load.seconds", 10);
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warmupSeconds", 5);
    private static final int SOAK_MINUTES = Integer.getInteger("load.soakMinutes", 0);
    private static final int SEED_ENROLMENTS = 64;
    /** Only these operations (names as in the report, comma-separated), in the order given; empty: all. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("load.operations", "").split(","))
            .map(String::trim).filter(n -> !n.isEmpty()).toList();

    private KarafProcess karaf;
    private final AtomicLong unique = new AtomicLong();
    private final List<String> enrolments = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<String> workPlaces = new ArrayList<>();
    private final List<String> cohorts = new ArrayList<>();

    /** One measured operation: who calls what, and the status that counts as success. */
    private record Operation(String name, String what, int expected, Supplier<HttpRequest> request) {
    }

    /** One cell: an operation at a number of clients. */
    private record Cell(String operation, int clients, long calls, long errors, double seconds, double p50, double p99) {
        double throughput() {
            return calls / seconds;
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void measure() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Path results = Path.of(System.getProperty("load.results", target.toString()));
        Files.createDirectories(results);
        Map<String, Map<String, Cell>> byDatabase = new LinkedHashMap<>();
        Map<String, List<String>> soaks = new LinkedHashMap<>();
        Map<String, String> operationText = new LinkedHashMap<>();
        long errors = 0;
        for (String database : DATABASES) {
            PostgresServer server = database.equals("postgresql") ? PostgresServer.start() : null;
            karaf = KarafProcess.unpack(target.resolve("load-" + database), USERS);
            try {
                karaf.addBootFeature("kommunmeny-examples");
                if (server != null) {
                    karaf.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig());
                    karaf.addBootFeature("kommunmeny-db-postgresql");
                }
                karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
                karaf.start();
                awaitReadyWithOfferings(karaf);
                awaitExamples();
                seed();
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (Operation op : operations()) {
                    run(op, 4, WARMUP_SECONDS); // warm-up of every operation before any is measured, not reported
                }
                for (Operation op : operations()) {
                    operationText.put(op.name(), op.what());
                    for (int clients : CLIENTS) {
                        Cell cell = run(op, clients, SECONDS);
                        cells.put(op.name() + "@" + clients, cell);
                        errors += cell.errors();
                        System.out.printf(Locale.ROOT, "%s %-28s %2d clients: %7.0f req/s, p50 %6.1f ms, p99 %6.1f ms,"
                                + " %d errors%n", database, op.name(), clients, cell.throughput(), cell.p50(), cell.p99(),
                                cell.errors());
                    }
                }
                byDatabase.put(database, cells);
                if (SOAK_MINUTES > 0) {
                    soaks.put(database, soak(operations()));
                }
            } finally {
                karaf.stop();
                if (server != null) {
                    server.stop();
                }
            }
        }
        Path out = results.resolve("load-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".md");
        Files.writeString(out, report(byDatabase, soaks, operationText), StandardCharsets.UTF_8);
        System.out.println(Files.readString(out));
        System.out.println("Written to " + out);
        assertTrue("calls failed during the load runs: " + errors, errors == 0);
    }

    // ------------------------------------------------------------------ what is measured

    private List<Operation> operations() {
        List<Operation> all = allOperations();
        if (ONLY.isEmpty()) {
            return all;
        }
        List<Operation> chosen = new ArrayList<>();
        for (String name : ONLY) {
            chosen.add(all.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("load.operations: no operation " + name)));
        }
        return chosen;
    }

    private List<Operation> allOperations() {
        return List.of(
                new Operation("ping", "`GET /api/ping` (trivial, authenticated)", 200,
                        () -> request(OPERATOR, "/api/ping").GET().build()),
                new Operation("menu", "`GET /api/menu` (four offerings' entries, live free places)", 200,
                        () -> request(HANDLAGGARE, "/api/menu").GET().build()),
                new Operation("person read", "`GET /api/persons/{id}` (audited read)", 200,
                        () -> request(HANDLAGGARE, "/api/persons/" + any(persons)).GET().build()),
                new Operation("person write", "`POST /api/persons` (new person, audited)", 201,
                        () -> json(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", nextNumber(),
                                "givenName", "Last", "familyName", "Testsson")))),
                new Operation("treatment read", "`GET /api/treatment-plan/enrolments/{id}`", 200,
                        () -> request(BEHANDLARE, "/api/treatment-plan/enrolments/" + any(enrolments)).GET().build()),
                new Operation("treatment write", "`POST /api/treatment-course/enrolments/{id}/notes` (assigned practitioner)",
                        201, () -> json(BEHANDLARE, "/api/treatment-course/enrolments/" + any(enrolments) + "/notes",
                                toJson(Map.of("text", "Samtal om veckan, anteckning " + unique.incrementAndGet())))),
                new Operation("housing read", "`GET /api/housing-support/units/{id}`", 200,
                        () -> request(ENHETSCHEF, "/api/housing-support/units/" + any(units)).GET().build()),
                new Operation("housing write", "`POST /api/housing-support/units`", 201,
                        () -> json(ENHETSCHEF, "/api/housing-support/units", unitJson())),
                new Operation("employment read", "`GET /api/employment-support/workplaces/{id}`", 200,
                        () -> request(ENHETSCHEF, "/api/employment-support/workplaces/" + any(workPlaces)).GET().build()),
                new Operation("employment write", "`POST /api/employment-support/workplaces`", 201,
                        () -> json(ENHETSCHEF, "/api/employment-support/workplaces", workPlaceJson())),
                new Operation("groups read", "`GET /api/support-groups/cohorts/{id}`", 200,
                        () -> request(ENHETSCHEF, "/api/support-groups/cohorts/" + any(cohorts)).GET().build()),
                new Operation("groups write", "`POST /api/support-groups/cohorts` (a round with its meetings)", 201,
                        () -> json(ENHETSCHEF, "/api/support-groups/cohorts", cohortJson())));
    }

    private void seed() {
        // Each database's run has its own data: the ids seeded on the previous one do not exist here.
        for (List<String> ids : List.of(persons, enrolments, units, workPlaces, cohorts)) {
            ids.clear();
        }
        for (int n = 0; n < SEED_ENROLMENTS; n++) {
            Answer person = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", nextNumber(),
                    "givenName", "Last", "familyName", "Klient " + n)));
            String personId = parse(require(person, 201)).get("id").asText();
            persons.add(personId);
            Answer enrolment = post(BEHANDLARE, "/api/treatment-plan/enrolments",
                    toJson(Map.of("personRef", personId, "programmeId", "kbt-12")));
            enrolments.add(parse(require(enrolment, 201)).get("id").asText());
            if (n < 16) {
                units.add(parse(require(post(ENHETSCHEF, "/api/housing-support/units", unitJson()), 201)).get("id").asText());
                workPlaces.add(parse(require(post(ENHETSCHEF, "/api/employment-support/workplaces", workPlaceJson()), 201))
                        .get("id").asText());
                cohorts.add(parse(require(post(ENHETSCHEF, "/api/support-groups/cohorts", cohortJson()), 201))
                        .get("id").asText());
            }
        }
    }

    private String unitJson() {
        long n = unique.incrementAndGet();
        return toJson(Map.of("kindId", "traningslagenhet", "name", "Lasthuset " + n, "address", "Lastgatan " + n
                + ", Arboga", "landlord", "Arbogabost\u00e4der", "places", 2));
    }

    private String workPlaceJson() {
        return toJson(Map.of("kindId", "arbetstraning", "name", "Lastverkstad " + unique.incrementAndGet(), "provider",
                Map.of("kind", "OWN", "name", "Arbetsmarknadsenheten"), "workType", "Snickeri", "places", 3,
                "reservations", List.of(Map.of("type", "LIGHT", "places", 1)), "supervisor", Map.of("name", "Sven")));
    }

    private String cohortJson() {
        long n = unique.incrementAndGet();
        return toJson(Map.of("programmeId", "dropp", "firstMeeting", LocalDate.now().plusDays(30 + n % 300).toString(),
                "startTime", "17:00", "place", "Lastlokal " + n, "leaders", List.of(BEHANDLARE), "places", 6));
    }

    /** A personnummer no earlier call of this run has used: 27 000 birth days times 1 000 serial numbers. */
    private String nextNumber() {
        long k = unique.incrementAndGet();
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(k % 27_000);
        String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), (k / 27_000) % 1000);
        return String.format(Locale.ROOT, "%04d%02d%02d-%s%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), nine.substring(6), luhn(nine));
    }

    // ------------------------------------------------------------------ the load

    /** Closed loop: {@code clients} threads each send the next request when the last one is answered. */
    private Cell run(Operation op, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread t = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < mine.length - 1) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http().send(op.request().get(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != op.expected()) {
                                if (errors.incrementAndGet() <= 3) {
                                    System.out.println(op.name() + ": " + r.statusCode() + " " + r.body());
                                }
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        mine[++n] = System.nanoTime() - t0;
                    }
                } finally {
                    mine[0] = n;
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = latencies.stream().mapToInt(l -> (int) l[0]).sum();
        double[] all = new double[total];
        int i = 0;
        for (long[] l : latencies) {
            for (int k = 1; k <= l[0]; k++) {
                all[i++] = l[k] / 1e6;
            }
        }
        Arrays.sort(all);
        return new Cell(op.name(), clients, total, errors.get(), elapsed, percentile(all, 50), percentile(all, 99));
    }

    /** Every operation in turn at 16 clients for {@code SOAK_MINUTES}; memory sampled once a minute. */
    private List<String> soak(List<Operation> ops) throws Exception {
        List<String> samples = new ArrayList<>();
        samples.add(memory("start", 0));
        long calls = 0;
        long errors = 0;
        long end = System.nanoTime() + SOAK_MINUTES * 60_000_000_000L;
        for (int minute = 1; System.nanoTime() < end; minute++) {
            for (Operation op : ops) {
                Cell c = run(op, 16, 60 / ops.size());
                calls += c.calls();
                errors += c.errors();
            }
            if (minute % 10 == 0 || System.nanoTime() >= end) {
                samples.add(memory(minute + " min", calls) + ", errors " + errors);
            }
        }
        return samples;
    }

    /** Resident memory of the Karaf JVM, and its heap after a full GC (jcmd). */
    private String memory(String when, long calls) throws Exception {
        long pid = karaf.pid();
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        long rssKb = Long.parseLong(status.replaceAll("(?s).*VmRSS:\\s+(\\d+) kB.*", "$1"));
        jcmd(pid, "GC.run");
        String heap = jcmd(pid, "GC.heap_info");
        String used = heap.replaceAll("(?s).*?used (\\d+K).*", "$1");
        String threads = status.replaceAll("(?s).*Threads:\\s+(\\d+).*", "$1");
        return String.format(Locale.ROOT, "%s: %d calls, resident %d MB, heap used after GC %s, threads %s", when, calls,
                rssKb / 1024, used, threads);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    // ------------------------------------------------------------------ the report

    private String report(Map<String, Map<String, Cell>> byDatabase, Map<String, List<String>> soaks,
            Map<String, String> operations) {
        StringBuilder b = new StringBuilder("# Load benchmark, ").append(LocalDateTime.now().withNano(0)).append("\n\n");
        b.append(String.format(Locale.ROOT, "%d cores, Java %s; closed loop (each client sends its next request when "
                + "the last is answered) for %d s per cell, after a %d s warm-up of every operation; load generator in the same "
                + "machine; HTTP/1.1 on loopback with Basic authentication; %d enrolments, 16 units, work places and "
                + "rounds seeded, writes add to them. Throughput in requests/s; latency p50 / p99 in ms; \"x ping\" is "
                + "the throughput as a share of the trivial endpoint's at the same concurrency.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), SECONDS,
                WARMUP_SECONDS, SEED_ENROLMENTS));
        List<String> databases = new ArrayList<>(byDatabase.keySet());
        b.append("| operation | clients |");
        for (String db : databases) {
            b.append(' ').append(db).append(": req/s, p50, p99 | x ping |");
        }
        b.append("\n| --- | ---: |");
        databases.forEach(db -> b.append(" --- | ---: |"));
        b.append('\n');
        for (String op : operations.keySet()) {
            for (int clients : CLIENTS) {
                b.append("| ").append(op).append(" | ").append(clients).append(" |");
                for (String db : databases) {
                    Cell c = byDatabase.get(db).get(op + "@" + clients);
                    Cell ping = byDatabase.get(db).get("ping@" + clients);
                    b.append(String.format(Locale.ROOT, " %.0f, %.1f, %.1f%s | %.2f |", c.throughput(), c.p50(), c.p99(),
                            c.errors() > 0 ? " (" + c.errors() + " errors)" : "", c.throughput() / ping.throughput()));
                }
                b.append('\n');
            }
        }
        b.append("\nOperations:\n\n");
        operations.forEach((name, what) -> b.append("- ").append(name).append(": ").append(what).append('\n'));
        if (!soaks.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nMemory over %d minutes of mixed load (every operation in turn, 16 "
                    + "clients):%n%n", SOAK_MINUTES));
            soaks.forEach((db, samples) -> {
                b.append("- ").append(db).append(":\n");
                samples.forEach(s -> b.append("  - ").append(s).append('\n'));
            });
        }
        return b.toString();
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private HttpRequest json(String user, String path, String body) {
        return request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String any(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    private static Answer require(Answer a, int status) {
        if (a.status() != status) {
            throw new AssertionError("expected " + status + ": " + a.status() + " " + a.body());
        }
        return a;
    }
}
