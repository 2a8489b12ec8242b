package se.kommunmeny.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shared set-up of the Pax Exam tests: the assembled distribution on random loopback ports, a municipality, one
 * user per role, and HTTP helpers that call the platform as an integrator would.
 */
public abstract class KommunmenyTestSupport {
    public static final String PASSWORD_SUFFIX = "-Secret-9";
    /** One user per role; the password is the user name + {@link #PASSWORD_SUFFIX}. */
    public static final Map<String, String> USERS = Map.of(
            "anna", "handlaggare",
            "bo", "behandlare",
            "elin", "enhetschef",
            "lena", "loggranskare",
            "olle", "operator",
            "pia", "partner");
    public static final String HANDLAGGARE = "anna";
    public static final String BEHANDLARE = "bo";
    /** A practitioner outside {@link #USERS}: not assigned to the clients the tests' practitioner works with. */
    public static final String OTHER_BEHANDLARE = "bea";
    /** A practitioner used only to prove that repeated failed logins are throttled (locked for a while after). */
    public static final String THROTTLE_PROBE = "tove";
    public static final String ENHETSCHEF = "elin";
    public static final String LOGGRANSKARE = "lena";
    public static final String OPERATOR = "olle";
    public static final String PARTNER = "pia";

    protected static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(
            FeaturesService.Option.NoAutoRefreshBundles, FeaturesService.Option.NoAutoRefreshManagedBundles);

    @Inject
    protected BundleContext bundleContext;

