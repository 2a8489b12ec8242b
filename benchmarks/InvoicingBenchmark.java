import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the purchasing offering's month-end invoicing, JDK only ({@code java InvoicingBenchmark.java}; run
 * through {@code benchmarks/invoicing.sh}). How long {@code POST /api/purchasing/invoices/run} takes to invoice a
 * month of N placements (default 10 000), and what it costs in memory.
 *
 * <p>The distribution is unpacked as Sala (1981) with the purchasing offering, and started once on an empty database,
 * so that Flyway creates the pu_* tables as it does for an operator. Over REST the unit manager registers Heby (0331)
 * as a partner municipality, its platform at a closed loopback port (the invoice messages stay queued), and one SELL
 * agreement at the survey's Olivia prices. Karaf is stopped and the placements of the previous month are bulk-loaded
 * straight into {@code pu_placement} and {@code pu_charge} over JDBC (the embedded Derby files, or a PostgreSQL server
 * of the benchmark's own): from a fixed seed a realistic mix of full months, starts in the month, changes to half time,
 * notice and early leaving, hours of psychotherapy and drug tests, with the earlier month's charges as history. Karaf
 * is started again and the month is invoiced: one agreement, N placements, one invoice. Then the UBL and the HTML of
 * the invoice are read. Optionally (on by default) the same placements are then spread over 10 agreements and the
 * month invoiced again: 10 invoices of N/10.
 *
 * <p>The benchmark computes every placement's lines and the totals from the data it loads, by the agreement's rules,
 * and reports whether the invoices agree.
 *
 * <p>Arguments: {@code tarball resultsDir placements derby|postgresql}. System properties (optional):
 * {@code invoicing.split} (true: the 10-agreement run too), {@code invoicing.reads} (5: reads of the UBL, the HTML,
 * the month's list and one invoice), {@code invoicing.keep} (keep the unpacked distribution, its database and any
 * flight recording), {@code invoicing.profile} (true: record the run with the JDK's flight recorder and report where
 * the request's CPU samples are), {@code invoicing.karafHeap} (Karaf's -Xmx, e.g. 1g; default: the distribution's,
 * which sets none).
 */
public class InvoicingBenchmark {
    static final String PASSWORD = "bench-Secret-9";
    static final String UNIT_MANAGER = "bench-enhetschef";
    static final String PRACTITIONER = "bench-behandlare";
    static final String PARTNER_USER = "heby";
    static final long SEED = 20_261_122L;
    static final int SPLIT = 10;
    static final int CHUNK = 1_000;
    static final int READS = Integer.getInteger("invoicing.reads", 5);
    static final boolean SPLIT_RUN = Boolean.parseBoolean(System.getProperty("invoicing.split", "true"));
    static final boolean PROFILE = Boolean.getBoolean("invoicing.profile");
    /** Karaf's -Xmx (through EXTRA_JAVA_OPTS), or null for the distribution's default. */
    static final String KARAF_HEAP = System.getProperty("invoicing.karafHeap");
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final LocalDate TODAY = LocalDate.now(ZONE);
    /** The month invoiced: the previous one, as month-end invoicing does on the first days of a month. */
    static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(1);
    static final LocalDate VALID_FROM = TODAY.minusYears(1);

    // The agreement: the survey's Olivia.
    static final BigDecimal MONTH_FULL = new BigDecimal("17500.00");
    static final BigDecimal MONTH_HALF = new BigDecimal("10500.00");
    static final BigDecimal PER_HOUR = new BigDecimal("700.00");
    static final BigDecimal DRUG_TEST = new BigDecimal("350.00");
    static final int NOTICE_DAYS = 14;
    static final int RESERVED = 20;
    static final int GRACE_DAYS = 30;
    static final BigDecimal VACANCY_PERCENT = new BigDecimal("50");

    public static void main(String[] args) throws Exception {
        Path tarball = Path.of(args[0]).toAbsolutePath();
        Path results = Path.of(args[1]).toAbsolutePath();
        int placements = Integer.parseInt(args[2]);
        String database = args.length > 3 ? args[3] : "derby";
        if (!database.equals("derby") && !database.equals("postgresql")) {
            throw new IllegalArgumentException("database must be derby or postgresql, not " + database);
        }
        if (placements < 1) {
            throw new IllegalArgumentException("placements must be at least 1");
        }
        new InvoicingBenchmark(tarball, results, placements, database).run();
    }

    // ------------------------------------------------------------------ the run

    final Path tarball;
    final Path results;
    final int placements;
    final String database;
    final Path work;
    Path home;
    int httpPort;
    String base;
    Process karaf;
    PgServer pg;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final long runStart = System.nanoTime();
    String partnerId;
    final List<String> agreementIds = new ArrayList<>();
    String karafHeap = "?";
    double firstStartSeconds;
    double loadSeconds;
    long loadedRows;
    Map<String, Long> rowCounts = new LinkedHashMap<>();

    InvoicingBenchmark(Path tarball, Path results, int placements, String database) {
        this.tarball = tarball;
        this.results = results;
        this.placements = placements;
        this.database = database;
        this.work = results.resolve("work/invoicing"); // under results/work/, which git ignores
    }

    void run() throws Exception {
        log("Invoicing benchmark: " + placements + " placements in " + MONTH + ", database " + database + ", seed "
                + SEED + (SPLIT_RUN ? "; then the same over " + SPLIT + " agreements" : ""));
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUpProcesses));
        try {
            unpackAndConfigure();
            log("First start on an empty database (Flyway creates the schema)");
            firstStartSeconds = startKaraf();
            karafHeap = heapOption(karaf.pid());
            log(String.format(Locale.ROOT, "Ready after %.1f s; registering Heby and the agreement", firstStartSeconds));
            registerPartnerAndAgreement();
            stopKaraf();
            try (Loader loader = openLoader()) {
                long t0 = System.nanoTime();
                loadedRows = loader.load(placements);
                loadSeconds = (System.nanoTime() - t0) / 1e9;
                loader.statistics();
                rowCounts = loader.countRows();
            }
            log(String.format(Locale.ROOT, "Loaded %d rows in %.1f s: %s", loadedRows, loadSeconds, rowCounts));

            Scenario single = new Scenario("1 agreement", 1);
            scenarios.add(single);
            measure(single, agreementIds.subList(0, 1));
            writeReport(false);

            if (SPLIT_RUN) {
                startKaraf();
                log("Registering " + (SPLIT - 1) + " more agreements for the run over " + SPLIT);
                for (int k = 1; k < SPLIT; k++) {
                    agreementIds.add(registerAgreement(k));
                }
                stopKaraf();
                try (Loader loader = openLoader()) {
                    loader.split(single.invoiceIds, placements);
                    loader.statistics();
                }
                Scenario split = new Scenario(SPLIT + " agreements", SPLIT);
                scenarios.add(split);
                measure(split, agreementIds);
            }
            Path out = writeReport(true);
            System.out.println();
            System.out.println(Files.readString(out));
            System.out.println("Written to " + out);
        } catch (Exception e) {
            notes.add("The run failed: `" + e.toString().replace('`', '\'') + "` (see the output"
                    + (home == null ? "" : " and " + home.resolve("data/log/karaf.log")) + ")");
            log("Failed; the report so far: " + writeReport(true));
            throw e;
        } finally {
            cleanUpProcesses();
            if (!Boolean.getBoolean("invoicing.keep")) {
                delete(work);
                if (pg != null) {
                    pg.deleteFiles();
                }
            } else {
                log("Kept " + work + (pg != null ? " and " + pg.base : ""));
            }
        }
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
                "code = 1981\nname = Sala\ncounty = V\\u00e4stmanlands l\\u00e4n\ncountry = SE\n");
        Files.writeString(home.resolve("etc/se.kommunmeny.offerings.cfg"), "offerings = purchasing\n");
        // Month-end invoicing off (the run is started here); the one delivery attempt of an invoice is made at once
        // after the run, and a retry 10 minutes later at the earliest, so that retries do not fall into the reads.
        Files.writeString(home.resolve("etc/se.kommunmeny.purchasing.cfg"), String.join("\n",
                "organisationNumber = 2120002080", "street = Stadshuset", "postalCode = 733 25", "city = Sala",
                "bankAccount = 5050-1055", "invoiceHour = -1", "retryBaseMillis = 600000", "retryMaxMillis = 600000",
                ""));
        Files.writeString(home.resolve("etc/users.properties"), "\n" + UNIT_MANAGER + " = " + PASSWORD
                + ",enhetschef\n", StandardOpenOption.APPEND);
        if (database.equals("postgresql")) {
            pg = PgServer.start(InvoicingBenchmark::log);
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

    /** Starts Karaf and waits until health is UP and the purchasing offering answers; seconds taken. */
    double startKaraf() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("KARAF_EXEC", "exec");
        if (KARAF_HEAP != null) {
            pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx" + KARAF_HEAP);
        }
        long t0 = System.nanoTime();
        karaf = pb.start();
        while (true) {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("Karaf exited during start; see " + home.resolve("data/log/karaf.log"));
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(600)) {
                throw new IllegalStateException("not ready after 600 s; see " + home.resolve("data/log/karaf.log"));
            }
            if (call("GET", base + "/api/health", null, 200).expected
                    && call("GET", base + "/api/purchasing/federation/identity", null, 200).expected) {
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

    // ------------------------------------------------------------------ partner and agreements over REST

    void registerPartnerAndAgreement() throws Exception {
        // Heby's platform key: any Ed25519 key will do, nothing is ever signed with it here.
        String publicKey = Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        int closedPort = freePort(); // nothing listens there: the invoice messages stay queued
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", "0331");
        p.put("name", "Heby");
        p.put("kind", "MUNICIPALITY");
        p.put("country", "SE");
        p.put("organisationNumber", "2120000308");
        p.put("endpointScheme", "0007");
        p.put("street", "Kyrkogatan 1");
        p.put("postalCode", "744 31");
        p.put("city", "Heby");
        p.put("platformUrl", "http://127.0.0.1:" + closedPort + "/kommunmeny");
        p.put("username", "sala");
        p.put("password", "sala-bench-Secret-9");
        p.put("publicKey", publicKey);
        p.put("inboundUser", PARTNER_USER);
        p.put("transport", "REST");
        Answer partner = call("POST", base + "/api/purchasing/partners", Json.write(p), 201);
        if (!partner.expected) {
            throw new IllegalStateException("registering Heby: " + partner);
        }
        partnerId = (String) Json.object(partner.body).get("id");
        agreementIds.add(registerAgreement(0));
        log("Heby " + partnerId + ", agreement " + agreementNumber(0) + " " + agreementIds.get(0));
    }

    String registerAgreement(int k) {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("currency", "SEK");
        price.put("monthFullTime", MONTH_FULL);
        price.put("monthHalfTime", MONTH_HALF);
        price.put("perHour", PER_HOUR);
        price.put("hourServiceName", "Psykoterapi");
        price.put("items", List.of(Map.of("code", "drogtest", "name", "Drogtest", "unitPrice", DRUG_TEST)));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("partnerId", partnerId);
        a.put("role", "SELL");
        a.put("number", agreementNumber(k));
        a.put("serviceId", "purchasing/olivia");
        a.put("serviceName", "Olivia behandlingshem");
        a.put("serviceType", "TREATING");
        a.put("targetGroups", List.of("ADULT_MEN", "ADULT_WOMEN"));
        a.put("price", price);
        a.put("reservedPlaces", RESERVED);
        a.put("vacancyGraceDays", GRACE_DAYS);
        a.put("vacancyPercent", VACANCY_PERCENT);
        a.put("noticeDays", NOTICE_DAYS);
        a.put("validFrom", VALID_FROM.toString());
        a.put("buyerReference", "HEBY-IFO-4711");
        a.put("minAge", 18);
        Answer answer = call("POST", base + "/api/purchasing/agreements", Json.write(a), 201);
        if (!answer.expected) {
            throw new IllegalStateException("registering agreement " + agreementNumber(k) + ": " + answer);
        }
        return (String) Json.object(answer.body).get("id");
    }

    static String agreementNumber(int k) {
        return k == 0 ? "SALA-HEBY-OLIVIA" : String.format(Locale.ROOT, "SALA-HEBY-OLIVIA-%02d", k + 1);
    }

    // ------------------------------------------------------------------ measurement

    static final class Scenario {
        final String name;
        final int agreements;
        double startSeconds;
        double runSeconds;
        int status;
        long responseBytes;
        int invoices;
        long lines;
        BigDecimal total = BigDecimal.ZERO;
        long expectedLines;
        BigDecimal expectedTotal = BigDecimal.ZERO;
        long ublLineElements;
        final List<String> invoiceIds = new ArrayList<>();
        double karafCpuSeconds;
        double dbCpuSeconds = Double.NaN;
        long rssBeforeMb;
        long rssAfterMb;
        long rssPeakMb;
        long heapUsedBeforeMb = -1;
        long heapUsedAfterMb = -1;
        long heapCommittedAfterMb = -1;
        long heapLiveAfterMb = -1;
        double firstDeliverySeconds = Double.NaN;
        long ublBytes;
        long htmlBytes;
        double[] ublMs = new double[0];
        double[] htmlMs = new double[0];
        double[] listMs = new double[0];
        double[] viewMs = new double[0];
        /** CPU probe before and after the run; other processes' CPU (cores) during it. */
        final double[] cpuProbeMs = new double[2];
        double otherCores = Double.NaN;
        long storedLinesChars = -1;
        long storedUblChars = -1;
        long storedPayloadChars = -1;
        long databaseMb;
        String hotFrames;
        String firstError;

        Scenario(String name, int agreements) {
            this.name = name;
            this.agreements = agreements;
        }
    }

    void measure(Scenario s, List<String> agreements) throws Exception {
        Expected expected = Expected.of(placements, agreements.size());
        s.expectedLines = expected.lines();
        s.expectedTotal = expected.total();
        s.startSeconds = startKaraf();
        log(String.format(Locale.ROOT, "[%s] Karaf ready after %.1f s; warming up with a read of the empty month",
                s.name, s.startSeconds));
        // One request through the same stack (authentication, JAX-RS, JPA, the invoices query) before the timing.
        Answer warm = call("GET", base + "/api/purchasing/invoices?direction=ISSUED&month=" + MONTH, null, 200);
        if (!warm.expected) {
            throw new IllegalStateException("GET invoices: " + warm);
        }
        long pid = karaf.pid();
        s.rssBeforeMb = rssMb(pid);
        s.heapUsedBeforeMb = heapInfo(pid)[0];
        long logBefore = deliveryAttempts();
        s.cpuProbeMs[0] = cpuProbeMs();
        long[] machineBefore = machineTicks();
        double[] cpuBefore = cpuSeconds(pid);
        Profiler profiler = PROFILE ? new Profiler(pid) : null;
        log(String.format(Locale.ROOT, "[%s] POST invoices/run {\"month\":\"%s\"} (%d placements, %d agreement(s))",
                s.name, MONTH, placements, agreements.size()));
        long t0 = System.nanoTime();
        Answer run = call("POST", base + "/api/purchasing/invoices/run", "{\"month\":\"" + MONTH + "\"}", 200,
                Duration.ofHours(2));
        s.runSeconds = (System.nanoTime() - t0) / 1e9;
        if (profiler != null) {
            s.hotFrames = profiler.stop();
        }
        double[] cpuAfter = cpuSeconds(pid);
        long[] machineAfter = machineTicks();
        s.cpuProbeMs[1] = cpuProbeMs();
        double ownSeconds = (cpuAfter[0] - cpuBefore[0]) + (pg == null ? 0 : cpuAfter[1] - cpuBefore[1]);
        s.otherCores = ((machineAfter[0] - machineBefore[0]) / 100.0 - ownSeconds)
                / ((machineAfter[1] - machineBefore[1]) / 1e9);
        s.status = run.status;
        s.responseBytes = run.body.getBytes(StandardCharsets.UTF_8).length;
        s.karafCpuSeconds = cpuAfter[0] - cpuBefore[0];
        if (pg != null) {
            s.dbCpuSeconds = cpuAfter[1] - cpuBefore[1];
        }
        if (!run.expected) {
            s.firstError = run.toString();
            throw new IllegalStateException("POST invoices/run: " + run);
        }
        for (Object o : Json.array(run.body)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> invoice = (Map<String, Object>) o;
            if (!agreements.contains((String) invoice.get("agreementId"))) {
                continue;
            }
            s.invoices++;
            s.invoiceIds.add((String) invoice.get("id"));
            s.lines += ((List<?>) invoice.get("lines")).size();
            s.total = s.total.add((BigDecimal) invoice.get("total"));
        }
        log(String.format(Locale.ROOT, "[%s] %.2f s: %d invoice(s), %d lines, total %s SEK (expected %d lines, %s); "
                + "Karaf used %.1f s CPU%s; response %s", s.name, s.runSeconds, s.invoices, s.lines,
                s.total.toPlainString(), s.expectedLines, s.expectedTotal.toPlainString(), s.karafCpuSeconds,
                pg == null ? "" : String.format(Locale.ROOT, ", PostgreSQL %.1f s", s.dbCpuSeconds),
                mb(s.responseBytes)));
        if (s.invoices != agreements.size() || s.lines != s.expectedLines
                || s.total.compareTo(s.expectedTotal) != 0) {
            notes.add(String.format(Locale.ROOT, "%s: the run gave %d invoice(s) with %d lines and %s SEK; the "
                    + "benchmark's own computation of the loaded data gives %d invoice(s), %d lines, %s SEK.", s.name,
                    s.invoices, s.lines, s.total.toPlainString(), agreements.size(), s.expectedLines,
                    s.expectedTotal.toPlainString()));
        }
        // The dispatcher makes its first delivery attempt right after the run (refused: nothing listens there).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (deliveryAttempts() < logBefore + s.invoices && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        s.firstDeliverySeconds = deliveryAttempts() >= logBefore + s.invoices
                ? (System.nanoTime() - t0) / 1e9 - s.runSeconds : Double.NaN;
        s.rssAfterMb = rssMb(pid);
        s.rssPeakMb = peakRssMb(pid);
        long[] heap = heapInfo(pid);
        s.heapUsedAfterMb = heap[0];
        s.heapCommittedAfterMb = heap[1];
        s.heapLiveAfterMb = liveHeapMb(pid);
        log(String.format(Locale.ROOT, "[%s] delivery attempt(s) logged %.1f s after the run; RSS %d MB (before %d, "
                + "peak %d), heap used %d MB of %d MB committed, %d MB after a full GC", s.name, s.firstDeliverySeconds,
                s.rssAfterMb, s.rssBeforeMb, s.rssPeakMb, s.heapUsedAfterMb, s.heapCommittedAfterMb,
                s.heapLiveAfterMb));
        if (s.hotFrames != null) {
            log("[" + s.name + "] " + s.hotFrames);
        }

        // Reads: the UBL and the HTML of the invoice (of each invoice when split), READS times.
        List<Double> ubl = new ArrayList<>();
        List<Double> html = new ArrayList<>();
        for (int round = 0; round < READS; round++) {
            for (String id : s.invoiceIds) {
                long t = System.nanoTime();
                BytesAnswer u = callBytes(base + "/api/purchasing/invoices/" + id + "/ubl");
                ubl.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                BytesAnswer h = callBytes(base + "/api/purchasing/invoices/" + id + "/html");
                html.add((System.nanoTime() - t) / 1e6);
                if (u.status != 200 || h.status != 200) {
                    throw new IllegalStateException("GET ubl/html of " + id + ": " + u.status + " / " + h.status);
                }
                if (round == 0) {
                    s.ublBytes += u.body.length;
                    s.htmlBytes += h.body.length;
                    String text = new String(u.body, StandardCharsets.UTF_8);
                    s.ublLineElements += count(text, "<cac:InvoiceLine>");
                }
            }
        }
        // The month's list (what the run answers with) and one invoice's view, read on their own.
        List<Double> list = new ArrayList<>();
        List<Double> view = new ArrayList<>();
        for (int round = 0; round < READS; round++) {
            long t = System.nanoTime();
            Answer l = call("GET", base + "/api/purchasing/invoices?direction=ISSUED&month=" + MONTH, null, 200,
                    Duration.ofMinutes(10));
            list.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            Answer v = call("GET", base + "/api/purchasing/invoices/" + s.invoiceIds.get(0), null, 200,
                    Duration.ofMinutes(10));
            view.add((System.nanoTime() - t) / 1e6);
            if (!l.expected || !v.expected) {
                throw new IllegalStateException("GET invoices / invoice: " + l + " / " + v);
            }
        }
        s.listMs = list.stream().mapToDouble(Double::doubleValue).toArray();
        s.viewMs = view.stream().mapToDouble(Double::doubleValue).toArray();
        log(String.format(Locale.ROOT, "[%s] GET invoices?month: %s; GET invoices/{id}: %s", s.name,
                times(s.listMs, 1), times(s.viewMs, 1)));
        s.ublMs = ubl.stream().mapToDouble(Double::doubleValue).toArray();
        s.htmlMs = html.stream().mapToDouble(Double::doubleValue).toArray();
        if (s.ublLineElements != s.lines) {
            notes.add(s.name + ": the UBL documents hold " + s.ublLineElements + " InvoiceLine elements, the invoices "
                    + s.lines + " lines.");
        }
        log(String.format(Locale.ROOT, "[%s] GET ubl: %s in %s; GET html: %s in %s", s.name, mb(s.ublBytes),
                times(s.ublMs, s.invoices), mb(s.htmlBytes), times(s.htmlMs, s.invoices)));
        stopKaraf();
        try (Loader loader = openLoader()) {
            long[] sizes = loader.storedSizes(s.invoiceIds);
            s.storedLinesChars = sizes[0];
            s.storedUblChars = sizes[1];
            s.storedPayloadChars = sizes[2];
        }
        s.databaseMb = databaseMb();
    }

    /** "first x ms, then median y ms" over reads; per invoice when there are several. */
    static String times(double[] ms, int perRound) {
        if (ms.length == 0) {
            return "-";
        }
        double[] first = Arrays.copyOf(ms, Math.min(perRound, ms.length));
        double[] rest = Arrays.copyOfRange(ms, Math.min(perRound, ms.length), ms.length);
        Arrays.sort(first);
        Arrays.sort(rest);
        String each = perRound > 1 ? " each" : "";
        return String.format(Locale.ROOT, "first %.0f ms%s, then median %.0f ms%s", percentile(first, 0.5), each,
                rest.length == 0 ? Double.NaN : percentile(rest, 0.5), each);
    }

    /** Lines "Message … (INVOICE) to partner …" the dispatcher logged so far. */
    long deliveryAttempts() {
        Path log = home.resolve("data/log/karaf.log");
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.contains("(INVOICE) to partner")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    Loader openLoader() throws Exception {
        if (database.equals("derby")) {
            return Loader.derby(home.resolve("data/derby/kommunmeny"), driverJar("org/apache/derby/derby"), this);
        }
        return Loader.postgres(pg.jdbcUrl(), PgServer.USER, PgServer.PASSWORD, driverJar("org/postgresql/postgresql"),
                this);
    }

    /** The JDBC driver the distribution runs, from its system/ repository. */
    Path driverJar(String groupArtifact) throws IOException {
        Path root = home.resolve("system").resolve(groupArtifact);
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-sources.jar"))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IOException("No JDBC driver in " + root));
        }
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

    /** Karaf's CPU seconds, and the PostgreSQL server's (postmaster and backends), from /proc. */
    double[] cpuSeconds(long karafPid) {
        long postmaster = pg == null ? -1 : pg.pid();
        double karafTicks = 0;
        double pgTicks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(p.getFileName().toString());
                    long ppid = Long.parseLong(f[1]);
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime stime
                    if (pid == karafPid) {
                        karafTicks += ticks;
                    } else if (postmaster > 0 && (pid == postmaster || ppid == postmaster)) {
                        pgTicks += ticks;
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {karafTicks / 100, pgTicks / 100};
    }

    /**
     * A sampling profile of the run with the JDK's flight recorder ({@code jcmd JFR.start}, settings "default"; the
     * recording is printed with the JDK's {@code jfr} tool). Of the CPU samples of the threads running the invoicing
     * code (the request's), it counts the methods of this project on the stack (inclusive) and the package of the
     * frame on top (self); and it sums the JVM's garbage-collection pauses during the run.
     */
    final class Profiler {
        final long pid;
        final Path file;

        Profiler(long pid) throws Exception {
            this.pid = pid;
            this.file = work.resolve("invoicing-" + pid + "-" + System.nanoTime() + ".jfr");
            jcmd("JFR.configure", "stackdepth=512");
            String out = jcmd("JFR.start", "name=invoicing-bench", "settings=default");
            if (!out.contains("Started recording")) {
                throw new IllegalStateException("JFR.start: " + out);
            }
        }

        String jcmd(String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
            cmd.addAll(List.of(args));
            return PgServer.exec(cmd, false);
        }

        String stop() throws Exception {
            jcmd("JFR.stop", "name=invoicing-bench", "filename=" + file);
            String samples = PgServer.exec(List.of("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth",
                    "512", file.toString()), false);
            Map<String, Integer> inclusive = new LinkedHashMap<>();
            Map<String, Integer> self = new LinkedHashMap<>();
            int total = 0;
            int request = 0;
            for (String event : samples.split("jdk.ExecutionSample \\{")) {
                int open = event.indexOf("stackTrace = [");
                if (open < 0) {
                    continue;
                }
                total++;
                List<String> frames = event.substring(open + 14).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("]") && !l.startsWith("}") && !l.equals("..."))
                        .map(l -> l.replaceAll("\\(.*", "")).toList();
                if (frames.stream().noneMatch(f -> f.startsWith("se.kommunmeny.purchasing.internal.Invoicing."))) {
                    continue;
                }
                request++;
                self.merge(bucket(frames.get(0)), 1, Integer::sum);
                frames.stream().filter(f -> f.startsWith("se.kommunmeny.")).distinct()
                        .forEach(f -> inclusive.merge(f.replace("se.kommunmeny.purchasing.internal.", ""), 1,
                                Integer::sum));
            }
            String gc = PgServer.exec(List.of("jfr", "print", "--events", "jdk.GarbageCollection", file.toString()),
                    false);
            double pauses = 0;
            int collections = 0;
            Matcher m = Pattern.compile("sumOfPauses = ([0-9.,]+) (ms|s|us)").matcher(gc);
            while (m.find()) {
                double v = Double.parseDouble(m.group(1).replace(",", ""));
                pauses += m.group(2).equals("s") ? v * 1000 : m.group(2).equals("us") ? v / 1000 : v;
                collections++;
            }
            if (!Boolean.getBoolean("invoicing.keep")) {
                Files.deleteIfExists(file);
            }
            int share = request;
            return String.format(Locale.ROOT, "JFR: %d CPU samples in Karaf during the run, %d of them in the "
                    + "request's thread; %d garbage collections with %.0f ms of pauses. Where the request's samples "
                    + "are (inclusive, share of its samples): %s. Top frame by package (self): %s", total, request,
                    collections, pauses, hottest(inclusive, 14, share), hottest(self, 8, share));
        }

        static String bucket(String frame) {
            String[] parts = frame.split("\\.");
            int depth = frame.startsWith("se.kommunmeny.") ? parts.length - 1
                    : Math.min(parts.length - 2, frame.startsWith("java.") || frame.startsWith("javax.")
                            || frame.startsWith("jdk.") || frame.startsWith("sun.") ? 2 : 3);
            return String.join(".", Arrays.copyOf(parts, Math.max(1, depth)));
        }

        static String hottest(Map<String, Integer> counts, int n, int of) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                    .map(e -> String.format(Locale.ROOT, "`%s` %.0f %%", e.getKey(), 100.0 * e.getValue()
                            / Math.max(1, of))).reduce((a, b) -> a + ", " + b).orElse("-");
        }
    }

    // ------------------------------------------------------------------ HTTP

    record Answer(int status, String body, boolean expected) {
        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    record BytesAnswer(int status, byte[] body) {
    }

    Answer call(String method, String url, String json, int expected) {
        return call(method, url, json, expected, Duration.ofSeconds(60));
    }

    Answer call(String method, String url, String json, int expected, Duration timeout) {
        HttpRequest.Builder b = request(url, timeout);
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

    BytesAnswer callBytes(String url) throws Exception {
        HttpResponse<byte[]> r = http.send(request(url, Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new BytesAnswer(r.statusCode(), r.body());
    }

    HttpRequest.Builder request(String url, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((UNIT_MANAGER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------ report

    Path writeReport(boolean last) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        long ramMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
        StringBuilder md = new StringBuilder();
        md.append("Invoicing benchmark, ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpu)
                .append("), ").append(ramMb / 1024.0 > 0 ? String.format(Locale.ROOT, "%.0f GB RAM", ramMb / 1024.0) : "")
                .append(", Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty(
                        "java.vm.name")).append("), ")
                .append(database.equals("derby") ? "embedded Derby (the distribution's default settings)"
                        : "PostgreSQL " + (pg == null ? "" : pg.version) + " (own server on loopback, default settings)")
                .append(", Karaf with ").append(KARAF_HEAP == null ? "the distribution's default heap" : "-Xmx" + KARAF_HEAP
                        + " (invoicing.karafHeap)").append(" (").append(karafHeap).append(").\n\n");
        md.append("Month invoiced: ").append(MONTH).append(", ").append(String.format(Locale.ROOT, "%,d", placements)
                .replace(',', ' ')).append(" placements (side SELL) of Heby's at Sala under the survey's Olivia prices "
                + "(17 500 kr a month full time, 10 500 half time, 700 kr/h psychotherapy, drug test 350 kr, 14 days' "
                + "notice, ").append(RESERVED).append(" reserved places, grace 30 days, 50 %), bulk-loaded over JDBC "
                + "with Karaf stopped, seed ").append(SEED).append(". Mix: ").append(Expected.mix(placements))
                .append(". Loaded ").append(loadedRows).append(" rows in ")
                .append(String.format(Locale.ROOT, "%.1f s", loadSeconds)).append(" (").append(rowCounts.toString()
                        .replaceAll("[{}]", "")).append("). Total run ")
                .append(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - runStart) / 6e10)).append(" min.")
                .append(last ? "" : " (Incomplete.)").append("\n\n");
        md.append("`POST /api/purchasing/invoices/run {\"month\":\"").append(MONTH).append("\"}` as the unit manager "
                + "(wall time of the request, the client on the same machine, after Karaf's start and one warm-up "
                + "read; the response lists the month's invoices with their lines). Then `GET /invoices/{id}/ubl` and "
                + "`GET /invoices/{id}/html`, ").append(READS).append(" times each, the first read of each after the "
                + "run reported apart.\n\n");
        md.append("| run | invoices | lines (expected) | total SEK (expected) | POST invoices/run | Karaf CPU during it "
                + "| response | UBL | GET ubl | HTML | GET html |\n| --- | --- | --- | --- | --- | --- | --- | --- "
                + "| --- | --- | --- |\n");
        for (Scenario s : scenarios) {
            md.append(String.format(Locale.ROOT, "| %s, %s placements | %d | %d (%d) | %s (%s) | **%.2f s** | %.1f s%s "
                    + "| %s JSON | %s | %s | %s | %s |\n", s.name, human(placements), s.invoices, s.lines,
                    s.expectedLines, money(s.total), money(s.expectedTotal), s.runSeconds, s.karafCpuSeconds,
                    Double.isNaN(s.dbCpuSeconds) ? "" : String.format(Locale.ROOT, " (+ PostgreSQL %.1f s)",
                            s.dbCpuSeconds), mb(s.responseBytes),
                    bytes(s.ublBytes, s.invoices), times(s.ublMs, s.invoices), bytes(s.htmlBytes, s.invoices),
                    times(s.htmlMs, s.invoices)));
        }
        md.append("\nOther reads after the run, and the machine during the run (a fixed SHA-256 workload before and "
                + "after it; CPU of processes other than this benchmark, Karaf and PostgreSQL):\n\n| run "
                + "| GET invoices?direction=ISSUED&month= (the list the run answers with) | GET invoices/{id} (first "
                + "invoice) | CPU probe before / after | other processes' CPU during the run |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (Scenario s : scenarios) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f / %.0f ms | %.2f cores |\n", s.name,
                    times(s.listMs, 1), times(s.viewMs, 1), s.cpuProbeMs[0], s.cpuProbeMs[1], s.otherCores));
        }
        md.append("\nMemory of the Karaf process (RSS from /proc, peak = VmHWM since its start; heap from `jcmd "
                + "GC.heap_info` right after the run, then after a full GC with `jcmd GC.run`) and what was stored:\n\n"
                + "| run | Karaf start → ready | RSS before → after (peak) | heap used before → after (committed) "
                + "| heap after full GC | stored `lines` JSON | stored `ubl` | outbox payload "
                + "| first delivery attempt logged | database after |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Scenario s : scenarios) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f s | %d → %d MB (%d MB) | %d → %d MB (%d MB) | %d MB "
                    + "| %s | %s | %s | %s | %d MB |\n", s.name, s.startSeconds, s.rssBeforeMb, s.rssAfterMb,
                    s.rssPeakMb, s.heapUsedBeforeMb, s.heapUsedAfterMb, s.heapCommittedAfterMb, s.heapLiveAfterMb,
                    chars(s.storedLinesChars),
                    chars(s.storedUblChars), chars(s.storedPayloadChars), Double.isNaN(s.firstDeliverySeconds) ? "-"
                            : String.format(Locale.ROOT, "%.1f s after the run", s.firstDeliverySeconds),
                    s.databaseMb));
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (scenarios.size() > 1) {
            allNotes.add("The run over " + SPLIT + " agreements holds the same placements as the first: after the "
                    + "first run its invoice and outbox message were deleted over JDBC (Karaf stopped), " + (SPLIT - 1)
                    + " more agreements with the same terms registered over REST, and the placements spread over "
                    + "the " + SPLIT + " by their number.");
        }
        for (Scenario s : scenarios) {
            if (s.hotFrames != null) {
                allNotes.add(s.name + ", profile: " + s.hotFrames);
            }
            if (s.firstError != null) {
                allNotes.add(s.name + ": `" + s.firstError.replace('`', '\'').replace('\n', ' ') + "`");
            }
        }
        allNotes.add("Karaf's first start (empty database, Flyway) took " + String.format(Locale.ROOT, "%.1f s",
                firstStartSeconds) + ". The dispatcher makes one delivery attempt per invoice right after the run "
                + "(Heby's platform URL is a closed loopback port, so it is refused and the message stays queued; "
                + "retries were configured 10 minutes apart so that none falls into the reads).");
        md.append("\nNotes:\n\n");
        allNotes.forEach(n -> md.append("- ").append(n).append('\n'));
        Files.createDirectories(results);
        Path out = results.resolve("invoicing-" + STARTED + ".md");
        Files.writeString(out, md);
        return out;
    }

    static final String STARTED = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

    static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount).replace(',', ' ');
    }

    static String human(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static String mb(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
    }

    static String bytes(long bytes, int invoices) {
        return String.format(Locale.ROOT, "%s (%,d bytes)%s", mb(bytes), bytes, invoices > 1 ? " in all" : "")
                .replace(',', ' ');
    }

    static String chars(long n) {
        return n < 0 ? "-" : String.format(Locale.ROOT, "%.1f M chars", n / 1e6);
    }

    static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, (long) Math.ceil(sorted.length * p) - 1))];
    }

    static void log(String message) {
        System.out.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }

    // ------------------------------------------------------------------ deterministic data

    /** Ids derived from the seed: the benchmark knows every row without keeping it. */
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

    record Segment(LocalDate from, LocalDate to, boolean fullTime) {
    }

    /** A charge: hours of psychotherapy, or (hours null) one drug test. */
    record Charge(LocalDate day, BigDecimal hours) {
    }

    /**
     * One placement of the month, from the seed. About 15 % start in the month, the others earlier (since the
     * agreement began); of those about 10 % are ended after the buyer's notice given in the month (half of them leave
     * before the notice period ends, which is billed to its end); about 20 % change to half time in the month; about
     * 30 % have 1–3 sessions of psychotherapy (1, 1.5 or 2 hours) and about 40 % 1–4 drug tests in the month, with
     * charges of the month before as history.
     */
    static final class Placement {
        final long index;
        final String id;
        final String orderRef;
        final String personRef;
        final LocalDate start;
        final boolean startsInMonth;
        LocalDate changeToHalf;
        LocalDate noticeGivenOn;
        LocalDate endDate;
        LocalDate endedOn;
        final List<Charge> charges = new ArrayList<>();

        Placement(long index) {
            this.index = index;
            this.id = uuid(1, index, 0);
            this.orderRef = uuid(2, index, 0);
            this.personRef = uuid(3, index, 0);
            Random r = new Random(SEED * 1_000_003L + index);
            LocalDate first = MONTH.atDay(1);
            LocalDate last = MONTH.atEndOfMonth();
            int days = MONTH.lengthOfMonth();
            startsInMonth = r.nextInt(100) < 15;
            if (startsInMonth) {
                start = MONTH.atDay(2 + r.nextInt(days - 1));
            } else {
                start = VALID_FROM.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(VALID_FROM, first)));
            }
            LocalDate present = last; // the last day in the month the person is there
            if (!startsInMonth && r.nextInt(100) < 10) {
                noticeGivenOn = MONTH.atDay(1 + r.nextInt(days - NOTICE_DAYS));
                endDate = noticeGivenOn.plusDays(NOTICE_DAYS + r.nextInt(3));
                endDate = endDate.isAfter(last) ? last : endDate;
                endedOn = r.nextBoolean() ? endDate : noticeGivenOn.plusDays(r.nextInt(NOTICE_DAYS));
                present = endedOn;
            }
            LocalDate from = startsInMonth ? start : first;
            if (r.nextInt(100) < 20 && present.isAfter(from)) {
                changeToHalf = from.plusDays(1 + r.nextInt((int) ChronoUnit.DAYS.between(from, present)));
            }
            boolean therapy = r.nextInt(100) < 30;
            boolean tests = r.nextInt(100) < 40;
            int span = (int) ChronoUnit.DAYS.between(from, present) + 1;
            if (therapy) {
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    charges.add(new Charge(from.plusDays(r.nextInt(span)), new BigDecimal(List.of("1.00", "1.50",
                            "2.00").get(r.nextInt(3)))));
                }
            }
            if (tests) {
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    charges.add(new Charge(from.plusDays(r.nextInt(span)), null));
                }
            }
            // The month before: the same kinds of charges, outside the month invoiced.
            YearMonth before = MONTH.minusMonths(1);
            if (start.isBefore(before.atDay(1))) {
                if (therapy) {
                    charges.add(new Charge(before.atDay(1 + r.nextInt(before.lengthOfMonth())), new BigDecimal("1.50")));
                }
                if (tests) {
                    charges.add(new Charge(before.atDay(1 + r.nextInt(before.lengthOfMonth())), null));
                }
            }
        }

        String status() {
            return endedOn == null ? "STARTED" : "ENDED";
        }

        String extentsJson() {
            String json = "[{\"extent\":\"FULL_TIME\",\"from\":\"" + start + "\"}";
            if (changeToHalf != null) {
                json += ",{\"extent\":\"HALF_TIME\",\"from\":\"" + changeToHalf + "\"}";
            }
            return json + "]";
        }

        /** The days billed in the month, by extent: to the later of the day the stay ended and the notice's end. */
        List<Segment> billed() {
            LocalDate first = MONTH.atDay(1);
            LocalDate last = MONTH.atEndOfMonth();
            LocalDate end = last;
            if (endedOn != null) {
                LocalDate noticeEnd = noticeGivenOn.plusDays(NOTICE_DAYS - 1L);
                end = endedOn.isAfter(noticeEnd) ? endedOn : noticeEnd;
                end = end.isAfter(last) ? last : end;
            }
            LocalDate from = start.isBefore(first) ? first : start;
            List<Segment> segments = new ArrayList<>();
            if (changeToHalf == null) {
                segments.add(new Segment(from, end, true));
            } else {
                segments.add(new Segment(from, changeToHalf.minusDays(1), true));
                segments.add(new Segment(changeToHalf, end, false));
            }
            return segments;
        }

        int agreement(int agreements) {
            return (int) (index % agreements);
        }
    }

    /** What the month's invoices hold by the agreement's rules, computed from the data loaded. */
    record Expected(long lines, BigDecimal total) {
        static Expected of(int placements, int agreements) {
            int days = MONTH.lengthOfMonth();
            int[][] occupied = new int[agreements][days];
            long lines = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (long i = 0; i < placements; i++) {
                Placement p = new Placement(i);
                for (Segment s : p.billed()) {
                    int n = (int) ChronoUnit.DAYS.between(s.from(), s.to()) + 1;
                    BigDecimal price = s.fullTime() ? MONTH_FULL : MONTH_HALF;
                    total = total.add(n == days ? price : price.multiply(BigDecimal.valueOf(n))
                            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
                    lines++;
                    for (int d = s.from().getDayOfMonth(); d <= s.to().getDayOfMonth(); d++) {
                        occupied[p.agreement(agreements)][d - 1]++;
                    }
                }
                BigDecimal hours = BigDecimal.ZERO;
                int tests = 0;
                for (Charge c : p.charges) {
                    if (YearMonth.from(c.day()).equals(MONTH)) {
                        if (c.hours() != null) {
                            hours = hours.add(c.hours());
                        } else {
                            tests++;
                        }
                    }
                }
                if (hours.signum() > 0) {
                    lines++;
                    total = total.add(hours.multiply(PER_HOUR).setScale(2, RoundingMode.HALF_UP));
                }
                if (tests > 0) {
                    lines++;
                    total = total.add(DRUG_TEST.multiply(BigDecimal.valueOf(tests)));
                }
            }
            // Vacant reserved places: slot k is vacant on a day with fewer than k stays; no month before is invoiced.
            for (int a = 0; a < agreements; a++) {
                long full = 0;
                long reduced = 0;
                for (int slot = 1; slot <= RESERVED; slot++) {
                    int run = 0;
                    for (int d = 0; d < days; d++) {
                        if (occupied[a][d] >= slot) {
                            run = 0;
                        } else if (++run <= GRACE_DAYS) {
                            full++;
                        } else {
                            reduced++;
                        }
                    }
                }
                if (full > 0) {
                    lines++;
                    total = total.add(MONTH_FULL.multiply(BigDecimal.valueOf(full))
                            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
                }
                if (reduced > 0) {
                    lines++;
                    total = total.add(MONTH_FULL.multiply(VACANCY_PERCENT).movePointLeft(2)
                            .multiply(BigDecimal.valueOf(reduced)).divide(BigDecimal.valueOf(days), 2,
                                    RoundingMode.HALF_UP));
                }
            }
            return new Expected(lines, total);
        }

        /** The mix of the placements, counted. */
        static String mix(int placements) {
            int inMonth = 0;
            int ended = 0;
            int early = 0;
            int half = 0;
            int therapy = 0;
            int tests = 0;
            long charges = 0;
            for (long i = 0; i < placements; i++) {
                Placement p = new Placement(i);
                inMonth += p.startsInMonth ? 1 : 0;
                ended += p.endedOn != null ? 1 : 0;
                early += p.endedOn != null && p.endedOn.isBefore(p.noticeGivenOn.plusDays(NOTICE_DAYS - 1L)) ? 1 : 0;
                half += p.changeToHalf != null ? 1 : 0;
                therapy += p.charges.stream().anyMatch(c -> c.hours() != null && YearMonth.from(c.day()).equals(MONTH))
                        ? 1 : 0;
                tests += p.charges.stream().anyMatch(c -> c.hours() == null && YearMonth.from(c.day()).equals(MONTH))
                        ? 1 : 0;
                charges += p.charges.size();
            }
            return String.format(Locale.ROOT, "%d start in the month, %d ended after notice given in it (%d of them "
                    + "left before the notice period ended), %d change to half time in it, %d with psychotherapy "
                    + "hours and %d with drug tests in it, the others a full month full time; %d charges including "
                    + "the month before's", inMonth, ended, early, half, therapy, tests, charges);
        }
    }

    // ------------------------------------------------------------------ loader

    /** Writes the placements and charges over JDBC: prepared-statement batches, a commit per chunk. */
    static final class Loader implements AutoCloseable {
        static Driver driver;

        final Connection c;
        final boolean derby;
        final String shutdownUrl;
        final InvoicingBenchmark bench;

        Loader(Connection c, boolean derby, String shutdownUrl, InvoicingBenchmark bench) throws SQLException {
            this.c = c;
            this.derby = derby;
            this.shutdownUrl = shutdownUrl;
            this.bench = bench;
            c.setAutoCommit(false);
        }

        static synchronized Driver driver(Path jar, String className) throws Exception {
            if (driver == null) {
                ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                        InvoicingBenchmark.class.getClassLoader());
                driver = (Driver) loader.loadClass(className).getDeclaredConstructor().newInstance();
            }
            return driver;
        }

        static Loader derby(Path dbDir, Path jar, InvoicingBenchmark bench) throws Exception {
            System.setProperty("derby.stream.error.file", dbDir.getParent().resolve("derby-loader.log").toString());
            Driver d = driver(jar, "org.apache.derby.jdbc.EmbeddedDriver");
            String url = "jdbc:derby:" + dbDir;
            Connection c = d.connect(url, new Properties());
            if (c == null) {
                throw new SQLException("Derby driver did not accept " + url);
            }
            return new Loader(c, true, url + ";shutdown=true", bench);
        }

        static Loader postgres(String url, String user, String password, Path jar, InvoicingBenchmark bench)
                throws Exception {
            Driver d = driver(jar, "org.postgresql.Driver");
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            p.setProperty("reWriteBatchedInserts", "true");
            return new Loader(d.connect(url, p), false, null, bench);
        }

        static final String PLACEMENT = "INSERT INTO pu_placement (id, side, order_ref, agreement_id, partner_id, "
                + "person_ref, status, start_date, started_on, extents, notice_given_on, end_date, ended_on, "
                + "decision_reason, decided_by, refusal, note, created_by, created_at, version) "
                + "VALUES (?, 'SELL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL, ?, ?, ?)";
        static final String CHARGE = "INSERT INTO pu_charge (id, placement_id, charge_day, hours, item, quantity, "
                + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)";

        /** Loads the placements, all under the first agreement; the rows written. */
        long load(int placements) throws SQLException {
            long rows = 0;
            String agreement = bench.agreementIds.get(0);
            try (PreparedStatement ps = c.prepareStatement(PLACEMENT); PreparedStatement cs = c.prepareStatement(CHARGE)) {
                for (int i = 0; i < placements; i++) {
                    Placement p = new Placement(i);
                    long created = millis(p.start.minusDays(10), 10 * 60);
                    ps.setString(1, p.id);
                    ps.setString(2, p.orderRef);
                    ps.setString(3, agreement);
                    ps.setString(4, bench.partnerId);
                    ps.setString(5, p.personRef);
                    ps.setString(6, p.status());
                    ps.setString(7, p.start.toString());
                    ps.setString(8, p.start.toString());
                    ps.setString(9, p.extentsJson());
                    ps.setString(10, p.noticeGivenOn == null ? null : p.noticeGivenOn.toString());
                    ps.setString(11, p.endDate == null ? null : p.endDate.toString());
                    ps.setString(12, p.endedOn == null ? null : p.endedOn.toString());
                    ps.setString(13, UNIT_MANAGER);
                    ps.setString(14, PARTNER_USER);
                    ps.setLong(15, created);
                    ps.setLong(16, 2 + (p.endedOn == null ? 0 : 2) + (p.changeToHalf == null ? 0 : 1));
                    ps.addBatch();
                    rows++;
                    int n = 0;
                    for (Charge charge : p.charges) {
                        cs.setString(1, uuid(4, i, n++));
                        cs.setString(2, p.id);
                        cs.setString(3, charge.day().toString());
                        cs.setBigDecimal(4, charge.hours());
                        cs.setString(5, charge.hours() == null ? "drogtest" : null);
                        cs.setLong(6, millis(charge.day(), 16 * 60));
                        cs.setString(7, PRACTITIONER);
                        cs.addBatch();
                        rows++;
                    }
                    if ((i + 1) % CHUNK == 0 || i + 1 == placements) {
                        ps.executeBatch();
                        cs.executeBatch();
                        c.commit();
                    }
                }
            }
            return rows;
        }

        /**
         * Deletes the first run's invoice and its outbox message, and spreads the placements over the agreements by
         * their number (placement i under agreement i mod 10).
         */
        void split(List<String> invoiceIds, int placements) throws SQLException {
            try (PreparedStatement outbox = c.prepareStatement("DELETE FROM pu_outbox WHERE order_ref = ?");
                    PreparedStatement invoice = c.prepareStatement("DELETE FROM pu_invoice WHERE id = ?")) {
                for (String id : invoiceIds) {
                    outbox.setString(1, id);
                    outbox.executeUpdate();
                    invoice.setString(1, id);
                    if (invoice.executeUpdate() != 1) {
                        throw new SQLException("invoice " + id + " not found");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE pu_placement SET agreement_id = ? WHERE id = ?")) {
                for (int i = 0; i < placements; i++) {
                    Placement p = new Placement(i);
                    int k = p.agreement(SPLIT);
                    if (k == 0) {
                        continue;
                    }
                    ps.setString(1, bench.agreementIds.get(k));
                    ps.setString(2, p.id);
                    ps.addBatch();
                    if ((i + 1) % CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }

        /** Statistics after a load, as the database's own maintenance would have them. */
        void statistics() throws SQLException {
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : new String[] {"pu_placement", "pu_charge", "pu_invoice", "pu_outbox"}) {
                    if (derby) {
                        s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table.toUpperCase(Locale.ROOT)
                                + "', NULL)");
                    } else {
                        s.execute("VACUUM (ANALYZE) " + table);
                    }
                }
            } finally {
                c.setAutoCommit(false);
            }
        }

        Map<String, Long> countRows() throws SQLException {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String table : new String[] {"pu_placement", "pu_charge"}) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            c.commit();
            return counts;
        }

        /** Characters of the stored lines JSON, UBL and outbox payloads of the invoices, summed. */
        long[] storedSizes(List<String> invoiceIds) throws SQLException {
            long[] sizes = new long[3];
            try (PreparedStatement i = c.prepareStatement("SELECT LENGTH(lines), LENGTH(ubl) FROM pu_invoice WHERE id = ?");
                    PreparedStatement o = c.prepareStatement("SELECT LENGTH(payload) FROM pu_outbox WHERE order_ref = ?")) {
                for (String id : invoiceIds) {
                    i.setString(1, id);
                    try (ResultSet rs = i.executeQuery()) {
                        if (rs.next()) {
                            sizes[0] += rs.getLong(1);
                            sizes[1] += rs.getLong(2);
                        }
                    }
                    o.setString(1, id);
                    try (ResultSet rs = o.executeQuery()) {
                        while (rs.next()) {
                            sizes[2] += rs.getLong(1);
                        }
                    }
                }
            }
            c.commit();
            return sizes;
        }

        static long millis(LocalDate date, int minute) {
            return date.atStartOfDay(ZONE).plusMinutes(minute).toInstant().toEpochMilli();
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

    // ------------------------------------------------------------------ JSON (just enough for the answers read here)

    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            return (Map<String, Object>) new Json(text).value();
        }

        static List<Object> array(String text) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) new Json(text).value();
            return list;
        }

        Object value() {
            skip();
            char ch = s.charAt(i);
            switch (ch) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        i++; // :
                        m.put(key, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    i += 4;
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    i += 5;
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    i += 4;
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char ch = s.charAt(i++);
                if (ch == '"') {
                    return b.toString();
                }
                if (ch == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(ch);
                }
            }
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        /** Writes maps, lists, strings, numbers and booleans. */
        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(write(k.toString())).append(':')
                        .append(write(v)));
                return b.append('}').toString();
            }
            if (value instanceof List<?> l) {
                StringBuilder b = new StringBuilder("[");
                l.forEach(v -> b.append(b.length() > 1 ? "," : "").append(write(v)));
                return b.append(']').toString();
            }
            if (value instanceof String str) {
                return '"' + str.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            }
            if (value instanceof BigDecimal d) {
                return d.toPlainString();
            }
            return value.toString();
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

    // ------------------------------------------------------------------ helpers (as in CourseScaleBenchmark)

    /** The -Xmx Karaf's JVM runs with (from its command line). */
    static String heapOption(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
            Matcher m = Pattern.compile("-Xmx(\\S+)").matcher(cmdline);
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            return last == null ? "no -Xmx: the JVM's default, a quarter of the RAM" : "-Xmx" + last;
        } catch (IOException e) {
            return "?";
        }
    }

    /** Heap used and committed in MB, from {@code jcmd <pid> GC.heap_info}; -1 when not readable. */
    static long[] heapInfo(long pid) {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
            if (m.find()) {
                return new long[] {Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024};
            }
        } catch (IOException e) {
            // no jcmd
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new long[] {-1, -1};
    }

    /** Busy CPU ticks of the whole machine (user nice system irq softirq steal) and the time, from /proc/stat. */
    static long[] machineTicks() {
        long busy = 0;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {0, System.nanoTime()};
        }
        return new long[] {busy, System.nanoTime()};
    }

    /**
     * A fixed amount of CPU work (SHA-256 over 32 MiB, best of 3) in ms: equal figures before and after mean the
     * machine ran at the same speed throughout; a shared host can differ by a factor between runs.
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

    /** Heap used after a full collection ({@code jcmd GC.run}): what the process still holds. */
    static long liveHeapMb(long pid) {
        try {
            new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return heapInfo(pid)[0];
    }

    static long rssMb(long pid) throws IOException {
        return status(pid, "VmRSS:");
    }

    static long peakRssMb(long pid) throws IOException {
        return status(pid, "VmHWM:");
    }

    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
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
