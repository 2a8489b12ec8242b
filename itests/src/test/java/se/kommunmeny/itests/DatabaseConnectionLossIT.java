package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The database lost under load: the distribution ({@code bin/karaf server}) on a PostgreSQL server of the test's own
 * with the four offerings; four clients read and write across them over REST and SOAP while PostgreSQL is stopped
 * ({@code pg_ctl stop -m fast}) for 12 seconds and started again on the same port. While it is down every
 * request that needs the database answers 503 (a problem document with Retry-After over REST, a
 * {@code database-unavailable} fault over SOAP) — never 500, never a hang past the client's timeout — and health says
 * not ready; afterwards the platform recovers by itself (Karaf is not touched): health is ready again, every client
 * succeeds again, every acknowledged write is there whole, nothing refused during the outage is there, and the audit
 * chain verifies. Figures to System.out and {@code target/database-loss.txt}.
 */
public class DatabaseConnectionLossIT extends AbstractOperatorInstanceIT {
    private static final int CLIENTS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(6);
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    /** Load kept up after recovery; every request in it must succeed. */
    private static final Duration AFTER = Duration.ofSeconds(6);
    /** The clients' timeout: a request not answered by then counts as a hang. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final String CHECKER = "greta";
    private static final Pattern SOAP_ID = Pattern.compile("<id>([^<]+)</id>");

    enum Op {
        PERSON_REST(true), PERSON_SOAP(true), HOUSING_UNIT(true), WORK_PLACE(true), LOOKUP(false), MENU(false),
        UNITS(false), WORKPLACES(false), COHORTS(false), PLAN_PROGRAMME(false);

        final boolean write;

        Op(boolean write) {
            this.write = write;
        }
    }

    /** One request as the client saw it: what, its key, when (ns since the drill's start), status, body. */
    record Call(Op op, String key, long startNanos, long endNanos, int status, String contentType, String body,
            String retryAfter, String error) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void requestsFailCleanlyWhileTheDatabaseIsDownAndRecoverByThemselves() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Map<String, String> users = new java.util.HashMap<>(USERS);
        users.put(CHECKER, "handlaggare");
        karaf = KarafProcess.unpack(target.resolve("database-loss"), users);
        karaf.addBootFeature("kommunmeny-examples");
        PostgresServer server = PostgresServer.start();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            karaf.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig());
            karaf.addBootFeature("kommunmeny-db-postgresql");
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
            karaf.start();
            awaitReadyWithOfferings(Duration.ofSeconds(240));
            awaitExamples();
            long karafPid = karaf.pid();

            long t0 = System.nanoTime();
            Queue<Call> calls = new ConcurrentLinkedQueue<>();
            Queue<Call> health = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int thread = c;
                running.add(pool.submit(() -> load(thread, t0, calls, stop)));
            }
            running.add(pool.submit(() -> pollHealth(t0, health, stop)));

            sleep(WARM_UP);
            long stopBegan = System.nanoTime() - t0;
            server.stopServer();
            long down = System.nanoTime() - t0;
            sleep(OUTAGE);
            long startBegan = System.nanoTime() - t0;
            server.startServer();
            long up = System.nanoTime() - t0;
            // Recovered: health ready again and each client's next write acknowledged.
            await("recovery after PostgreSQL is back", Duration.ofSeconds(120), () -> recovered(calls, health, up));
            long recovered = recoveredAt(calls, health, up);
            sleep(AFTER);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
            long end = System.nanoTime() - t0;
            assertEquals("Karaf was not restarted", karafPid, karaf.pid());
            assertTrue("Karaf still running", karaf.isAlive());

            // ------------------------------------------------------------ what the clients saw
            List<String> problems = new ArrayList<>();
            List<Call> all = new ArrayList<>(calls);
            Map<String, Integer> beforeByStatus = new TreeMap<>();
            Map<String, Integer> downByStatus = new TreeMap<>();
            Map<String, Integer> edgeByStatus = new TreeMap<>();
            Map<String, Integer> afterByStatus = new TreeMap<>();
            long settled = recovered + Duration.ofSeconds(2).toNanos();
            for (Call call : all) {
                String label = label(call);
                if (call.status() == 500 || call.status() == 0) {
                    problems.add(call.op() + " answered " + label + " at " + secs(call.startNanos()) + " s: "
                            + abbreviate(call.body() + call.error()));
                }
                if (call.endNanos() <= stopBegan) {
                    beforeByStatus.merge(label, 1, Integer::sum);
                    if (!call.ok()) {
                        problems.add("before the outage " + call.op() + " answered " + label);
                    }
                } else if (call.startNanos() >= down && call.endNanos() <= startBegan) {
                    downByStatus.merge(label, 1, Integer::sum);
                    checkOutageAnswer(call, problems);
                } else if (call.startNanos() >= settled) {
                    afterByStatus.merge(label, 1, Integer::sum);
                    if (!call.ok()) {
                        problems.add("after recovery " + call.op() + " answered " + label + ": " + abbreviate(call.body()));
                    }
                } else {
                    edgeByStatus.merge(label, 1, Integer::sum);
                    if (!call.ok()) {
                        checkOutageAnswer(call, problems);
                    }
                }
            }
            int healthDown = 0;
            for (Call h : health) {
                if (h.startNanos() >= down && h.endNanos() <= startBegan) {
                    healthDown++;
                    if (h.status() != 503 || !h.body().contains("database")) {
                        problems.add("health during the outage answered " + label(h) + ": " + abbreviate(h.body()));
                    }
                }
            }

            // ------------------------------------------------------------ what is in the database
            int[] writes = new int[5]; // acknowledged, found, refused, refused-and-absent, refused-edge-present
            for (Call call : all) {
                if (!call.op().write) {
                    continue;
                }
                boolean duringOutage = call.startNanos() >= down && call.endNanos() <= startBegan;
                if (call.ok()) {
                    writes[0]++;
                    String why = whole(call);
                    if (why == null) {
                        writes[1]++;
                    } else {
                        problems.add("acknowledged " + call.op() + " " + call.key() + ": " + why);
                    }
                } else if (call.status() != 0) {
                    writes[2]++;
                    boolean present = present(call);
                    if (!present) {
                        writes[3]++;
                    } else if (duringOutage) {
                        problems.add("refused during the outage but there: " + call.op() + " " + call.key());
                    } else {
                        writes[4]++;
                        String why = whole(call);
                        if (why != null) {
                            problems.add("refused at the outage's edge and half there: " + call.op() + " " + why);
                        }
                    }
                }
            }
            JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
            if (!verify.path("valid").asBoolean()) {
                problems.add("audit chain: " + verify);
            }

            String report = String.format(Locale.ROOT, "Database loss drill (PostgreSQL, %d clients): PostgreSQL "
                    + "stopped at %.1f s (pg_ctl stop -m fast took %.1f s), down %.1f s, started at %.1f s (took %.1f s); "
                    + "recovered (health ready, every client's next write acknowledged) %.1f s after it was back; "
                    + "load ended at %.1f s; Karaf pid %d throughout%n", CLIENTS, secs(stopBegan),
                    secs(down - stopBegan), secs(startBegan - down), secs(startBegan), secs(up - startBegan),
                    secs(recovered - up), secs(end), karafPid)
                    + "Requests by status before the outage: " + beforeByStatus + "\n"
                    + "Requests by status while it was down (sent and answered within the outage): " + downByStatus + "\n"
                    + "Requests by status at its edges (in flight at the stop or before recovery): " + edgeByStatus + "\n"
                    + "Requests by status after recovery: " + afterByStatus + "\n"
                    + "Requests by operation: " + byOperation(all) + "\n"
                    + String.format(Locale.ROOT, "Longest request: %.1f s (client timeout %d s)%n",
                            all.stream().mapToLong(c -> c.endNanos() - c.startNanos()).max().orElse(0) / 1e9,
                            CLIENT_TIMEOUT.toSeconds())
                    + "Health polls during the outage: " + healthDown + " (all 503 naming the database: "
                    + problems.stream().noneMatch(p -> p.startsWith("health")) + ")\n"
                    + String.format(Locale.ROOT, "Writes: %d acknowledged, %d of them found whole; %d refused, %d of "
                            + "them absent, %d (at the outage's edge) present and whole%n", writes[0], writes[1],
                            writes[2], writes[3], writes[4])
                    + "Audit chain: " + (verify.path("valid").asBoolean() ? "valid" : "BROKEN") + ", "
                    + verify.path("rowsChecked").asLong() + " rows\n"
                    + "Problems: " + (problems.isEmpty() ? "none" : problems.size() + "\n  "
                            + String.join("\n  ", problems.subList(0, Math.min(40, problems.size())))) + "\n";
            System.out.println(report);
            Files.writeString(target.resolve("database-loss.txt"), report, StandardCharsets.UTF_8);

            assertTrue("the outage was seen: " + downByStatus, downByStatus.getOrDefault("503", 0) > 0);
            assertTrue("health was asked during the outage", healthDown > 0);
            assertTrue("load after recovery: " + afterByStatus, !afterByStatus.isEmpty());
            assertEquals("problems: " + problems, List.of(), problems);
            assertEquals(writes[0], writes[1]);
        } finally {
            pool.shutdownNow();
            karaf.stop();
            server.stop();
        }
    }

    /** During the outage a request that fails must fail cleanly: 503 and a problem document or a SOAP fault. */
    private static void checkOutageAnswer(Call call, List<String> problems) {
        if (call.ok() && !call.op().write) {
            return; // a read that needs no database (programme descriptions, say) may well be answered
        }
        boolean soap = call.op() == Op.PERSON_SOAP;
        boolean clean = call.status() == 503 && (soap
                ? call.body().contains("Fault") && call.body().contains("database-unavailable")
                : call.contentType().startsWith("application/problem+json")
                        && call.body().contains("database-unavailable") && call.retryAfter() != null);
        if (!clean) {
            problems.add("at " + secs(call.startNanos()) + " s, in or at the outage, " + call.op() + " answered "
                    + label(call) + " " + call.contentType()
                    + " Retry-After " + call.retryAfter() + ": " + abbreviate(call.body() + call.error()));
        }
    }

    // ------------------------------------------------------------------ the clients

    private void load(int thread, long t0, Queue<Call> calls, AtomicBoolean stop) {
        List<String> registered = new ArrayList<>();
        for (int n = 0; !stop.get(); n++) {
            Op op = Op.values()[(n + thread * 3) % Op.values().length];
            String tag = thread + "-" + n;
            String number = personnummerBornOn(LocalDate.of(1941, 1, 1).plusDays(thread * 5000L + n));
            Call call = switch (op) {
                case PERSON_REST -> call(op, number, t0, json(HANDLAGGARE, "/api/persons", Map.of("identityNumber",
                        number, "givenName", "Avbrott", "familyName", "Rest")));
                case PERSON_SOAP -> call(op, number, t0, request(HANDLAGGARE, "/soap/PersonRegister")
                        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString("<soapenv:Envelope xmlns:soapenv=\"http://schemas."
                                + "xmlsoap.org/soap/envelope/\"><soapenv:Body><p:registerPerson xmlns:p=\"urn:se:"
                                + "kommunmeny:person:1\"><registration><identityNumber>" + number + "</identityNumber>"
                                + "<givenName>Avbrott</givenName><familyName>Soap</familyName></registration>"
                                + "</p:registerPerson></soapenv:Body></soapenv:Envelope>")).build());
                case HOUSING_UNIT -> call(op, "Avbrott " + tag, t0, json(ENHETSCHEF, "/api/housing-support/units",
                        Map.of("kindId", "traningslagenhet", "name", "Avbrott " + tag, "address", "Avbrott " + tag
                                + ", Arboga", "landlord", "Arbogabost\u00e4der", "places", 2)));
                case WORK_PLACE -> call(op, "Avbrott " + tag, t0, json(ENHETSCHEF, "/api/employment-support/workplaces",
                        Map.of("kindId", "arbetstraning", "name", "Avbrott " + tag, "provider", Map.of("kind", "OWN",
                                "name", "Arbetsmarknadsenheten"), "workType", "Snickeri", "places", 3,
                                "reservations", List.of(Map.of("type", "LIGHT", "places", 1)),
                                "supervisor", Map.of("name", "Sven Handledare"))));
                case LOOKUP -> call(op, "", t0, json(HANDLAGGARE, "/api/persons/lookup", Map.of("identityNumber",
                        registered.isEmpty() ? number : registered.get(n % registered.size()))));
                case MENU -> call(op, "", t0, request(HANDLAGGARE, "/api/menu").GET().build());
                case UNITS -> call(op, "", t0, request(ENHETSCHEF, "/api/housing-support/units?kindId=traningslagenhet")
                        .GET().build());
                case WORKPLACES -> call(op, "", t0, request(ENHETSCHEF,
                        "/api/employment-support/workplaces?kindId=arbetstraning").GET().build());
                case COHORTS -> call(op, "", t0, request(ENHETSCHEF, "/api/support-groups/cohorts?programmeId=dropp")
                        .GET().build());
                case PLAN_PROGRAMME -> call(op, "", t0, request(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12")
                        .GET().build());
            };
            calls.add(call);
            if ((op == Op.PERSON_REST || op == Op.PERSON_SOAP) && call.ok()) {
                registered.add(number);
            }
            if (op == Op.LOOKUP && call.status() == 404 && registered.isEmpty()) {
                // the very first look-up of a client may ask for a number not registered yet: not a failure
                calls.remove(call);
            }
        }
    }

    private void pollHealth(long t0, Queue<Call> health, AtomicBoolean stop) {
        while (!stop.get()) {
            health.add(call(null, "", t0, request(OPERATOR, "/api/health").GET().build()));
            sleep(Duration.ofMillis(300));
        }
    }

    private HttpRequest json(String user, String path, Map<String, Object> body) {
        return request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build();
    }

    @Override
    protected HttpRequest.Builder request(String user, String path) {
        return super.request(user, path).timeout(CLIENT_TIMEOUT);
    }

    private Call call(Op op, String key, long t0, HttpRequest request) {
        long start = System.nanoTime() - t0;
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Call(op, key, start, System.nanoTime() - t0, r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Retry-After").orElse(null), "");
        } catch (IOException e) {
            return new Call(op, key, start, System.nanoTime() - t0, 0, "", "", null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(op, key, start, System.nanoTime() - t0, 0, "", "", null, e.toString());
        }
    }

    // ------------------------------------------------------------------ recovery

    private static boolean recovered(Queue<Call> calls, Queue<Call> health, long up) {
        return recoveredAt(calls, health, up) > 0;
    }

    /** When the platform had recovered: health 200 and, for every client write kind, an acknowledged write. */
    private static long recoveredAt(Queue<Call> calls, Queue<Call> health, long up) {
        long at = 0;
        Call ready = health.stream().filter(h -> h.startNanos() >= up && h.status() == 200).findFirst().orElse(null);
        if (ready == null) {
            return 0;
        }
        at = ready.endNanos();
        for (Op op : Op.values()) {
            if (!op.write) {
                continue;
            }
            Call ok = calls.stream().filter(c -> c.op() == op && c.startNanos() >= up && c.ok()).findFirst()
                    .orElse(null);
            if (ok == null) {
                return 0;
            }
            at = Math.max(at, ok.endNanos());
        }
        return at;
    }

    // ------------------------------------------------------------------ looking writes up

    /** Null when the write is there whole, otherwise why not. */
    private String whole(Call call) {
        switch (call.op()) {
            case PERSON_REST, PERSON_SOAP -> {
                Answer a = post(CHECKER, "/api/persons/lookup", toJson(Map.of("identityNumber", call.key())));
                if (a.status() != 200) {
                    return "look-up answered " + a.status();
                }
                String id = parse(a).get("id").asText();
                if (call.ok()) {
                    String acknowledged = call.op() == Op.PERSON_REST ? parse(new Answer(200, "", call.body()))
                            .get("id").asText() : soapId(call.body());
                    if (!id.equals(acknowledged)) {
                        return "acknowledged id " + acknowledged + ", found " + id;
                    }
                }
                Answer audit = post(LOGGRANSKARE, "/api/audit/query", toJson(Map.of("person", id, "limit", 100)));
                for (JsonNode row : parse(audit)) {
                    if (row.get("action").asText().equals("CREATE") && row.get("resource").asText().equals("person/" + id)) {
                        return null;
                    }
                }
                return "no CREATE audit row for person/" + id;
            }
            case HOUSING_UNIT -> {
                JsonNode u = find(get(ENHETSCHEF, "/api/housing-support/units?kindId=traningslagenhet"), call.key());
                return u == null ? "missing" : u.get("places").asInt() == 2 ? null : "not whole: " + u;
            }
            case WORK_PLACE -> {
                JsonNode p = find(get(ENHETSCHEF, "/api/employment-support/workplaces?kindId=arbetstraning"), call.key());
                return p == null ? "missing" : p.get("places").asInt() == 3
                        && p.path("supervisor").path("name").asText().equals("Sven Handledare") ? null : "not whole: " + p;
            }
            default -> throw new IllegalArgumentException(call.op().toString());
        }
    }

    private boolean present(Call call) {
        return switch (call.op()) {
            case PERSON_REST, PERSON_SOAP -> post(CHECKER, "/api/persons/lookup",
                    toJson(Map.of("identityNumber", call.key()))).status() == 200;
            case HOUSING_UNIT -> find(get(ENHETSCHEF, "/api/housing-support/units?kindId=traningslagenhet"),
                    call.key()) != null;
            case WORK_PLACE -> find(get(ENHETSCHEF, "/api/employment-support/workplaces?kindId=arbetstraning"),
                    call.key()) != null;
            default -> throw new IllegalArgumentException(call.op().toString());
        };
    }

    private JsonNode find(Answer list, String name) {
        assertEquals(list.body(), 200, list.status());
        for (JsonNode e : parse(list)) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String soapId(String body) {
        Matcher m = SOAP_ID.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    // ------------------------------------------------------------------ small things

    private static String label(Call call) {
        return call.status() == 0 ? "no answer" : Integer.toString(call.status());
    }

    private static Map<String, Map<String, Integer>> byOperation(List<Call> calls) {
        Map<String, Map<String, Integer>> map = new TreeMap<>();
        for (Call c : calls) {
            map.computeIfAbsent(c.op().name().toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(label(c), 1,
                    Integer::sum);
        }
        return map;
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The drill's phases are durations of load, not waits for a condition. */
    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