    /**
     * The platform's DataSource as registered now (looked up for each use: pax-jdbc registers a new one whenever the
     * transaction manager is replaced, and a test must not hold a closed pool).
     */
    protected javax.sql.DataSource platformDataSource() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                var refs = bundleContext.getServiceReferences(javax.sql.DataSource.class,
                        "(osgi.jndi.service.name=kommunmeny)");
                if (!refs.isEmpty()) {
                    return bundleContext.getService(refs.iterator().next());
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no DataSource osgi.jndi.service.name=kommunmeny within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    protected FeaturesService features;

    @Inject
    protected SessionFactory sessionFactory;

    protected final ObjectMapper json = new ObjectMapper();
    private HttpClient http;

    /**
     * The distribution under test: the one this build just assembled (the reactor's karaf-assembly/target), or the
     * one in the local Maven repository when the tests run on their own.
     */
    static Path distribution() {
        String version = System.getProperty("project.version");
        String name = "kommunmeny-assembly-" + version + ".tar.gz";
        Path built = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath()
                .resolve("../../karaf-assembly/target").resolve(name).normalize();
        if (Files.exists(built)) {
            return built;
        }
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        Path installed = Path.of(localRepo, "se/kommunmeny/kommunmeny-assembly", version, name);
        if (Files.exists(installed)) {
            return installed;
        }
        throw new IllegalStateException("The distribution is not built: neither " + built + " nor " + installed);
    }

    /** Options common to every test container. */
    protected static List<Option> baseOptions() throws IOException {
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        int httpPort = PostgresServer.freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution().toUri().toString())
                        .name("Kommunmeny").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                systemTimeout(300_000),
                // Inside the container, Pax Exam waits only 10 s for its injector service before it gives up on the
                // probe (and the test then waits for a probe that never comes): too short on a busy 2-core machine.
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                        .value("180000"),
                systemProperty("kommunmeny.test.httpPort").value(Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
                // Demo mode: plain HTTP on loopback instead of the shipped HTTPS listener (TlsIT tests that one).
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.enabled", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "false"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(PostgresServer.freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(PostgresServer.freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(PostgresServer.freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                // The example services (a 12-week CBT programme, housing and employment kinds, Dropp).
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kommunmeny-examples"),
                // Municipality (Arboga, Västmanland): .cfg files are ISO-8859-1, hence the escapes.
                editConfigurationFilePut("etc/se.kommunmeny.kommun.cfg", "code", "1984"),
                editConfigurationFilePut("etc/se.kommunmeny.kommun.cfg", "name", "Arboga"),
                editConfigurationFilePut("etc/se.kommunmeny.kommun.cfg", "county", "V\u00e4stmanlands l\u00e4n"),
                editConfigurationFilePut("etc/se.kommunmeny.kommun.cfg", "country", "SE")));
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            options.add(editConfigurationFilePut("etc/users.properties", user.getKey(),
                    user.getKey() + PASSWORD_SUFFIX + "," + user.getValue()));
        }
        // A second practitioner, to prove that practitioners reach only the clients assigned to them.
        options.add(editConfigurationFilePut("etc/users.properties", OTHER_BEHANDLARE,
                OTHER_BEHANDLARE + PASSWORD_SUFFIX + ",behandlare"));
        options.add(editConfigurationFilePut("etc/users.properties", THROTTLE_PROBE,
                THROTTLE_PROBE + PASSWORD_SUFFIX + ",behandlare"));
        // A user with a role outside the platform: must be treated as unauthenticated by the platform.
        options.add(editConfigurationFilePut("etc/users.properties", "ivar", "ivar" + PASSWORD_SUFFIX + ",viewer"));
        return options;
    }

    /**
     * The options that put the platform on a PostgreSQL server of the test's own, as an operator switches: the
     * kommunmeny-db-postgresql feature and a data-source configuration pointing at the server.
     */
    protected static List<Option> postgresOptions() throws IOException, InterruptedException {
        PostgresServer server = PostgresServer.start();
        File dataSource = File.createTempFile("datasource-kommunmeny", ".cfg");
        dataSource.deleteOnExit();
        Files.writeString(dataSource.toPath(), server.dataSourceConfig());
        List<Option> options = baseOptions();
        options.add(replaceConfigurationFile("etc/org.ops4j.datasource-kommunmeny.cfg", dataSource));
        options.add(editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot",
                "kommunmeny-db-postgresql"));
        return options;
    }

    // ------------------------------------------------------------------ HTTP

    protected String base() {
        return "http://127.0.0.1:" + System.getProperty("kommunmeny.test.httpPort") + "/kommunmeny";
    }

    protected HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    /** An HTTP answer: status, content type and body. */
    public record Answer(int status, String contentType, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    protected HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", basic(user, user + PASSWORD_SUFFIX));
        }
        return b;
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    protected Answer post(String user, String path, String jsonBody) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    protected Answer put(String user, String path, String jsonBody) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    protected Answer soap(String user, String service, String bodyXml) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body>" + bodyXml + "</soapenv:Body></soapenv:Envelope>";
        return send(request(user, "/soap/" + service).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
    }

    protected JsonNode parse(Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + answer.status() + "): " + answer.body(), e);
        }
    }

    protected String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ waiting, shell, data

    /** Polls until the condition holds or the deadline passes (no fixed sleeps). */
    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits for the platform to report ready. */
    protected void awaitReady() {
        await("health UP", Duration.ofSeconds(120), () -> {
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("\"UP\"");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /**
     * Waits for a distribution started as a process to report ready with the four offerings installed, failing at
     * once if its JVM exits.
     */
    protected void awaitReadyWithOfferings(KarafProcess karaf) {
        await("health UP with the four offerings", Duration.ofSeconds(240), () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("treatment-plan") && a.body().contains("housing-support")
                        && a.body().contains("employment-support") && a.body().contains("support-groups");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /**
     * Waits for the examples feature's programme, kinds and group programme: on a fresh instance they are bound a
     * moment after "ready".
     */
    protected void awaitExamples() {
        await("the examples' programme, kinds and group programme", Duration.ofSeconds(60), () ->
                get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200
                        && get(ENHETSCHEF, "/api/housing-support/kinds").body().contains("traningslagenhet")
                        && get(ENHETSCHEF, "/api/employment-support/kinds").body().contains("arbetstraning")
                        && get(ENHETSCHEF, "/api/support-groups/programmes").body().contains("dropp"));
    }

    protected String shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Object result = session.execute(command);
            if (result != null) {
                print.println(result);
            }
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A valid, clearly fictitious Swedish personnummer (12 digits with dash), different on every call. */
    protected static String newPersonnummer() {
        return personnummerBornOn(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50)));
    }

    /** A valid, fictitious personnummer of someone born on that day (e.g. for age rules). */
    protected static String personnummerBornOn(LocalDate birth) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), r.nextInt(1000));
        return String.format("%04d%02d%02d-%s%d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                nine.substring(6), luhn(nine));
    }

    protected static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
