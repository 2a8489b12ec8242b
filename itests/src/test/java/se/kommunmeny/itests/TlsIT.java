package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * TLS as shipped, on two platforms started as an operator starts them ({@code bin/karaf server}), with keys and
 * certificates made by the JDK's keytool when the test runs (none is committed):
 * <ul>
 * <li>the county's platform (A) with the shipped listener exactly: HTTPS only on its port, no plain HTTP, TLS 1.2 and
 * 1.3 only, no weak cipher suite, HSTS on its answers, a health report without internals. Its server certificate is
 * from a certificate authority that no one in the test trusts for partner calls;</li>
 * <li>a municipality's platform (B) that requires a client certificate from the county's certificate authority
 * (mutual TLS): no certificate, or one from another authority, fails the handshake;</li>
 * <li>the county overview on A reads B's menu over mutual TLS (A presents its client certificate and checks B's
 * server certificate and host name against its trust store), and records "TLS failed" for a platform whose
 * certificate it does not trust (A itself, as a second platform) while the overview answers 200.</li>
 * </ul>
 * The handshakes that must fail are made by {@link TlsProbe} in a JVM that disables nothing, so the refusal is the
 * server's. Figures go to {@code target/tls.txt}.
 */
public class TlsIT {
    private static final String PASSWORD = "tls-Store-9";
    private static final String SUFFIX = KommunmenyTestSupport.PASSWORD_SUFFIX;
    /** The cipher suites the distribution ships (etc/org.ops4j.pax.web.cfg). */
    private static final Set<String> STRONG = Set.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private static Path keys;
    private static KarafProcess county;
    private static KarafProcess municipality;
    private static final List<String> figures = new ArrayList<>();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeClass
    public static void startTwoPlatforms() throws Exception {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "tls").toAbsolutePath();
        KarafProcess.deleteRecursively(dir);
        keys = dir.resolve("keys");
        Files.createDirectories(keys);
        makeKeys();

        county = KarafProcess.unpack(dir.resolve("county"), Map.of("olle", "operator"), true);
        municipality = KarafProcess.unpack(dir.resolve("municipality"), Map.of("olle", "operator", "pia", "partner"),
                true);

        // The county (A): the shipped listener with its server certificate, the overview with a client certificate.
        installTls(county, "a-server.p12");
        install(county, "county.p12", "client.p12");
        install(county, "trust-ca.p12", "partners.p12");
        county.write("se.kommunmeny.offerings.cfg", "offerings = regional-overview\n");
        county.write("se.kommunmeny.regionaloverview.cfg", "timeoutMillis = 20000\n"
                + "tlsKeyStore = kommunmeny/tls/client.p12\n"
                + "tlsKeyStorePassword = $[secret:kommunmeny/tls/client.p12.password]\n"
                + "tlsTrustStore = kommunmeny/tls/partners.p12\n"
                + "tlsTrustStorePassword = $[secret:kommunmeny/tls/partners.p12.password]\n");
        county.write("se.kommunmeny.regionaloverview.platform-arboga.cfg", "url = https://127.0.0.1:"
                + municipality.httpsPort() + "/kommunmeny\nuser = pia\npassword = pia" + SUFFIX + "\nlabel = Arboga\n");
        // A platform whose certificate the county does not trust: the county's own instance, whose server
        // certificate is from the other authority.
        county.write("se.kommunmeny.regionaloverview.platform-untrusted.cfg", "url = https://127.0.0.1:"
                + county.httpsPort() + "/kommunmeny\nuser = olle\npassword = olle" + SUFFIX + "\nlabel = Untrusted\n");

        // The municipality (B): client certificates required, from the county's authority.
        installTls(municipality, "b-server.p12");
        install(municipality, "trust-ca.p12", "truststore.p12");
        String web = "org.ops4j.pax.web.cfg";
        municipality.setProperty(web, "org.ops4j.pax.web.ssl.clientauth.needed", "true");
        municipality.setProperty(web, "org.ops4j.pax.web.ssl.truststore", "${karaf.etc}/kommunmeny/tls/truststore.p12");
        municipality.setProperty(web, "org.ops4j.pax.web.ssl.truststore.type", "PKCS12");
        municipality.setProperty(web, "org.ops4j.pax.web.ssl.truststore.password",
                "$[secret:kommunmeny/tls/truststore.p12.password]");

