import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scale benchmark of the treatment course, JDK only ({@code java CourseScaleBenchmark.java}; run through
 * {@code benchmarks/course-scale.sh}). How a plan read and the session writes behave as the database grows towards
 * 100 000 clients and 5 000 000 sessions.
 *
 * <p>The distribution is unpacked and started once on an empty database, so that Flyway creates the treatment-plan
 * schema as it does for an operator, and stopped. Then, step by step (10 000, 100 000, 1 000 000, 5 000 000 sessions,
 * up to the maximum asked for), with Karaf stopped, clients are bulk-loaded straight into the database over JDBC (the
 * embedded Derby files under {@code data/derby/kommunmeny}, or a PostgreSQL server of the benchmark's own): per
 * client an ACTIVE enrolment in {@code kbt-12} with the bench practitioner (and one colleague) assigned, an
 * implementation plan with one goal and one revision of realistic content, and 50 sessions of the programme's
 * calendar in the past, of which the first 10 carry recorded attendance and the last 40 are PLANNED. After each step
 * Karaf is started and measured: a single client in sequence (median, p95, p99) and 8 clients in parallel for a fixed
 * time (req/s), for GET plan, PUT attendance (each PLANNED session written once) and POST session.
 *
 * <p>Every id is derived from a fixed seed, so the benchmark knows every row without keeping them in memory, and two
 * runs load the same data and pick the same clients and sessions.
 *
 * <p>Arguments: {@code tarball resultsDir maxSessions derby|postgresql}. System properties (optional):
 * {@code course.ops} (300), {@code course.warmup} (100 operations), {@code course.warmupSeconds} (10),
 * {@code course.threads} (8), {@code course.seconds} (15), {@code course.loadBudgetMinutes} (30: the longest load of
 * one step; a step whose load does not finish in it is measured at the size reached, reported as partial, and the
 * run ends there), {@code course.loadThreads} (loader connections, one per core up to 2),
 * {@code course.derbyPageCache} (the loader's Derby page cache in pages, 60000), {@code course.keep} (keep the
 * unpacked distribution and its database).
 *
 * <p>Diagnostic mode without a distribution: {@code --load-only <derbyDir> <maxSessions> <migrationDir>} creates a
 * Derby database from the Flyway SQL files in {@code migrationDir} and runs the loader's steps on it.
 */
public class CourseScaleBenchmark {
    static final String PASSWORD = "bench-Secret-9";
    static final String PRACTITIONER = "bench-behandlare";
    static final String CASE_OFFICER = "bench-handlaggare";
    static final String UNIT_MANAGER = "bench-enhetschef";
    static final String PROGRAMME = "kbt-12";
    static final long SEED = 20_261_122L;
    static final int SESSIONS_PER_CLIENT = 50;
    /**
     * Sessions 0..9 (weeks 1-2) carry recorded attendance; 10..49 (weeks 3-10) are PLANNED, a pool large enough that
     * the 10k step's parallel run rarely uses it up (each PLANNED session is written once).
     */
    static final int RECORDED_PER_CLIENT = 10;
    static final int CHUNK_CLIENTS = 200; // 10 000 sessions + 1 200 other rows per commit
    static final long[] STEPS = {10_000, 100_000, 1_000_000, 5_000_000};
    static final int OPS = Integer.getInteger("course.ops", 300);
    static final int WARMUP = Integer.getInteger("course.warmup", 100);
    static final int THREADS = Integer.getInteger("course.threads", 8);
    static final int SECONDS = Integer.getInteger("course.seconds", 15);
    static final int WARMUP_SECONDS = Integer.getInteger("course.warmupSeconds", 10);
    static final int LOAD_BUDGET_MINUTES = Integer.getInteger("course.loadBudgetMinutes", 30);
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** "Today" of the whole run, so that data loaded in different steps agree. */
    static final LocalDate TODAY = LocalDate.now(ZONE);
    static final String[] TABLES = {"tp_enrolment", "tp_assignment", "tp_plan", "tp_plan_goal", "tp_plan_revision",
            "tp_session", "core_audit_log"};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--load-only")) {
            loadOnly(Path.of(args[1]).toAbsolutePath(), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        Path tarball = Path.of(args[0]).toAbsolutePath();
        Path results = Path.of(args[1]).toAbsolutePath();
        long maxSessions = Long.parseLong(args[2]);
        String database = args.length > 3 ? args[3] : "derby";
        if (!database.equals("derby") && !database.equals("postgresql")) {
            throw new IllegalArgumentException("database must be derby or postgresql, not " + database);
        }
        new CourseScaleBenchmark(tarball, results, maxSessions, database).run();
    }

    // ------------------------------------------------------------------ the run

    final Path tarball;
    final Path results;
    final long maxSessions;
    final String database;
    final Path work;
    Path home;
    int httpPort;
    String base;
    Process karaf;
    PgServer pg;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Sessions written by PUT attendance so far (client * 50 + n): each is written once. */
    final Set<Long> usedSessions = new HashSet<>();
    final List<StepResult> steps = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final long runStart = System.nanoTime();
    double totalLoadSeconds;
    String karafHeap = "?";

    CourseScaleBenchmark(Path tarball, Path results, long maxSessions, String database) {
        this.tarball = tarball;
        this.results = results;
        this.maxSessions = maxSessions;
        this.database = database;
        this.work = results.resolve("work/course-scale"); // under results/work/, which git ignores
    }

    void run() throws Exception {
        List<Long> targets = steps(maxSessions);
        log("Course scale benchmark: steps " + targets + " sessions (1 client per " + SESSIONS_PER_CLIENT
                + " sessions), database " + database + ", " + OPS + " sequential operations and " + THREADS
                + " threads x " + SECONDS + " s per operation and step, seed " + SEED);
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUpProcesses));
        long current = 0;
        try {
            unpackAndConfigure();
            log("First start on an empty database (Flyway creates the schema)");
            double firstStart = startKaraf();
            log(String.format(Locale.ROOT, "Ready after %.1f s; burn-in of the load generator", firstStart));
            burnIn();
            stopKaraf();
            long loadedClients = 0;
            for (long target : targets) {
                current = target;
                StepResult step = step(target, loadedClients);
                loadedClients = step.clients;
                steps.add(step);
                writeReport(false);
                if (step.partial) {
                    break;
                }
            }
            Path out = writeReport(true);
            System.out.println();
            System.out.println(Files.readString(out));
            System.out.println("Written to " + out);
        } catch (Exception e) {
            notes.add("The run failed" + (current == 0 ? " before the first step" : " in the " + human(current) + " step")
                    + ": `" + e.toString().replace('`', '\'') + "` (the steps above it are complete; see the output"
                    + (home == null ? "" : " and " + home.resolve("data/log/karaf.log")) + ")");
            log("Failed; the report so far: " + writeReport(true));
            throw e;
        } finally {
            cleanUpProcesses();
            if (!Boolean.getBoolean("course.keep")) {
                delete(work);
                if (pg != null) {
                    pg.deleteFiles();
                }
            } else {
                log("Kept " + work + (pg != null ? " and " + pg.base : ""));
            }
        }
    }

    /** Loads up to {@code target} sessions (Karaf stopped), then starts Karaf, measures and stops it again. */
    StepResult step(long target, long loadedClients) throws Exception {
        long clients = (target + SESSIONS_PER_CLIENT - 1) / SESSIONS_PER_CLIENT;
        StepResult step = new StepResult();
        step.targetSessions = clients * SESSIONS_PER_CLIENT;
        log("Step " + human(step.targetSessions) + " sessions: loading clients " + loadedClients + ".." + (clients - 1));
        try (Loader loader = openLoader()) {
            Loader.Outcome outcome = loader.load(loadedClients, clients, LOAD_BUDGET_MINUTES * 60L);
            step.clients = outcome.clients();
            step.loadSeconds = outcome.seconds();
            step.loadedRows = outcome.rows();
            step.statisticsSeconds = loader.finish();
            step.partial = step.clients < clients;
            step.rows = loader.countRows();
            if (step.partial) {
                String note = String.format(Locale.ROOT, "The load of the %s step stopped at its budget of %d min after "
                        + "%s of %s clients (%.0f rows/s); it was measured at the size reached and the larger steps were "
                        + "not run. Raise -Dcourse.loadBudgetMinutes to load further.", human(step.targetSessions),
                        LOAD_BUDGET_MINUTES, human(step.clients), human(clients),
                        outcome.rows() / Math.max(1e-9, outcome.seconds()));
                notes.add(note);
                log(note);
            }
        }
        totalLoadSeconds += step.loadSeconds + step.statisticsSeconds;
        step.databaseMb = databaseMb();
        log(String.format(Locale.ROOT, "Loaded in %.1f s (+ %.1f s statistics): %s; database %d MB", step.loadSeconds,
                step.statisticsSeconds, step.rows, step.databaseMb));
        step.startSeconds = startKaraf();
        log(String.format(Locale.ROOT, "Karaf ready after %.1f s; measuring", step.startSeconds));
        try {
            karafHeap = heapOption(karaf.pid());
            step.syncWriteMs = syncWriteMs();
            step.cpuProbeMs[0] = cpuProbeMs();
            long[] before = cpuTicks();
            measure(step);
            long[] after = cpuTicks();
            step.cpuProbeMs[1] = cpuProbeMs();
            step.otherCores = (after[0] - before[0] - (after[1] - before[1])) / 100.0 / ((after[2] - before[2]) / 1e9);
            step.karafRssMb = rssMb(karaf.pid());
            log(String.format(Locale.ROOT, "  other processes used %.2f cores while measuring; disk sync write %.2f ms "
                    + "(median) before it; CPU probe %.0f ms before, %.0f ms after", step.otherCores, step.syncWriteMs,
                    step.cpuProbeMs[0], step.cpuProbeMs[1]));
            if (step.otherCores > 0.2) {
                notes.add(String.format(Locale.ROOT, "While the %s step was measured, other processes on the machine used "
                        + "%.1f cores on average: its figures are disturbed by that load.", step.label(), step.otherCores));
            }
        } finally {
            stopKaraf();
        }
        return step;
    }

    static List<Long> steps(long max) {
        if (max < SESSIONS_PER_CLIENT) {
            throw new IllegalArgumentException("maxSessions must be at least " + SESSIONS_PER_CLIENT);
        }
        List<Long> list = new ArrayList<>();
        for (long s : STEPS) {
            if (s <= max) {
                list.add(s);
            }
        }
        if (list.isEmpty() || list.get(list.size() - 1) != max) {
            list.add(max);
        }
        return list;
    }

    // ------------------------------------------------------------------ distribution

    void unpackAndConfigure() throws Exception {
        delete(work);
        Files.createDirectories(work);
        run("tar", "xzf", tarball.toString(), "-C", work.toString());
        try (var dirs = Files.list(work)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        httpPort = freePort();
        base = "http://127.0.0.1:" + httpPort + "/kommunmeny";
        set(home, "org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        set(home, "org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        set(home, "org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
        set(home, "org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
        Files.writeString(home.resolve("etc/se.kommunmeny.kommun.cfg"),
                "code = 1984\nname = Arboga\ncounty = V\\u00e4stmanlands l\\u00e4n\ncountry = SE\n");
        // The offerings list, as run-demo.sh writes it: the treatment plan is installed at every start.
        Files.writeString(home.resolve("etc/se.kommunmeny.offerings.cfg"), "offerings = treatment-plan\n");
        Files.writeString(home.resolve("etc/users.properties"), "\n" + PRACTITIONER + " = " + PASSWORD + ",behandlare\n"
                + CASE_OFFICER + " = " + PASSWORD + ",handlaggare\n" + UNIT_MANAGER + " = " + PASSWORD
                + ",enhetschef\n", StandardOpenOption.APPEND);
        if (database.equals("postgresql")) {
            pg = PgServer.start(log -> log(log));
            Files.writeString(home.resolve("etc/org.ops4j.datasource-kommunmeny.cfg"), pg.dataSourceConfig(),
                    StandardCharsets.ISO_8859_1);
            Path features = home.resolve("etc/org.apache.karaf.features.cfg");
            String content = Files.readString(features, StandardCharsets.ISO_8859_1);
            String changed = content.replaceFirst("featuresBoot\\s*=\\s*\\\\",
                    "featuresBoot = \\\\\n    kommunmeny-db-postgresql, \\\\");
            if (changed.equals(content)) {
                throw new IllegalStateException("featuresBoot not found in " + features);
            }
            Files.writeString(features, changed, StandardCharsets.ISO_8859_1);
        }
    }

    /** Starts Karaf and waits until health is UP with the treatment plan and its programme answers; seconds taken. */
    double startKaraf() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("KARAF_EXEC", "exec");
        long t0 = System.nanoTime();
        karaf = pb.start();
        String health = base + "/api/health";
        String programme = base + "/api/treatment-plan/programmes/" + PROGRAMME;
        while (true) {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("Karaf exited during start; see " + home.resolve("data/log/karaf.log"));
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(900)) {
                throw new IllegalStateException("not ready after 900 s; see " + home.resolve("data/log/karaf.log"));
            }
            Answer h = call(CASE_OFFICER, "GET", health, null);
            if (h.status == 200 && h.body.contains("treatment-plan") && call(PRACTITIONER, "GET", programme, null).status == 200) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM (an orderly shutdown, as {@code kill <pid>}), then waits for the JVM to end. */
    void stopKaraf() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.destroy();
            if (!karaf.waitFor(180, TimeUnit.SECONDS)) {
                log("Karaf did not stop within 180 s; killing it");
                karaf.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        }
        karaf = null;
    }

    void cleanUpProcesses() {
        try {
            Process k = karaf;
            if (k != null && k.isAlive()) {
                k.destroy();
                if (!k.waitFor(120, TimeUnit.SECONDS)) {
                    k.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pg != null) {
            pg.stop();
        }
    }

    Loader openLoader() throws Exception {
        if (database.equals("derby")) {
            return Loader.derby(home.resolve("data/derby/kommunmeny"), driverJar("org/apache/derby/derby", "10.14.2.0"));
        }
        return Loader.postgres(pg.jdbcUrl(), PgServer.USER, PgServer.PASSWORD, driverJar("org/postgresql/postgresql", null));
    }

    /** The JDBC driver the distribution runs (its system/ repository), else the local Maven repository's. */
    Path driverJar(String groupArtifact, String version) throws IOException {
        List<Path> roots = new ArrayList<>();
        if (home != null) {
            roots.add(home.resolve("system").resolve(groupArtifact));
        }
        roots.add(Path.of(System.getProperty("user.home"), ".m2/repository").resolve(groupArtifact));
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var files = Files.walk(root)) {
                var jar = files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-sources.jar"))
                        .filter(p -> version == null || p.getFileName().toString().contains(version))
                        .max(Comparator.naturalOrder());
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IOException("No JDBC driver " + groupArtifact + (version == null ? "" : " " + version) + " in " + roots);
    }

    long databaseMb() throws IOException {
        Path dir = database.equals("derby") ? home.resolve("data/derby/kommunmeny") : pg.base.resolve("data");
        long bytes = 0;
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                try {
                    bytes += Files.size(p);
                } catch (IOException e) {
                    // vanished meanwhile
                }
            }
        }
        return bytes / (1024 * 1024);
    }

    // ------------------------------------------------------------------ measurement

    static final class StepResult {
        long targetSessions;
        long clients;
        boolean partial;
        double loadSeconds;
        long loadedRows;
        double statisticsSeconds;
        Map<String, Long> rows = new LinkedHashMap<>();
        long databaseMb;
        double startSeconds;
        long karafRssMb;
        /** CPU used by processes other than this benchmark, Karaf and its database server while measuring, in cores. */
        double otherCores;
        /** Median latency of a synchronous 4 KiB write next to the database just before measuring. */
        double syncWriteMs;
        /** {@link #cpuProbeMs()} before and after measuring. */
        final double[] cpuProbeMs = new double[2];
        final Map<String, OpResult> ops = new LinkedHashMap<>();

        /** The step's size: its target, or for a partial step the sessions loaded (client count × 50). */
        String label() {
            return partial ? human(clients * SESSIONS_PER_CLIENT) + " (partial)" : human(targetSessions);
        }
    }

    static final class OpResult {
        double median;
        double p95;
        double p99;
        int sequentialErrors;
        double rps;
        double concurrentP50;
        double concurrentP99;
        long concurrentRequests;
        long concurrentErrors;
        double concurrentSeconds;
        String firstError;
        boolean exhausted;
    }

    /** One operation on the HTTP API; {@code null} when there is nothing left to do (the PLANNED pool is used up). */
    interface Op {
        Answer call(Random random) throws Exception;
    }

    void measure(StepResult step) throws Exception {
        long clients = step.clients;
        String planOfFirst = call(PRACTITIONER, "GET", base + "/api/treatment-plan/plans/" + Ids.plan(0), null).body;
        if (!planOfFirst.contains("startSituation") || !planOfFirst.contains(Ids.enrolment(0))) {
            throw new IllegalStateException("GET plan of client 0 does not return the loaded plan: " + planOfFirst);
        }
        Answer asCaseOfficer = call(CASE_OFFICER, "GET", base + "/api/treatment-plan/plans/" + Ids.plan(clients - 1), null);
        if (asCaseOfficer.status != 200) {
            throw new IllegalStateException("GET plan as case officer: " + asCaseOfficer);
        }
        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("GET plan", r -> call(PRACTITIONER, "GET", base + "/api/treatment-plan/plans/"
                + Ids.plan(Math.floorMod(r.nextLong(), clients)), null, 200));
        ops.put("PUT attendance", r -> {
            String session = nextPlannedSession(r, clients);
            return session == null ? null : call(PRACTITIONER, "PUT", base + "/api/treatment-course/sessions/" + session
                    + "/attendance", "{\"status\":\"ATTENDED\"}", 200);
        });
        ops.put("POST session", r -> {
            long client = Math.floorMod(r.nextLong(), clients);
            LocalDate date = TODAY.plusDays(1 + r.nextInt(28));
            return call(PRACTITIONER, "POST", base + "/api/treatment-course/enrolments/" + Ids.enrolment(client)
                    + "/sessions", "{\"kind\":\"INDIVIDUAL\",\"date\":\"" + date + "\"}", 201);
        });
        // Warm-up after the start (JIT, connection pools, caches): operations in sequence, then in parallel. PUT
        // attendance is warmed up in sequence only, since every PLANNED session it writes is used up; the parallel
        // warm-up of the other two runs the same stack (HTTP, authentication, JPA, audit).
        int opIndex = 0;
        for (var e : ops.entrySet()) {
            Random random = new Random(SEED * 1_000 + step.targetSessions + opIndex++);
            OpResult result = new OpResult();
            step.ops.put(e.getKey(), result);
            for (int i = 0; i < WARMUP; i++) {
                Answer a = e.getValue().call(random);
                if (a != null && !a.expected) {
                    result.firstError = result.firstError == null ? a.toString() : result.firstError;
                }
            }
            if (!e.getKey().startsWith("PUT")) {
                OpResult warm = new OpResult();
                concurrent(e.getValue(), warm, step.targetSessions * 17 + opIndex, WARMUP_SECONDS);
                if (warm.firstError != null && result.firstError == null) {
                    result.firstError = warm.firstError;
                }
            }
        }
        log(String.format(Locale.ROOT, "  warmed up (%d operations in sequence per operation, %d s in parallel for GET plan "
                + "and POST session)",
                WARMUP, WARMUP_SECONDS));
        opIndex = 0;
        for (var e : ops.entrySet()) {
            Random random = new Random(SEED * 1_000 + step.targetSessions + 100 + opIndex++);
            OpResult result = step.ops.get(e.getKey());
            double[] latencies = new double[OPS];
            int done = 0;
            for (int i = 0; i < OPS; i++) {
                long t = System.nanoTime();
                Answer a = e.getValue().call(random);
                if (a == null) {
                    result.exhausted = true;
                    break;
                }
                latencies[done++] = (System.nanoTime() - t) / 1e6;
                if (!a.expected) {
                    result.sequentialErrors++;
                    result.firstError = result.firstError == null ? a.toString() : result.firstError;
                }
            }
            double[] sorted = Arrays.copyOf(latencies, done);
            Arrays.sort(sorted);
            result.median = percentile(sorted, 0.50);
            result.p95 = percentile(sorted, 0.95);
            result.p99 = percentile(sorted, 0.99);
            log(String.format(Locale.ROOT, "  %-15s sequential: median %.2f ms, p95 %.2f ms, p99 %.2f ms, errors %d",
                    e.getKey(), result.median, result.p95, result.p99, result.sequentialErrors));
        }
        opIndex = 0;
        for (var e : ops.entrySet()) {
            OpResult result = step.ops.get(e.getKey());
            concurrent(e.getValue(), result, step.targetSessions * 31 + opIndex++, SECONDS);
            log(String.format(Locale.ROOT, "  %-15s %d threads: %.0f req/s (%d requests in %.1f s, p50 %.1f ms, p99 %.1f ms), "
                    + "errors %d%s", e.getKey(), THREADS, result.rps, result.concurrentRequests, result.concurrentSeconds,
                    result.concurrentP50, result.concurrentP99, result.concurrentErrors,
                    result.exhausted ? " (PLANNED sessions used up)" : ""));
            if (result.firstError != null) {
                log("    first error: " + result.firstError);
            }
        }
    }

    /**
     * Warms up this JVM's side (the HTTP client of the load generator is compiled over the first thousands of
     * requests, and without this the first step would measure it) on the empty database: the same three kinds of
     * request on a programme and on unknown ids (404, audited as refusals), in sequence and in parallel.
     */
    void burnIn() throws Exception {
        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("GET", r -> call(PRACTITIONER, "GET", base + "/api/treatment-plan/programmes/" + PROGRAMME, null, 200));
        ops.put("PUT", r -> call(PRACTITIONER, "PUT", base + "/api/treatment-course/sessions/"
                + new UUID(r.nextLong(), r.nextLong()) + "/attendance", "{\"status\":\"ATTENDED\"}", 404));
        ops.put("POST", r -> call(PRACTITIONER, "POST", base + "/api/treatment-course/enrolments/"
                + new UUID(r.nextLong(), r.nextLong()) + "/sessions", "{\"kind\":\"INDIVIDUAL\",\"date\":\""
                + TODAY.plusDays(3) + "\"}", 404));
        long t0 = System.nanoTime();
        for (var e : ops.entrySet()) {
            Random random = new Random(SEED + e.getKey().hashCode());
            OpResult result = new OpResult();
            for (int i = 0; i < 3 * WARMUP; i++) {
                Answer a = e.getValue().call(random);
                if (!a.expected && result.firstError == null) {
                    result.firstError = a.toString();
                }
            }
            concurrent(e.getValue(), result, SEED + 7, WARMUP_SECONDS);
            if (result.firstError != null) {
                log("  burn-in " + e.getKey() + ": unexpected answer " + result.firstError);
            }
        }
        log(String.format(Locale.ROOT, "  burn-in done in %.0f s; stopping", (System.nanoTime() - t0) / 1e9));
    }

    void concurrent(Op op, OpResult result, long seed, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicBoolean exhausted = new AtomicBoolean();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[THREADS];
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        long[] lastEnd = new long[THREADS];
        for (int t = 0; t < THREADS; t++) {
            long[] latencies = new long[200_000];
            perThread.add(latencies);
            int id = t;
            Random random = new Random(seed * 64 + t);
            threads.add(new Thread(() -> {
                while (running.get() && counts[id] < latencies.length) {
                    long start = System.nanoTime();
                    Answer a;
                    try {
                        a = op.call(random);
                    } catch (Exception ex) {
                        a = new Answer(-1, ex.toString(), false);
                    }
                    if (a == null) {
                        exhausted.set(true);
                        break;
                    }
                    long end = System.nanoTime();
                    lastEnd[id] = end;
                    latencies[counts[id]++] = end - start;
                    if (!a.expected) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = a.toString();
                            }
                        }
                    }
                }
            }, "load-" + t));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && !exhausted.get()) {
            Thread.sleep(20);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        long end = Math.max(Arrays.stream(lastEnd).max().orElse(start), start + 1);
        double elapsed = (end - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int t = 0; t < THREADS; t++) {
            System.arraycopy(perThread.get(t), 0, all, pos, counts[t]);
            pos += counts[t];
        }
        Arrays.sort(all);
        result.concurrentRequests = total;
        result.concurrentErrors = errors.get();
        result.concurrentSeconds = elapsed;
        result.rps = (total - errors.get()) / elapsed;
        result.concurrentP50 = total == 0 ? 0 : all[(int) Math.min(total - 1, (long) Math.ceil(total * 0.50) - 1)] / 1e6;
        result.concurrentP99 = total == 0 ? 0 : all[(int) Math.min(total - 1, (long) Math.ceil(total * 0.99) - 1)] / 1e6;
        result.exhausted |= exhausted.get();
        if (result.firstError == null) {
            result.firstError = firstError[0];
        }
    }

    /** A PLANNED session nobody wrote to yet, at random over every client loaded; null when none is left. */
    String nextPlannedSession(Random random, long clients) {
        long planned = SESSIONS_PER_CLIENT - RECORDED_PER_CLIENT;
        synchronized (usedSessions) {
            if (usedSessions.size() >= clients * planned) {
                return null;
            }
            for (int attempt = 0; attempt < 10_000; attempt++) {
                long client = Math.floorMod(random.nextLong(), clients);
                int n = RECORDED_PER_CLIENT + random.nextInt((int) planned);
                if (usedSessions.add(client * SESSIONS_PER_CLIENT + n)) {
                    return Ids.session(client, n);
                }
            }
            for (long client = 0; client < clients; client++) {
                for (int n = RECORDED_PER_CLIENT; n < SESSIONS_PER_CLIENT; n++) {
                    if (usedSessions.add(client * SESSIONS_PER_CLIENT + n)) {
                        return Ids.session(client, n);
                    }
                }
            }
            return null;
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, (long) Math.ceil(sorted.length * p) - 1))];
    }

    // ------------------------------------------------------------------ HTTP

    record Answer(int status, String body, boolean expected) {
        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    Answer call(String user, String method, String url, String json) {
        return call(user, method, url, json, 200);
    }

    Answer call(String user, String method, String url, String json, int expected) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.statusCode() == expected);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), false);
        }
    }

    // ------------------------------------------------------------------ report

    Path writeReport(boolean last) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        StringBuilder md = new StringBuilder();
        md.append("Course scale benchmark, ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpu)
                .append("), Java ").append(System.getProperty("java.version")).append(", ")
                .append(database.equals("derby") ? "embedded Derby (the distribution's default settings)"
                        : "PostgreSQL " + (pg == null ? "" : pg.version) + " (own server on loopback, default settings)")
                .append(", Karaf with the distribution's default heap (").append(karafHeap).append(").\n\n")
                .append("Per step: ").append(OPS).append(" operations in sequence by one client (median, p95, p99), then ")
                .append(THREADS).append(" clients in parallel for ").append(SECONDS).append(" s (req/s), after a warm-up of ")
                .append(WARMUP).append(" operations in sequence per operation and ").append(WARMUP_SECONDS)
                .append(" s in parallel of GET plan and of POST session; load generator on the same machine. One client per ")
                .append(SESSIONS_PER_CLIENT).append(" sessions; per client an ACTIVE enrolment with two practitioners ")
                .append("assigned, a plan with one goal and one revision (about 2 kB of JSON), ").append(SESSIONS_PER_CLIENT)
                .append(" sessions in the past (").append(SESSIONS_PER_CLIENT - RECORDED_PER_CLIENT)
                .append(" PLANNED). Seed ").append(SEED).append(". Total run ")
                .append(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - runStart) / 6e10))
                .append(" min, of which loading ").append(String.format(Locale.ROOT, "%.1f", totalLoadSeconds / 60))
                .append(" min.").append(last ? "" : " (Incomplete: the report is rewritten after each step.)").append("\n\n");
        md.append("Operations: `GET /api/treatment-plan/plans/{id}` as the assigned practitioner (random client); "
                + "`PUT /api/treatment-course/sessions/{id}/attendance` `{\"status\":\"ATTENDED\"}` (a random PLANNED "
                + "session of the past, each written once); `POST /api/treatment-course/enrolments/{id}/sessions` "
                + "`{\"kind\":\"INDIVIDUAL\",\"date\":…}` (random client, a date in its granted period). Every "
                + "operation also appends its row to the hash-chained audit log and commits, so a disk's sync latency is "
                + "part of every figure.\n\nReading the ratios: each step restarts Karaf, and figures of one "
                + "configuration differ between runs and steps (on a shared 2-core VM by up to ±30 %, the first step "
                + "tending to be the slowest even after the burn-in); a ratio within about 0.7–1.3 means no growth "
                + "that this benchmark can tell from noise. The CPU probe and the other processes' CPU (last table) show "
                + "whether the machine stayed the same throughout.\n\n");
        md.append("| sessions / clients | operation | median ms | p95 ms | p99 ms | req/s (").append(THREADS)
                .append(" threads) | p99 ms (").append(THREADS).append(" threads) | errors |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (StepResult s : steps) {
            for (var e : s.ops.entrySet()) {
                OpResult r = e.getValue();
                md.append(String.format(Locale.ROOT, "| %s / %s | %s | %.1f | %.1f | %.1f | %.0f%s | %.1f | %d |\n",
                        s.label(), human(s.clients), e.getKey(), r.median, r.p95,
                        r.p99, r.rps, r.exhausted ? " (pool used up after " + String.format(Locale.ROOT, "%.1f",
                                r.concurrentSeconds) + " s)" : "", r.concurrentP99,
                        r.sequentialErrors + r.concurrentErrors));
            }
        }
        if (!steps.isEmpty()) {
            StepResult first = steps.get(0);
            md.append("\nMedian (sequential) relative to the ").append(first.label())
                    .append("-session step, and throughput relative to it:\n\n| operation |");
            for (StepResult s : steps.subList(1, steps.size())) {
                md.append(' ').append(s.label()).append(" / ").append(first.label()).append(" median |");
            }
            for (StepResult s : steps.subList(1, steps.size())) {
                md.append(' ').append(s.label()).append(" / ").append(first.label()).append(" req/s |");
            }
            md.append("\n| --- |").append(" --- |".repeat(2 * (steps.size() - 1))).append('\n');
            for (String op : first.ops.keySet()) {
                md.append("| ").append(op).append(" |");
                for (StepResult s : steps.subList(1, steps.size())) {
                    md.append(String.format(Locale.ROOT, " %.2f |", s.ops.get(op).median / first.ops.get(op).median));
                }
                for (StepResult s : steps.subList(1, steps.size())) {
                    md.append(String.format(Locale.ROOT, " %.2f |", s.ops.get(op).rps / first.ops.get(op).rps));
                }
                md.append('\n');
            }
        }
        md.append("\nLoading (with Karaf stopped, batched JDBC inserts, a commit per ").append(CHUNK_CLIENTS)
                .append(" clients):\n\n| step | rows per table after the load | load time (rows/s) | statistics | database size "
                        + "| Karaf start → ready | Karaf RSS after the step | other processes' CPU while measuring "
                        + "| disk sync write (median) | CPU probe before / after |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (StepResult s : steps) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.0f s (%.0f) | %.0f s | %d MB | %.1f s | %d MB | %.2f cores "
                    + "| %.2f ms | %.0f / %.0f ms |\n",
                    s.label(), s.rows.toString().replaceAll("[{}]", ""),
                    s.loadSeconds, s.loadedRows / Math.max(1e-9, s.loadSeconds), s.statisticsSeconds, s.databaseMb,
                    s.startSeconds, s.karafRssMb, s.otherCores, s.syncWriteMs, s.cpuProbeMs[0], s.cpuProbeMs[1]));
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (last && !steps.isEmpty() && steps.get(steps.size() - 1).targetSessions < maxSessions
                && notes.isEmpty()) {
            allNotes.add("Not every step up to " + human(maxSessions) + " sessions was measured.");
        }
        for (StepResult s : steps) {
            for (var e : s.ops.entrySet()) {
                if (e.getValue().firstError != null) {
                    allNotes.add("Step " + human(s.targetSessions) + ", " + e.getKey() + ": first unexpected answer: `"
                            + e.getValue().firstError.replace('`', '\'').replace('\n', ' ') + "`");
                }
            }
        }
        if (!allNotes.isEmpty()) {
            md.append("\nNotes:\n\n");
            allNotes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(results);
        Path out = results.resolve("course-scale-" + STARTED + ".md");
        Files.writeString(out, md);
        return out;
    }

    static final String STARTED = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

    static String human(long n) {
        if (n >= 1_000_000 && n % 100_000 == 0) {
            return (n % 1_000_000 == 0 ? Long.toString(n / 1_000_000) : String.format(Locale.ROOT, "%.1f", n / 1e6)) + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return n / 1_000 + "k";
        }
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static void log(String message) {
        System.out.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }

    // ------------------------------------------------------------------ deterministic data

    /** Ids derived from the seed: the benchmark knows every row without keeping it. */
    static final class Ids {
        static String enrolment(long client) {
            return uuid(1, client, 0);
        }

        static String person(long client) {
            return uuid(2, client, 0);
        }

        static String plan(long client) {
            return uuid(3, client, 0);
        }

        static String revision(long client) {
            return uuid(4, client, 0);
        }

        static String session(long client, int n) {
            return uuid(5, client, n);
        }

        /** A version-4-shaped UUID from a hash of (seed, kind, a, b). */
        static String uuid(long kind, long a, long b) {
            long h1 = mix(SEED ^ mix(kind * 0x9E3779B97F4A7C15L + a) ^ mix(b + 0x632BE59BD9B4E019L));
            long h2 = mix(h1 ^ 0xD6E8FEB86659FD93L);
            h1 = (h1 & ~0xF000L) | 0x4000L;
            h2 = (h2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(h1, h2).toString();
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    /** What one client's rows hold: enrolment, plan and the calendar of the kbt-12 programme, all in the past. */
    static final class Client {
        static final String[] PHASES = {"Vecka 1-3", "Vecka 4-6", "Vecka 7-9", "Vecka 10-12"};
        static final String[][] THEMES = {
            {"Introduktion", "Kartläggning", "Motivation", "Anknytning", "Emotionella kärnbehov", "Missbruk/Beroende"},
            {"Vidmakthållande faktorer", "Beroendets stadier", "Livslinje", "Droglinje", "Familjekarta", "Självkänsla",
                "Värderingar"},
            {"Skuld och skam", "Känslor - syfte, funktion, reglering", "Ångestreglering"},
            {"Återfallsprevention", "Triggers", "Strategier vid sug", "Utsluss till öppenvård/hemmet"}};
        /** The five sessions of a week: kind, n-th of its kind in the week, weekday (1 = Monday), start minute. */
        static final String[] KINDS = {"GROUP", "GROUP", "INDIVIDUAL", "CONTACT_PERSON", "GROUP"};
        static final int[] NTH = {1, 2, 1, 1, 3};
        static final int[] WEEKDAY = {1, 3, 3, 3, 5};
        static final int[] MINUTE = {9 * 60 + 30, 9 * 60 + 30, 13 * 60, 14 * 60 + 30, 9 * 60 + 30};
        static final String[] GOALS = {"Drogfrihet", "Alkoholfrihet", "Minskat cannabisbruk", "Stabil boendesituation",
            "Tillbaka i arbete eller studier", "Fungerande föräldraskap", "Ett drogfritt socialt nätverk"};
        static final String[] SITUATIONS = {
            "Klienten har ett långvarigt alkoholberoende med flera tidigare behandlingsförsök. Bor ensam i hyresrätt, "
                + "sjukskriven sedan ett halvår. Kontakt med vuxna barn är sporadisk.",
            "Klienten använder cannabis dagligen sedan flera år och har periodvis använt amfetamin. Saknar egen bostad "
                + "och bor tillfälligt hos en vän. Har avbrutit gymnasiet.",
            "Klienten är placerad enligt LVM efter upprepade överdoser av opioider. Har skulder hos Kronofogden och "
                + "ett nätverk som till stor del består av personer med eget missbruk.",
            "Klienten söker själv hjälp för sitt alkoholbruk efter påtryckningar från arbetsgivaren. Bor med partner "
                + "och två barn, har arbete men hög frånvaro."};
        static final String[] WHO = {"Kontaktman", "Gruppterapeut", "Socialsekreterare", "Klienten själv",
            "Beroendemottagningen"};

        final long index;
        final Random random;
        final LocalDate start;
        final LocalDate grantedTo;
        final String goal;

        Client(long index) {
            this.index = index;
            this.random = new Random(SEED * 1_000_003L + index);
            // Started 71..150 days ago: its ten weeks of sessions lie in the past, its six months' decision does not.
            this.start = TODAY.minusDays(71 + random.nextInt(80));
            this.grantedTo = start.plusDays(180);
            this.goal = GOALS[random.nextInt(GOALS.length)];
        }

        String legalBasis() {
            int r = random.nextInt(100);
            return r < 80 ? "SOL" : r < 92 ? "LVM" : "KRIMINALVARD";
        }

        long millis(LocalDate date, int minute) {
            return date.atStartOfDay(ZONE).plusMinutes(minute).toInstant().toEpochMilli();
        }

        LocalDate sessionDate(int n) {
            int week = n / 5 + 1;
            LocalDate weekStart = start.plusWeeks(week - 1L);
            LocalDate date = weekStart;
            while (date.getDayOfWeek().getValue() != WEEKDAY[n % 5]) {
                date = date.plusDays(1);
            }
            return date;
        }

        String theme(int week) {
            String[] themes = THEMES[(week - 1) / 3];
            int w = (week - 1) % 3 + 1;
            return themes[Math.min(themes.length - 1, (w - 1) * themes.length / 3)];
        }

        String content() {
            String situation = SITUATIONS[random.nextInt(SITUATIONS.length)];
            String sub1 = "Genomföra minst " + (8 + random.nextInt(5)) + " av 12 veckor i programmet";
            String sub2 = "Lämna negativa drogtester varje vecka under behandlingen";
            String sub3 = "Ha kontakt med " + (random.nextBoolean() ? "Arbetsförmedlingen" : "bostadssamordnaren")
                    + " före utskrivning";
            StringBuilder json = new StringBuilder(2400);
            json.append("{\"startSituation\":").append(q(situation))
                    .append(",\"longTermGoals\":[").append(q(goal)).append("],\"subGoals\":[").append(q(sub1)).append(',')
                    .append(q(sub2)).append(',').append(q(sub3)).append("],\"activities\":[");
            String[][] activities = {
                {"Gruppterapi enligt KBT", "Gruppterapeut", "Måndag, onsdag och fredag 09.30", "I grupp om högst åtta", goal},
                {"Individuellt terapisamtal", WHO[random.nextInt(2)], "Onsdagar 13.00", "Samtal med hemuppgifter", sub1},
                {"Kontaktmannasamtal", "Kontaktman", "Onsdagar 14.30", "Uppföljning av veckan och planen", sub3},
                {"Drogtest", "Kontaktman", "Slumpvis en gång i veckan", "Urinprov, resultat i journalen", sub2}};
            for (int i = 0; i < activities.length; i++) {
                String[] a = activities[i];
                json.append(i == 0 ? "" : ",").append("{\"what\":").append(q(a[0])).append(",\"who\":").append(q(a[1]))
                        .append(",\"when\":").append(q(a[2])).append(",\"how\":").append(q(a[3])).append(",\"goal\":")
                        .append(q(a[4])).append('}');
            }
            json.append("],\"frameGoals\":{\"abstinence\":").append(q("Total drogfrihet under hela behandlingstiden"))
                    .append(",\"reflection\":").append(q("Förstå sitt beroende och vad som vidmakthåller det"))
                    .append(",\"relations\":").append(q("Återuppta kontakten med närstående i den takt klienten vill"))
                    .append("},\"specialNeeds\":[").append(random.nextInt(4) == 0 ? "\"TRAUMA\"" : "\"ASSESSMENT\"")
                    .append("],\"retentionPlan\":").append(q("Vid uteblivet besök: sms samma dag, telefon nästa dag, "
                            + "hembesök inom en vecka; kontaktmannen följer upp."))
                    .append(",\"relapsePlan\":").append(q("Vid återfall: samtal inom 24 timmar, genomgång av "
                            + "situationen som ledde till återfallet och revidering av strategierna vid sug."))
                    .append(",\"reentry\":{\"housing\":").append(q(random.nextBoolean() ? "Egen hyresrätt finns kvar"
                            : "Ansökan om träningslägenhet via bostadssamordnaren"))
                    .append(",\"occupation\":").append(q("Arbetsträning via kommunens arbetsmarknadsenhet efter vecka 12"))
                    .append(",\"network\":").append(q("AA-möten två gånger i veckan och anhörigsamtal varannan vecka"))
                    .append("}}");
            return json.toString();
        }

        static String q(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    // ------------------------------------------------------------------ loader

    /** Bulk-loads clients over JDBC: prepared-statement batches, autocommit off, a commit per chunk of clients. */
    static final class Loader implements AutoCloseable {
        static ClassLoader driverLoader;
        static Driver driver;

        final Connection c;
        final boolean derby;
        final String shutdownUrl;
        final String url;
        final Properties props;

        Loader(Connection c, boolean derby, String url, Properties props, String shutdownUrl) {
            this.c = c;
            this.derby = derby;
            this.url = url;
            this.props = props;
            this.shutdownUrl = shutdownUrl;
        }

        static synchronized Driver driver(Path jar, String className) throws Exception {
            if (driver == null) {
                driverLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, CourseScaleBenchmark.class.getClassLoader());
                driver = (Driver) driverLoader.loadClass(className).getDeclaredConstructor().newInstance();
            }
            return driver;
        }

        /**
         * Settings of the loader's own Derby system (this JVM only; Karaf runs the database with the distribution's
         * defaults), set before it boots: a page cache for the indexes being filled, a larger log buffer and
         * checkpoint interval (fewer synchronous log writes and page flushes during the bulk load; commits stay
         * durable) and no lock escalation, so that two loader connections do not take table locks.
         */
        static void derbySettings(Path logDir) {
            System.setProperty("derby.storage.pageCacheSize", Integer.toString(Integer.getInteger("course.derbyPageCache", 60_000)));
            System.setProperty("derby.storage.logBufferSize", Integer.toString(Integer.getInteger("course.derbyLogBuffer", 4 << 20)));
            System.setProperty("derby.storage.checkpointInterval", Integer.toString(128 << 20));
            System.setProperty("derby.locks.escalationThreshold", Integer.toString(Integer.MAX_VALUE));
            System.setProperty("derby.stream.error.file", logDir.resolve("derby-loader.log").toString());
        }

        static Loader derby(Path dbDir, Path jar) throws Exception {
            derbySettings(dbDir.getParent());
            Driver d = driver(jar, "org.apache.derby.jdbc.EmbeddedDriver");
            String url = "jdbc:derby:" + dbDir;
            Connection c = d.connect(url, new Properties());
            if (c == null) {
                throw new SQLException("Derby driver did not accept " + url);
            }
            c.setAutoCommit(false);
            return new Loader(c, true, url, new Properties(), url + ";shutdown=true");
        }

        static Loader postgres(String url, String user, String password, Path jar) throws Exception {
            Driver d = driver(jar, "org.postgresql.Driver");
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            p.setProperty("reWriteBatchedInserts", "true");
            Connection c = d.connect(url, p);
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit = off"); // the load only; Karaf's connections keep the default
            }
            c.setAutoCommit(false);
            return new Loader(c, false, url, p, null);
        }

        record Outcome(long clients, long rows, double seconds) {
        }

        static final String[] INSERTS = {
            "INSERT INTO tp_enrolment (id, person_ref, programme_id, legal_basis, commissioner_code, commissioner_name, "
                + "phase, status, granted_from, granted_to, requested_at, admitted_at, ended_at, created_by, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            "INSERT INTO tp_assignment (enrolment_id, practitioner, assigned_at, assigned_by) VALUES (?, ?, ?, ?)",
            "INSERT INTO tp_plan (id, person_ref, programme_id, status, start_date, created_at, created_by, version, "
                + "revision, approved_revision, approved_on, enrolment_id, sent_revision, sent_at, sent_to, closed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            "INSERT INTO tp_plan_goal (plan_id, position, text) VALUES (?, ?, ?)",
            "INSERT INTO tp_plan_revision (id, plan_id, revision, changed_by, changed_at, summary, content) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
            "INSERT INTO tp_session (id, enrolment_id, kind, session_date, start_minute, week, phase, theme, status, "
                + "attendance_note, recorded_by, recorded_at, calendar_key, travel_claimed, travel_reimbursed, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)"};

        /**
         * Loads clients {@code from} (inclusive) to {@code to} (exclusive) in chunks of {@link #CHUNK_CLIENTS}, one
         * transaction each, on {@code course.loadThreads} connections (default: one per core, at most 2) that take
         * the next chunk in turn. After the budget no new chunk is taken, so the clients loaded are always
         * {@code from..n-1} without gaps.
         */
        Outcome load(long from, long to, long budgetSeconds) throws Exception {
            int threads = Math.max(1, Integer.getInteger("course.loadThreads",
                    Math.min(2, Runtime.getRuntime().availableProcessors())));
            long t0 = System.nanoTime();
            AtomicLong next = new AtomicLong(from);
            AtomicLong rows = new AtomicLong();
            AtomicLong done = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            List<Connection> connections = new ArrayList<>(List.of(c));
            for (int i = 1; i < threads; i++) {
                Connection extra = connect();
                extra.setAutoCommit(false);
                connections.add(extra);
            }
            List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> workers = new ArrayList<>();
            for (Connection connection : connections) {
                workers.add(new Thread(() -> {
                    PreparedStatement[] ps = new PreparedStatement[INSERTS.length];
                    try {
                        for (int i = 0; i < INSERTS.length; i++) {
                            ps[i] = connection.prepareStatement(INSERTS[i]);
                        }
                        while (!stop.get() && failures.isEmpty()) {
                            long start = next.getAndAdd(CHUNK_CLIENTS);
                            if (start >= to) {
                                break;
                            }
                            long end = Math.min(to, start + CHUNK_CLIENTS);
                            long added = 0;
                            for (long client = start; client < end; client++) {
                                added += addClient(ps, client);
                            }
                            for (PreparedStatement p : ps) {
                                p.executeBatch();
                            }
                            connection.commit();
                            rows.addAndGet(added);
                            done.addAndGet(end - start);
                        }
                    } catch (Exception e) {
                        SQLException next2 = e instanceof SQLException s ? s.getNextException() : null;
                        failures.add(next2 != null ? next2 : e);
                        try {
                            connection.rollback();
                        } catch (SQLException ignored) {
                            // the failure is reported
                        }
                    } finally {
                        for (PreparedStatement p : ps) {
                            try {
                                if (p != null) {
                                    p.close();
                                }
                            } catch (SQLException ignored) {
                                // closing
                            }
                        }
                    }
                }, "loader-" + workers.size()));
            }
            workers.forEach(Thread::start);
            long lastLog = t0;
            while (workers.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(200);
                long now = System.nanoTime();
                double seconds = (now - t0) / 1e9;
                if (now - lastLog > TimeUnit.SECONDS.toNanos(15)) {
                    lastLog = now;
                    double rate = rows.get() / seconds;
                    double eta = (to - from - done.get()) * (SESSIONS_PER_CLIENT + 6) / Math.max(rate, 1e-9);
                    log(String.format(Locale.ROOT, "  loaded %s of %s clients (%s rows) in %.0f s: %.0f rows/s, "
                            + "about %.0f s to go", human(done.get()), human(to - from), human(rows.get()), seconds,
                            rate, eta));
                }
                if (seconds > budgetSeconds && !stop.get()) {
                    log("  load budget of " + budgetSeconds + " s used up; finishing the chunks under way and stopping");
                    stop.set(true);
                }
            }
            for (Connection extra : connections.subList(1, connections.size())) {
                extra.close();
            }
            if (!failures.isEmpty()) {
                Exception e = failures.get(0);
                throw e instanceof SQLException s ? s : new IllegalStateException("load failed", e);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long loaded = from + done.get();
            log(String.format(Locale.ROOT, "  loaded %s clients (%s rows) in %.0f s: %.0f rows/s on %d connection(s)",
                    human(loaded - from), human(rows.get()), seconds, rows.get() / seconds, threads));
            return new Outcome(Math.min(to, Math.min(loaded, next.get())), rows.get(), seconds);
        }

        Connection connect() throws SQLException {
            Connection connection = driver.connect(url, props);
            if (!derby) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET synchronous_commit = off"); // the load only; Karaf's connections keep the default
                }
            }
            return connection;
        }

        /** One client's rows, added to the batches; the number of rows. */
        static int addClient(PreparedStatement[] ps, long index) throws SQLException {
            Client cl = new Client(index);
            String enrolment = Ids.enrolment(index);
            String person = Ids.person(index);
            String plan = Ids.plan(index);
            long admitted = cl.millis(cl.start, 8 * 60);
            PreparedStatement e = ps[0];
            e.setString(1, enrolment);
            e.setString(2, person);
            e.setString(3, PROGRAMME);
            e.setString(4, cl.legalBasis());
            e.setString(5, "1984");
            e.setString(6, "Arboga");
            e.setString(7, "PRIMARY");
            e.setString(8, "ACTIVE");
            e.setDate(9, java.sql.Date.valueOf(cl.start));
            e.setDate(10, java.sql.Date.valueOf(cl.grantedTo));
            e.setLong(11, cl.millis(cl.start.minusDays(14 + cl.random.nextInt(30)), 10 * 60));
            e.setLong(12, admitted);
            e.setString(13, CASE_OFFICER);
            e.setLong(14, 2);
            e.addBatch();
            PreparedStatement a = ps[1];
            a.setString(1, enrolment);
            a.setString(2, PRACTITIONER);
            a.setLong(3, admitted);
            a.setString(4, UNIT_MANAGER);
            a.addBatch();
            a.setString(1, enrolment);
            a.setString(2, "behandlare-" + (index % 250));
            a.setLong(3, admitted);
            a.setString(4, UNIT_MANAGER);
            a.addBatch();
            long created = cl.millis(cl.start.plusDays(7), 15 * 60);
            PreparedStatement p = ps[2];
            p.setString(1, plan);
            p.setString(2, person);
            p.setString(3, PROGRAMME);
            p.setString(4, "ACTIVE");
            p.setDate(5, java.sql.Date.valueOf(cl.start));
            p.setLong(6, created);
            p.setString(7, PRACTITIONER);
            p.setLong(8, 4);
            p.setInt(9, 1);
            p.setInt(10, 1);
            p.setDate(11, java.sql.Date.valueOf(cl.start.plusDays(14)));
            p.setString(12, enrolment);
            p.setInt(13, 1);
            p.setLong(14, cl.millis(cl.start.plusDays(15), 11 * 60));
            p.setString(15, "1984");
            p.addBatch();
            PreparedStatement g = ps[3];
            g.setString(1, plan);
            g.setInt(2, 0);
            g.setString(3, cl.goal);
            g.addBatch();
            PreparedStatement r = ps[4];
            r.setString(1, Ids.revision(index));
            r.setString(2, plan);
            r.setInt(3, 1);
            r.setString(4, PRACTITIONER);
            r.setLong(5, created);
            r.setString(6, "Genomförandeplan upprättad tillsammans med klienten vecka 2");
            r.setString(7, cl.content());
            r.addBatch();
            PreparedStatement s = ps[5];
            for (int n = 0; n < SESSIONS_PER_CLIENT; n++) {
                int week = n / 5 + 1;
                LocalDate date = cl.sessionDate(n);
                s.setString(1, Ids.session(index, n));
                s.setString(2, enrolment);
                s.setString(3, Client.KINDS[n % 5]);
                s.setDate(4, java.sql.Date.valueOf(date));
                s.setInt(5, Client.MINUTE[n % 5]);
                s.setInt(6, week);
                s.setString(7, Client.PHASES[(week - 1) / 3]);
                s.setString(8, cl.theme(week));
                if (n < RECORDED_PER_CLIENT) {
                    int outcome = cl.random.nextInt(100);
                    String status = outcome < 90 ? "ATTENDED" : outcome < 96 ? "EXCUSED" : "CANCELLED";
                    s.setString(9, status);
                    s.setString(10, outcome % 7 == 0 ? "Aktiv i gruppen, gjorde hemuppgiften" : null);
                    s.setString(11, PRACTITIONER);
                    s.setLong(12, cl.millis(date, Client.MINUTE[n % 5] + 90));
                    s.setLong(14, 2);
                } else {
                    s.setString(9, "PLANNED");
                    s.setNull(10, java.sql.Types.VARCHAR);
                    s.setNull(11, java.sql.Types.VARCHAR);
                    s.setNull(12, java.sql.Types.BIGINT);
                    s.setLong(14, 1);
                }
                s.setString(13, Client.KINDS[n % 5] + "|" + week + "|" + Client.NTH[n % 5]);
                s.addBatch();
            }
            return 6 + SESSIONS_PER_CLIENT;
        }

        /** Statistics after the load, as the database's own maintenance would have them; seconds taken. */
        double finish() throws SQLException {
            long t0 = System.nanoTime();
            c.commit();
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : new String[] {"tp_enrolment", "tp_assignment", "tp_plan", "tp_plan_goal",
                        "tp_plan_revision", "tp_session"}) {
                    if (derby) {
                        s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase(Locale.ROOT)
                                + "', NULL)");
                    } else {
                        s.execute("VACUUM (ANALYZE) " + table);
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
            return (System.nanoTime() - t0) / 1e9;
        }

        Map<String, Long> countRows() throws SQLException {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    } catch (SQLException e) {
                        c.rollback(); // e.g. no audit table in --load-only mode
                    }
                }
            }
            c.commit();
            return counts;
        }

        @Override
        public void close() throws SQLException {
            c.commit();
            c.close();
            if (derby) {
                try {
                    driver.connect(shutdownUrl, new Properties());
                } catch (SQLException e) {
                    if (!"08006".equals(e.getSQLState())) { // 08006: the database was shut down, as asked
                        throw e;
                    }
                }
            }
        }
    }

    /** Diagnostic: the loader's steps on a Derby database made from the Flyway SQL files, no distribution needed. */
    static void loadOnly(Path dbDir, long maxSessions, Path migrations) throws Exception {
        Path jar = Path.of(System.getProperty("user.home"), ".m2/repository/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar");
        Files.createDirectories(dbDir.getParent());
        Loader.derbySettings(dbDir.getParent());
        Driver d = Loader.driver(jar, "org.apache.derby.jdbc.EmbeddedDriver");
        if (!Files.exists(dbDir)) {
            try (Connection c = d.connect("jdbc:derby:" + dbDir + ";create=true", new Properties());
                    Statement s = c.createStatement()) {
                List<Path> files;
                try (var list = Files.list(migrations)) {
                    files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                            .sorted(Comparator.comparingInt(p -> Integer.parseInt(
                                    p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList();
                }
                for (Path f : files) {
                    String sql = Files.readString(f).replaceAll("(?m)--.*$", "");
                    for (String statement : sql.split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement.trim());
                        }
                    }
                    log("applied " + f.getFileName());
                }
            }
            try {
                d.connect("jdbc:derby:" + dbDir + ";shutdown=true", new Properties());
            } catch (SQLException expected) {
                // 08006
            }
        }
        long loaded;
        try (Loader l = Loader.derby(dbDir, jar); Statement s = l.c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tp_enrolment")) {
            rs.next();
            loaded = rs.getLong(1);
        }
        for (long target : steps(maxSessions)) {
            long clients = (target + SESSIONS_PER_CLIENT - 1) / SESSIONS_PER_CLIENT;
            if (clients <= loaded) {
                continue;
            }
            try (Loader l = Loader.derby(dbDir, jar)) {
                Loader.Outcome o = l.load(loaded, clients, LOAD_BUDGET_MINUTES * 60L);
                loaded = o.clients();
                double stats = l.finish();
                log(String.format(Locale.ROOT, "step %s: %d rows in %.1f s (%.0f rows/s), statistics %.1f s; %s",
                        human(target), o.rows(), o.seconds(), o.rows() / o.seconds(), stats, l.countRows()));
                if (loaded < clients) {
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ PostgreSQL

    /**
     * A PostgreSQL server of the benchmark's own, as the integration tests start one
     * (itests/.../PostgresServer.java): a fresh cluster in a temporary directory on a free loopback port, Debian's
     * binaries, as the {@code postgres} user when run as root; stopped by its PID at the end.
     */
    static final class PgServer {
        static final String DATABASE = "kommunmeny";
        static final String USER = "kommunmeny";
        static final String PASSWORD = "kommunmeny-bench";

        final Path bin;
        final Path base;
        final int port;
        final boolean asPostgres;
        String version = "";

        PgServer(Path bin, Path base, int port, boolean asPostgres) {
            this.bin = bin;
            this.base = base;
            this.port = port;
            this.asPostgres = asPostgres;
        }

        static PgServer start(java.util.function.Consumer<String> log) throws Exception {
            Path bin = binaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            Path base = Files.createTempDirectory("kommunmeny-bench-pg-");
            Path data = base.resolve("data");
            Files.createDirectories(data);
            Path pw = base.resolve("pw");
            Files.writeString(pw, "postgres-bench\n");
            if (root) {
                exec(List.of("chown", "-R", "postgres:postgres", base.toString()), true);
            }
            PgServer server = new PgServer(bin, base, freePort(), root);
            server.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "md5",
                    "--pwfile=" + pw, "-E", "UTF8", "--locale=C"));
            server.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                    base.resolve("server.log").toString(), "-o", "-p " + server.port
                            + " -c listen_addresses=127.0.0.1 -k " + base, "start"));
            server.psql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            server.psql("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
            server.version = exec(List.of(bin.resolve("postgres").toString(), "--version"), false)
                    .replaceAll("[^0-9.]", " ").trim().split("\\s+")[0];
            log.accept("PostgreSQL " + server.version + " started on port " + server.port + " in " + base);
            return server;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        }

        /** The postmaster's PID, or -1. */
        long pid() {
            try {
                return Long.parseLong(Files.readAllLines(base.resolve("data/postmaster.pid")).get(0).trim());
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        String dataSourceConfig() {
            return String.join("\n", "osgi.jdbc.driver.name = PostgreSQL JDBC Driver", "url = " + jdbcUrl(),
                    "user = " + USER, "password = " + PASSWORD, "dataSourceName = kommunmeny", "pool = dbcp2",
                    "xa = true", "pool.maxTotal = 16", "pool.maxWaitMillis = 10000", "");
        }

        /** Fast shutdown (SIGINT) by the PID in postmaster.pid, waiting for it to end. */
        synchronized void stop() {
            try {
                Path pidFile = base.resolve("data/postmaster.pid");
                if (!Files.exists(pidFile)) {
                    return;
                }
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
                ProcessHandle.of(pid).ifPresent(p -> {
                    try {
                        p.onExit().get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
            } catch (IOException | RuntimeException e) {
                // nothing left to stop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void deleteFiles() {
            try {
                delete(base);
            } catch (IOException e) {
                log("Could not delete " + base + ": " + e);
            }
        }

        void psql(String sql) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                    Integer.toString(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql)
                    .redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", "postgres-bench");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("psql failed: " + out);
            }
        }

        void pg(List<String> command) throws Exception {
            List<String> cmd = new ArrayList<>();
            if (asPostgres) {
                cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            cmd.addAll(command);
            exec(cmd, true);
        }

        static String exec(List<String> cmd, boolean check) throws Exception {
            Process p = new ProcessBuilder(cmd).directory(new File("/")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            if (check && p.exitValue() != 0) {
                throw new IOException("failed (" + p.exitValue() + "): " + cmd + "\n" + out);
            }
            return out;
        }

        static Path binaries() throws IOException {
            Path root = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(root)) {
                try (var versions = Files.list(root)) {
                    var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb"))).max(Comparator.comparing(
                            v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
                    if (newest.isPresent()) {
                        return newest.get().resolve("bin");
                    }
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "initdb"))) {
                    return Path.of(dir);
                }
            }
            throw new IOException("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's postgresql "
                    + "package. Looked in /usr/lib/postgresql/*/bin and PATH");
        }
    }

    // ------------------------------------------------------------------ helpers (as in KernelBenchmark)

    /**
     * Busy CPU ticks of the whole machine, ticks of the benchmark's own processes (this JVM, Karaf, the PostgreSQL
     * server and its backends) and the time, from /proc: what other processes used meanwhile is the difference.
     */
    long[] cpuTicks() {
        long busy = 0;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                busy += Long.parseLong(cpu[i]);
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0, System.nanoTime()};
        }
        Set<Long> own = new HashSet<>(List.of(ProcessHandle.current().pid()));
        Process k = karaf;
        if (k != null) {
            own.add(k.pid());
        }
        long postmaster = pg == null ? -1 : pg.pid();
        long ownTicks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(p.getFileName().toString());
                    long ppid = Long.parseLong(f[1]);
                    if (own.contains(pid) || pid == postmaster || (postmaster > 0 && ppid == postmaster)) {
                        ownTicks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime stime
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return new long[] {0, 0, System.nanoTime()};
        }
        return new long[] {busy, ownTicks, System.nanoTime()};
    }

    /**
     * The disk's synchronous write latency (median of 200 forced 4 KiB writes) in the work directory: every operation
     * measured commits a transaction (at least its audit row), so this bounds and explains its latency.
     */
    double syncWriteMs() throws IOException {
        Path file = work.resolve("sync-probe");
        double[] ms = new double[200];
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(4096);
            for (int i = 0; i < ms.length; i++) {
                block.clear();
                long t = System.nanoTime();
                channel.write(block, (long) (i % 16) * 4096);
                channel.force(false);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Arrays.sort(ms);
        return percentile(ms, 0.5);
    }

    /**
     * A fixed amount of CPU work (SHA-256 over 32 MiB, best of 3) in ms: equal figures before and after every step
     * mean the machine ran at the same speed throughout; a shared host can differ by a factor between runs.
     */
    static double cpuProbeMs() {
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        double best = Double.MAX_VALUE;
        try {
            for (int round = 0; round < 3; round++) {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                long t = System.nanoTime();
                for (int i = 0; i < 32; i++) {
                    sha.update(block);
                }
                sha.digest();
                best = Math.min(best, (System.nanoTime() - t) / 1e6);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            return Double.NaN;
        }
        return best;
    }

    /** The -Xmx Karaf's JVM runs with (from its command line). */
    static String heapOption(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
            var m = java.util.regex.Pattern.compile("-Xmx(\\S+)").matcher(cmdline);
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            return last == null ? "no -Xmx: the JVM's default, a quarter of the RAM" : "-Xmx" + last;
        } catch (IOException e) {
            return "?";
        }
    }

    static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static void set(Path home, String file, String key, String value) throws IOException {
        Path path = home.resolve("etc").resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.ISO_8859_1));
        boolean done = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().matches("\\Q" + key + "\\E\\s*=.*")) {
                lines.set(i, key + " = " + value);
                done = true;
            }
        }
        if (!done) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
