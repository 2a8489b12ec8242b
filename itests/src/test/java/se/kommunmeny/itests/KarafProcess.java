package se.kommunmeny.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The distribution as an operator runs it: unpacked from the built tar.gz and started with {@code bin/karaf server}
 * in a process of its own, on loopback ports chosen here. Used where Pax Exam cannot go: restarts and SIGKILL.
 */
public final class KarafProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort;
    private final int httpsPort;
    private Process process;

    private KarafProcess(Path home, int httpPort, int httpsPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /**
     * Unpacks a fresh copy of the distribution into {@code dir} and configures ports, municipality and users, with
     * plain HTTP on loopback as the demo runs (the shipped HTTPS listener off): what every test but the TLS test uses.
     */
    public static KarafProcess unpack(Path dir, Map<String, String> users) throws IOException, InterruptedException {
        return unpack(dir, users, false);
    }

    /**
     * As {@link #unpack(Path, Map)}; with {@code shippedTls} the shipped HTTPS-only listener is kept (on a port
     * chosen here) and the caller provides the keystore, {@code etc/kommunmeny/tls/}.
     */
    public static KarafProcess unpack(Path dir, Map<String, String> users, boolean shippedTls)
            throws IOException, InterruptedException {
        String version = System.getProperty("project.version");
        Path tarball = KommunmenyTestSupport.distribution();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        run(List.of("tar", "xzf", tarball.toString(), "-C", dir.toString()));
        Path home = dir.resolve("kommunmeny-assembly-" + version);
        int http = PostgresServer.freePort();
        int https = PostgresServer.freePort();
        KarafProcess karaf = new KarafProcess(home, http, https);
        karaf.setProperty("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http));
        karaf.setProperty("org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", Integer.toString(https));
        if (!shippedTls) {
            // Demo mode: plain HTTP on loopback, as run-demo.sh runs.
            karaf.setProperty("org.ops4j.pax.web.cfg", "org.osgi.service.http.enabled", "true");
            karaf.setProperty("org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "false");
        }
        karaf.setProperty("org.apache.karaf.shell.cfg", "sshPort", Integer.toString(PostgresServer.freePort()));
        karaf.setProperty("org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        karaf.setProperty("org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(PostgresServer.freePort()));
        karaf.setProperty("org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(PostgresServer.freePort()));
        karaf.setProperty("org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
        karaf.setProperty("org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
        // Offline: only the distribution's system/ repository, no local or remote Maven repository.
        karaf.setProperty("org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                "${karaf.data}/no-maven-repository");
        karaf.setProperty("org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", "");
        karaf.write("se.kommunmeny.kommun.cfg", "code = 1984\nname = Arboga\ncounty = V\\u00e4stmanlands l\\u00e4n\ncountry = SE\n");
        StringBuilder userLines = new StringBuilder();
        users.forEach((user, role) -> userLines.append(user).append(" = ").append(user)
                .append(KommunmenyTestSupport.PASSWORD_SUFFIX).append(',').append(role).append('\n'));
        Files.writeString(home.resolve("etc/users.properties"), userLines.toString(), StandardOpenOption.APPEND);
        return karaf;
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public void write(String etcFile, String content) throws IOException {
        Files.writeString(home.resolve("etc").resolve(etcFile), content, StandardCharsets.ISO_8859_1);
    }

    /** Sets (or adds) one property in an etc/*.cfg file. */
    public void setProperty(String etcFile, String key, String value) throws IOException {
        Path file = home.resolve("etc").resolve(etcFile);
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("#") && line.matches("\\Q" + key + "\\E\\s*[=:].*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    /**
     * Adds a feature at the end of the boot features (as an operator choosing PostgreSQL or a municipality profile
     * does): the last stage, after Karaf's own stage.
     */
    public void addBootFeature(String feature) throws IOException {
        Path file = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        int i = 0;
        while (i < lines.size() && !lines.get(i).trim().startsWith("featuresBoot")) {
            i++;
        }
        if (i == lines.size()) {
            throw new IOException("no featuresBoot in " + file);
        }
        while (lines.get(i).trim().endsWith("\\")) {
            i++;
        }
        lines.set(i, lines.get(i).replaceAll("\\s+$", "") + ", " + feature);
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    public void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("KARAF_EXEC", "exec");
        process = pb.start();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops Karaf the way {@code kill <pid>} does (SIGTERM: an orderly shutdown). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** SIGKILL: the JVM dies at once, as on a power cut of the process. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream(); OutputStream sink = OutputStream.nullOutputStream()) {
            in.transferTo(sink);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Copies a directory tree (the test's own files: no links to follow). */
    static void copyTree(Path from, Path to) throws IOException {
        try (var tree = Files.walk(from)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d);
                }
            }
        }
    }

    /**
     * Runs one of the repository's operator scripts (e.g. {@code kommunmeny-backup.sh}) as an operator would, and
     * fails the test with its output unless it ends with 0 within five minutes.
     */
    static String repositoryScript(String name, String... args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve(name).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish:\n" + out);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(name + " " + String.join(" ", args) + " ended with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