        long started = System.nanoTime();
        county.start();
        municipality.start();
        awaitHealthy(county, null);
        awaitHealthy(municipality, keys.resolve("county.p12"));
        figures.add(String.format("both platforms ready over HTTPS after %.1f s (started together)",
                (System.nanoTime() - started) / 1e9));
    }

    @AfterClass
    public static void stop() throws Exception {
        for (KarafProcess k : new KarafProcess[] {county, municipality}) {
            if (k != null) {
                k.stop();
            }
        }
        if (!figures.isEmpty()) {
            Path out = Path.of(System.getProperty("project.build.directory", "target"), "tls.txt");
            Files.write(out, figures);
            figures.forEach(System.out::println);
        }
    }

    @Test
    public void httpsOnlyWithHsts() throws Exception {
        HttpResponse<String> health = send(county, null, "olle", "/api/health");
        assertEquals(health.body(), 200, health.statusCode());
        assertEquals("max-age=31536000", health.headers().firstValue("Strict-Transport-Security").orElse(null));
        // A refusal carries it too.
        HttpResponse<String> refused = send(county, null, null, "/api/health");
        assertEquals(401, refused.statusCode());
        assertEquals("max-age=31536000", refused.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertFalse(health.headers().map().toString(), health.headers().firstValue("Server").isPresent());
        assertFalse(health.headers().map().toString(), health.headers().firstValue("Set-Cookie").isPresent());
        // The plain HTTP port of the configuration listens nowhere.
        try (Socket s = new Socket("127.0.0.1", county.httpPort())) {
            fail("plain HTTP port " + county.httpPort() + " accepted a connection");
        } catch (ConnectException expected) {
            figures.add("plain HTTP port: " + expected.getMessage());
        }
    }

    @Test
    public void onlyTls12And13WithStrongCipherSuites() throws Exception {
        Path trust = keys.resolve("trust-both.p12");
        for (String old : List.of("TLSv1", "TLSv1.1")) {
            TlsProbe.Result r = TlsProbe.handshake(county.httpsPort(), old, "weak", STRONG, trust, PASSWORD, null);
            figures.add(old + ": " + r.text());
            assertFalse(r.text(), r.ok());
            // The server refused; the probe itself offered the protocol.
            assertFalse(r.text(), r.text().contains("No appropriate protocol"));
        }
        for (String current : List.of("TLSv1.2", "TLSv1.3")) {
            String suites = current.equals("TLSv1.3") ? "TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384"
                    : "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
            TlsProbe.Result r = TlsProbe.handshake(county.httpsPort(), current, suites, STRONG, trust, PASSWORD, null);
            figures.add(current + ": " + r.text());
            assertTrue(r.text(), r.ok());
            assertTrue(r.text(), r.text().startsWith("OK " + current + " "));
        }
        // Every cipher suite the JDK knows but the shipped list (CBC, SHA-1, static RSA, 3DES, RC4, NULL, anonymous).
        TlsProbe.Result weak = TlsProbe.handshake(county.httpsPort(), "TLSv1.2", "weak", STRONG, trust, PASSWORD, null);
        figures.add("TLSv1.2 offering only weak suites: " + weak.text());
        assertFalse(weak.text(), weak.ok());
        // One by one too, for the suites a server with an RSA key could pick.
        for (String suite : List.of("TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "SSL_RSA_WITH_3DES_EDE_CBC_SHA")) {
            TlsProbe.Result r = TlsProbe.handshake(county.httpsPort(), "TLSv1.2", suite, STRONG, trust, PASSWORD, null);
            assertFalse(suite + ": " + r.text(), r.ok());
        }
    }

    @Test
    public void theHealthReportShowsNoInternals() throws Exception {
        HttpResponse<String> health = send(county, null, "olle", "/api/health");
        assertEquals(health.body(), 200, health.statusCode());
        String body = health.body();
        assertFalse(body, body.matches("(?s).*\\d+\\.\\d+\\.\\d+.*"));
        for (String internal : List.of("Exception", "\tat ", "java.", county.home().toString(), "/tmp",
                System.getProperty("java.version"), "Karaf", "Jetty", "jetty")) {
            assertFalse(internal + " in " + body, body.contains(internal));
        }
        figures.add("health over HTTPS: " + body);
    }

    @Test
    public void theMunicipalityRequiresAClientCertificateFromTheTrustedAuthority() throws Exception {
        Path trust = keys.resolve("trust-both.p12");
        int port = municipality.httpsPort();
        for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
            String suites = protocol.equals("TLSv1.3") ? "TLS_AES_128_GCM_SHA256" : "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
            TlsProbe.Result none = TlsProbe.handshake(port, protocol, suites, STRONG, trust, PASSWORD, null);
            figures.add("mTLS " + protocol + " without a client certificate: " + none.text());
            assertFalse(none.text(), none.ok());
            TlsProbe.Result stranger = TlsProbe.handshake(port, protocol, suites, STRONG, trust, PASSWORD,
                    keys.resolve("stranger.p12"));
            figures.add("mTLS " + protocol + " with a certificate of another authority: " + stranger.text());
            assertFalse(stranger.text(), stranger.ok());
            TlsProbe.Result trusted = TlsProbe.handshake(port, protocol, suites, STRONG, trust, PASSWORD,
                    keys.resolve("county.p12"));
            figures.add("mTLS " + protocol + " with the county's certificate: " + trusted.text());
            assertTrue(trusted.text(), trusted.ok());
        }
        HttpResponse<String> menu = send(municipality, keys.resolve("county.p12"), "pia", "/api/menu");
        assertEquals(menu.body(), 200, menu.statusCode());
        try {
            send(municipality, null, "pia", "/api/menu");
            fail("a call without a client certificate was answered");
        } catch (IOException expected) {
            figures.add("HttpClient without a client certificate: " + expected);
        }
    }

    @Test
    public void theCountyReadsAMunicipalityOverMutualTlsAndRecordsAnUntrustedOne() throws Exception {
        HttpResponse<String> answer = send(county, null, "olle", "/api/regional-overview?refresh=true");
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode overview = json.readTree(answer.body());
        JsonNode arboga = platform(overview, "arboga");
        JsonNode untrusted = platform(overview, "untrusted");
        figures.add("overview: arboga " + arboga.path("status").asText() + ", untrusted "
                + untrusted.path("status").asText() + " (" + untrusted.path("reason").asText() + ")");
        assertEquals(arboga.toString(), "OK", arboga.path("status").asText());
        assertEquals(untrusted.toString(), "UNANSWERED", untrusted.path("status").asText());
        assertEquals(untrusted.toString(), "TLS failed", untrusted.path("reason").asText());
        // The page and the CSV answer too.
        assertEquals(200, send(county, null, "olle", "/api/regional-overview/html").statusCode());
        assertEquals(200, send(county, null, "olle", "/api/regional-overview/csv").statusCode());
    }

    private static JsonNode platform(JsonNode overview, String id) {
        for (JsonNode p : overview.path("platforms")) {
            if (id.equals(p.path("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("no platform " + id + " in " + overview);
    }

    // ------------------------------------------------------------------ HTTPS

    /** A call over HTTPS that trusts both test authorities, checks the host name, and presents {@code key} if given. */
    private static HttpResponse<String> send(KarafProcess karaf, Path key, String user, String path)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + karaf.httpsPort()
                + "/kommunmeny" + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + SUFFIX).getBytes(StandardCharsets.UTF_8)));
        }
        return client(key).send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpClient client(Path key) throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(KeyStore.getInstance(keys.resolve("trust-both.p12").toFile(), PASSWORD.toCharArray()));
            KeyManagerFactory keyManagers = null;
            if (key != null) {
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(KeyStore.getInstance(key.toFile(), PASSWORD.toCharArray()), PASSWORD.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            return HttpClient.newBuilder().sslContext(context).sslParameters(parameters)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void awaitHealthy(KarafProcess karaf, Path key) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                fail("Karaf exited; see " + karaf.home().resolve("console.log"));
            }
            try {
                HttpResponse<String> r = send(karaf, key, "olle", "/api/health");
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        fail("not ready over HTTPS within 300 s: " + last + "; see " + karaf.home().resolve("data/log/karaf.log"));
    }

    // ------------------------------------------------------------------ keys, made now

    private static void makeKeys() throws IOException, InterruptedException {
        authority("ca", "CN=Kommunmeny test CA, O=Test");
        authority("other-ca", "CN=Another test CA, O=Test");
        issue("a-server", "other-ca", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost", "serverAuth");
        issue("b-server", "ca", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost", "serverAuth");
        issue("county", "ca", "CN=county", null, "clientAuth");
        issue("stranger", "other-ca", "CN=stranger", null, "clientAuth");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "trust-ca.p12");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "trust-both.p12");
        keytool("-importcert", "-noprompt", "-alias", "other-ca", "-file", "other-ca.pem", "-keystore",
                "trust-both.p12");
    }

    private static void authority(String name, String dname) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", name, "-keystore", name + ".p12", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", dname, "-ext", "bc:c", "-validity", "3");
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", name + ".p12", "-file", name + ".pem");
    }

    private static void issue(String name, String ca, String dname, String san, String usage)
            throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", name, "-keystore", name + ".p12", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", dname, "-validity", "3");
        keytool("-certreq", "-alias", name, "-keystore", name + ".p12", "-file", name + ".csr");
        List<String> sign = new ArrayList<>(List.of("-gencert", "-alias", ca, "-keystore", ca + ".p12", "-infile",
                name + ".csr", "-outfile", name + ".pem", "-rfc", "-validity", "3", "-ext",
                "KeyUsage=digitalSignature,keyEncipherment", "-ext", "ExtendedKeyUsage=" + usage));
        if (san != null) {
            sign.add("-ext");
            sign.add(san);
        }
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", ca, "-file", ca + ".pem", "-keystore", name + ".p12");
        keytool("-importcert", "-alias", name, "-file", name + ".pem", "-keystore", name + ".p12");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + ": " + out);
        }
    }

    /** The platform's server key store, where the shipped configuration looks for it, as kommunmeny-instance.sh does. */
    private static void installTls(KarafProcess karaf, String keyStore) throws IOException {
        install(karaf, keyStore, "keystore.p12");
    }

    /** Copies a key or trust store into etc/kommunmeny/tls/ with its password beside it (mode 600). */
    private static void install(KarafProcess karaf, String from, String to) throws IOException {
        Path tls = karaf.home().resolve("etc/kommunmeny/tls");
        Files.createDirectories(tls);
        Files.copy(keys.resolve(from), tls.resolve(to));
        Path password = tls.resolve(to.equals("keystore.p12") ? "keystore.password" : to + ".password");
        Files.writeString(password, PASSWORD + "\n");
        for (Path p : List.of(tls.resolve(to), password)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
