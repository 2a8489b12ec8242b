import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Kernel benchmark of a fresh Kommunmeny distribution, JDK only (run with {@code java KernelBenchmark.java}).
 * The distribution runs as an operator runs it; the offering is installed and removed through Karaf's features
 * MBean (no client JVM start-up in the figure); the load generator is a pool of HTTP clients on loopback.
 */
public class KernelBenchmark {
    static final String PASSWORD = "bench-Secret-9";
    static final String FEATURE = "kommunmeny-treatment-plan";
    static final int CLIENTS = 16;
    static final int CYCLES = 5;
    /** Offerings installed after the treatment plan for the full-menu figure: feature and an endpoint that answers. */
    static final String[][] OTHER_OFFERINGS = {
        {"kommunmeny-housing-support", "/api/housing-support/kinds"},
        {"kommunmeny-employment-support", "/api/employment-support/kinds"}};

    public static void main(String[] args) throws Exception {
        Path tarball = Path.of(args[0]);
        Path results = Path.of(args[1]).toAbsolutePath();
        int loadSeconds = Integer.parseInt(args[2]);
        Path work = results.resolve("work");
        delete(work);
        Files.createDirectories(work);
        run("tar", "xzf", tarball.toString(), "-C", work.toString());
        Path home;
        try (var dirs = Files.list(work)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int http = freePort();
        int rmiRegistry = freePort();
        int rmiServer = freePort();
        set(home, "org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http));
        set(home, "org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(rmiRegistry));
        set(home, "org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(rmiServer));
        Files.writeString(home.resolve("etc/se.kommunmeny.kommun.cfg"),
                "code = 1984\nname = Arboga\ncounty = V\\u00e4stmanlands l\\u00e4n\ncountry = SE\n");
        Files.writeString(home.resolve("etc/se.kommunmeny.menu.entry-aa.cfg"),
                "id = aa\nname = AA\ntype = OTHER\ntargetGroups = ADULT_MEN, ADULT_WOMEN\nanonymous = true\n");
        Files.writeString(home.resolve("etc/users.properties"), "\nbench = " + PASSWORD + ",handlaggare,enhetschef\n"
                + "admin = " + PASSWORD + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                StandardOpenOption.APPEND);

        String base = "http://127.0.0.1:" + http + "/kommunmeny";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("bench:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("KARAF_EXEC", "exec");
        long t0 = System.nanoTime();
        Process karaf = pb.start();
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        try {
            while (status(client, auth, base + "/api/menu") != 200) {
                if (!karaf.isAlive()) {
                    throw new IllegalStateException("Karaf exited during start; see " + home.resolve("data/log/karaf.log"));
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(300)) {
                    throw new IllegalStateException("no 200 on the menu after 300 s");
                }
                Thread.sleep(20);
            }
            double coldStart = (System.nanoTime() - t0) / 1e9;
            figures.put("Cold start: fresh unpack → first 200 on /api/menu", String.format("%.1f s", coldStart));
            while (status(client, auth, base + "/api/health") != 200) {
                Thread.sleep(50);
            }
            Thread.sleep(5000);
            figures.put("Resident memory after boot (VmRSS, default heap settings)", rssMb(karaf.pid()) + " MB");

            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + rmiServer
                    + "/jndi/rmi://127.0.0.1:" + rmiRegistry + "/karaf-root");
            try (JMXConnector jmx = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS,
                    new String[] {"admin", PASSWORD}))) {
                MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
                ObjectName features = new ObjectName("org.apache.karaf:type=feature,name=root");
                List<Double> installs = new ArrayList<>();
                List<Double> uninstalls = new ArrayList<>();
                List<Double> menuVisible = new ArrayList<>();
                for (int i = 0; i < CYCLES; i++) {
                    long start = System.nanoTime();
                    mbeans.invoke(features, "installFeature", new Object[] {FEATURE, Boolean.TRUE},
                            new String[] {String.class.getName(), boolean.class.getName()});
                    waitFor(client, auth, base + "/api/treatment-plan/programmes", 200);
                    installs.add((System.nanoTime() - start) / 1e6);
                    while (!body(client, auth, base + "/api/menu").contains("treatment-plan/kbt-12")) {
                        Thread.sleep(2);
                    }
                    menuVisible.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    mbeans.invoke(features, "uninstallFeature", new Object[] {FEATURE, Boolean.TRUE},
                            new String[] {String.class.getName(), boolean.class.getName()});
                    waitFor(client, auth, base + "/api/treatment-plan/programmes", 404);
                    uninstalls.add((System.nanoTime() - start) / 1e6);
                }
                figures.put("Install → REST endpoint live (median of " + CYCLES + ", first)", median(installs) + " ms, first " + Math.round(installs.get(0)) + " ms");
                figures.put("Install → entry on the menu (median of " + CYCLES + ")", median(menuVisible) + " ms");
                figures.put("Uninstall → REST endpoint 404 (median of " + CYCLES + ")", median(uninstalls) + " ms");
                mbeans.invoke(features, "installFeature", new Object[] {FEATURE, Boolean.TRUE},
                        new String[] {String.class.getName(), boolean.class.getName()});
                waitFor(client, auth, base + "/api/treatment-plan/programmes", 200);
            }

            int entries = body(client, auth, base + "/api/menu").split("\"id\"").length - 1;
            load(client, auth, base + "/api/ping", 3);
            double[] ping = load(client, auth, base + "/api/ping", loadSeconds);
            load(client, auth, base + "/api/menu", 3);
            double[] menu = load(client, auth, base + "/api/menu", loadSeconds);
            figures.put("GET /api/ping (trivial, authenticated): req/s, p50, p99", String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms", ping[0], ping[1], ping[2]));
            figures.put("GET /api/menu (" + entries + " entries, one with live free places): req/s, p50, p99", String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms", menu[0], menu[1], menu[2]));
            figures.put("Menu throughput / trivial throughput", String.format("%.2f", menu[0] / ping[0]));
            figures.put("Menu p99 / trivial p99", String.format("%.2f", menu[2] / ping[2]));

            // Housing and employment support as well: each kind is a menu entry whose free places are counted in
            // the database on every read, so the menu does more work per request.
            try (JMXConnector jmx = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS,
                    new String[] {"admin", PASSWORD}))) {
                MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
                ObjectName features = new ObjectName("org.apache.karaf:type=feature,name=root");
                for (String[] offering : OTHER_OFFERINGS) {
                    long start = System.nanoTime();
                    mbeans.invoke(features, "installFeature", new Object[] {offering[0], Boolean.TRUE},
                            new String[] {String.class.getName(), boolean.class.getName()});
                    waitFor(client, auth, base + offering[1], 200);
                    figures.put("Install " + offering[0] + " → REST endpoint live (once)",
                            Math.round((System.nanoTime() - start) / 1e6) + " ms");
                }
            }
            for (int i = 0; i < 10; i++) {
                post(client, auth, base + "/api/housing-support/units", "{\"kindId\":\"traningslagenhet\",\"address\":\"Storgatan " + i + "\",\"name\":\"L\u00e4genhet "
                        + i + "\",\"places\":1}");
                post(client, auth, base + "/api/employment-support/workplaces", "{\"kindId\":\"arbetstraning\",\"workType\":\"Caf\u00e9\",\"provider\":{\"kind\":\"OWN\",\"name\":\"AME\"},\"name\":\"Plats "
                        + i + "\",\"places\":3}");
            }
            String fullMenu = body(client, auth, base + "/api/menu");
            int allEntries = fullMenu.split("\"id\"").length - 1;
            int live = fullMenu.split("\"freePlaces\":[0-9]").length - 1;
            load(client, auth, base + "/api/menu", 3);
            double[] full = load(client, auth, base + "/api/menu", loadSeconds);
            figures.put("GET /api/menu with the three offerings (" + allEntries + " entries, " + live
                    + " with live free places): req/s, p50, p99", String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms",
                    full[0], full[1], full[2]));
            figures.put("Menu with three offerings / trivial throughput", String.format("%.2f", full[0] / ping[0]));
            figures.put("Errors during the load runs", String.format("%.0f", ping[3] + menu[3] + full[3]));
        } finally {
            karaf.destroy();
            karaf.waitFor(60, TimeUnit.SECONDS);
            karaf.destroyForcibly();
        }
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        StringBuilder md = new StringBuilder();
        md.append("Kernel benchmark, ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpu)
                .append("), Java ").append(System.getProperty("java.version")).append(", embedded Derby, ")
                .append(CLIENTS).append(" concurrent connections on loopback (").append(WRK ? "wrk -t2" : "Java HTTP clients")
                .append(") for ").append(loadSeconds)
                .append(" s per endpoint, load generator on the same machine.\n\n| what | figure |\n| --- | --- |\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Path out = results.resolve("kernel-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(out, md);
        System.out.println(md);
        System.out.println("Written to " + out);
        delete(work);
    }

    static final boolean WRK = Files.isExecutable(Path.of("/usr/bin/wrk"));

    /** Closed-loop load with wrk when installed, else with a pool of Java clients: req/s, p50 ms, p99 ms, errors. */
    static double[] load(HttpClient client, String auth, String url, int seconds) throws Exception {
        return WRK ? wrk(auth, url, seconds) : javaLoad(client, auth, url, seconds);
    }

    static double[] wrk(String auth, String url, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d" + seconds + "s", "--latency", "-H",
                "Authorization: " + auth, url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)"));
        double errors = 0;
        String non2xx = find(out, "Non-2xx or 3xx responses:\\s+([0-9]+)");
        if (non2xx != null) {
            errors += Double.parseDouble(non2xx);
        }
        String socket = find(out, "Socket errors: connect ([0-9]+)");
        if (socket != null) {
            errors += Double.parseDouble(socket);
        }
        return new double[] {rps, millis(find(out, "\\s50%\\s+([0-9.]+[a-z]+)")), millis(find(out, "\\s99%\\s+([0-9.]+[a-z]+)")), errors};
    }

    static String find(String text, String regex) {
        var m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static double millis(String wrkDuration) {
        double v = Double.parseDouble(wrkDuration.replaceAll("[a-z]", ""));
        return wrkDuration.endsWith("us") ? v / 1000 : wrkDuration.endsWith("ms") ? v : v * 1000;
    }

    static double[] javaLoad(HttpClient client, String auth, String url, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] errors = new int[CLIENTS];
        int[] counts = new int[CLIENTS];
        for (int t = 0; t < CLIENTS; t++) {
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int id = t;
            Thread thread = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build();
                while (running.get() && counts[id] < latencies.length) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors[id]++;
                        }
                    } catch (Exception e) {
                        errors[id]++;
                    }
                    latencies[counts[id]++] = System.nanoTime() - start;
                }
            });
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int t = 0; t < CLIENTS; t++) {
            System.arraycopy(perThread.get(t), 0, all, pos, counts[t]);
            pos += counts[t];
        }
        Arrays.sort(all);
        return new double[] {total / elapsed, all[(int) (total * 0.50)] / 1e6, all[(int) Math.min(total - 1, total * 0.99)] / 1e6,
                Arrays.stream(errors).sum()};
    }

    static void waitFor(HttpClient client, String auth, String url, int wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (status(client, auth, url) != wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " never answered " + wanted);
            }
            Thread.sleep(2);
        }
    }

    static int status(HttpClient client, String auth, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String body(HttpClient client, String auth, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Posts JSON and insists on 201: the figures are worthless if the set-up did not happen. */
    static void post(HttpClient client, String auth, String url, String json) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static long median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return Math.round(sorted.get(sorted.size() / 2));
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
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
