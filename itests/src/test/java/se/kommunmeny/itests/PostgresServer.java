package se.kommunmeny.itests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own: a fresh cluster in a temporary directory, on a free loopback port, stopped
 * when the JVM that started it exits. Uses the PostgreSQL binaries of the machine (Debian's {@code postgresql}
 * package, installed by .ci/run); never a server someone happened to leave running. initdb refuses to run as root,
 * so as root the server runs as the {@code postgres} user that the package creates.
 */
public final class PostgresServer {
    public static final String DATABASE = "kommunmeny";
    public static final String USER = "kommunmeny";
    public static final String PASSWORD = "kommunmeny-test";

    private final Path dataDir;
    private final int port;
    private final Path bin;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("kommunmeny-pg-");
        Path data = base.resolve("data");
        Files.createDirectories(data);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", base.toString()), false, base);
        }
        int port = freePort();
        PostgresServer server = new PostgresServer(bin, data, port, root);
        Path pwFile = base.resolve("pw");
        Files.writeString(pwFile, "postgres-test\n");
        if (root) {
            run(List.of("chown", "postgres:postgres", pwFile.toString()), false, base);
        }
        server.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "md5",
                "--pwfile=" + pwFile, "-E", "UTF8", "--locale=C"));
        server.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.watchOwner(base);
        server.psql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        server.psql("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
        return server;
    }

    /** Starts the server on its data directory and port (pg_ctl start; waits until it accepts connections). */
    public void startServer() throws IOException, InterruptedException {
        Path base = dataDir.getParent();
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60", "-l",
                base.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + base + " -c fsync=off", "start"));
    }

    /**
     * Stops the server as an operator or a failing host does, keeping its data ({@code pg_ctl stop -m fast}: open
     * sessions are ended, running transactions rolled back); {@link #startServer()} brings it back on the same port.
     */
    public void stopServer() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60", "-m", "fast",
                "stop"));
    }

    /**
     * The build may halt the test JVM before its shutdown hooks finish; a small watcher process stops the server (by
     * its PID, fast shutdown) and removes its files as soon as the JVM that started it is gone, however it ended.
     */
    private void watchOwner(Path base) throws IOException {
        long owner = ProcessHandle.current().pid();
        // The server's PID is read when the owner is gone: a test may have stopped and started the server since.
        String script = "while kill -0 " + owner + " 2>/dev/null; do sleep 1; done; kill -INT $(head -1 '"
                + dataDir.resolve("postmaster.pid") + "' 2>/dev/null) 2>/dev/null; sleep 5; rm -rf '" + base + "'";
        new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Another database on this server, for a second platform instance (one database per instance). */
    public void createDatabase(String name) throws IOException, InterruptedException {
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        psql("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8'");
    }

    /** The data-source configuration that points the platform at this server. */
    public String dataSourceConfig() {
        return dataSourceConfig(DATABASE);
    }

    /** The data-source configuration that points a platform at one database of this server. */
    public String dataSourceConfig(String database) {
        return String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "user = " + USER,
                "password = " + PASSWORD,
                "dataSourceName = kommunmeny",
                "pool = dbcp2",
                "xa = true",
                "pool.maxTotal = 16",
                "pool.maxWaitMillis = 10000",
                "pool.testOnBorrow = true", "");
    }

    /**
     * Stops the server by its PID (from postmaster.pid) with SIGINT, PostgreSQL's fast shutdown, and waits a few
     * seconds for it: quick enough to finish inside the test JVM's shutdown, which the build does not wait long for.
     */
    public void stop() {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(5, TimeUnit.SECONDS);
            ProcessHandle.of(pid).ifPresent(p -> {
                try {
                    p.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
            KarafProcess.deleteRecursively(dataDir.getParent());
        } catch (IOException | RuntimeException e) {
            // nothing left to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void psql(String sql) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "postgres-test");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("psql failed: " + out);
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(command);
        run(cmd, true, dataDir.getParent());
    }

    private static void run(List<String> cmd, boolean check, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(new File("/")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        if (check && p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + cmd + "\n" + out);
        }
    }

    static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (var versions = Files.list(root)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
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
                + "package (.ci/run does). Looked in /usr/lib/postgresql/*/bin and PATH " + Arrays.toString(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
