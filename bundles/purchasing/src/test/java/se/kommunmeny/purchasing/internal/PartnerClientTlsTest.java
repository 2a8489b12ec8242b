package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import se.kommunmeny.core.api.tls.PartnerTls;
import se.kommunmeny.purchasing.api.FederationMessage;

/**
 * A partner's platform over mutual TLS: a real HTTPS server on loopback (the JDK's) that requires a client
 * certificate from its trust store, with keys made by keytool now. The partner's REST federation endpoint is
 * stood in for by a handler that answers 200, since only the transport is under test here.
 */
class PartnerClientTlsTest {
    private static final String PASSWORD = "partner-Secret-1";
    private static final FederationMessage MESSAGE = new FederationMessage("m-1", "ORDER", "o-1", "A-1", "1984",
            "1982", "2026-01-01T00:00:00Z", "{}", "sig");
    @TempDir
    static Path dir;
    private static HttpsServer server;

    @BeforeAll
    static void startPartner() throws Exception {
        // The partner's server key, and this platform's client key; each trusts the other's certificate.
        keytool("-genkeypair", "-alias", "server", "-keystore", "server.p12", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2");
        keytool("-genkeypair", "-alias", "client", "-keystore", "client.p12", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=buyer", "-validity", "2");
        keytool("-genkeypair", "-alias", "other", "-keystore", "other.p12", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=other", "-validity", "2");
        keytool("-exportcert", "-alias", "server", "-keystore", "server.p12", "-file", "server.crt");
        keytool("-exportcert", "-alias", "client", "-keystore", "client.p12", "-file", "client.crt");
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", "server.crt", "-keystore", "partners.p12");
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", "client.crt", "-keystore", "clients.p12");

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load("server.p12"), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("clients.p12"));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = context.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        server.createContext("/kommunmeny/api/purchasing/federation/messages", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static PartnerEntity partner() {
        PartnerEntity p = new PartnerEntity();
        p.transport = "REST";
        p.platformUrl = "https://127.0.0.1:" + server.getAddress().getPort() + "/kommunmeny";
        p.username = "arboga";
        return p;
    }

    private static PartnerClient client(String keyStore, String trustStore) {
        return new PartnerClient(Duration.ofSeconds(10), PartnerTls.of(keyStore, PASSWORD, trustStore, PASSWORD, dir));
    }

    @Test
    void withTheClientCertificateAndThePartnersCertificateTrustedTheMessageIsDelivered() {
        PartnerClient.Outcome outcome = client("client.p12", "partners.p12").deliver(partner(), "pw", MESSAGE);
        assertEquals(PartnerClient.Outcome.Kind.DELIVERED, outcome.kind(), outcome.detail());
    }

    @Test
    void aPartnerWhoseCertificateIsNotTrustedIsNotCalledAndTheFailureIsRecorded() {
        // The JDK's authorities do not know the partner's self-signed certificate.
        PartnerClient.Outcome outcome = client("client.p12", "").deliver(partner(), "pw", MESSAGE);
        assertEquals(PartnerClient.Outcome.Kind.RETRY, outcome.kind());
        assertEquals("The partner's platform did not answer: TLS failed: the partner's certificate is not trusted",
                outcome.detail());
    }

    @Test
    void withoutAClientCertificateTheHandshakeFailsAndIsRetriedLater() {
        PartnerClient.Outcome none = client("", "partners.p12").deliver(partner(), "pw", MESSAGE);
        assertEquals(PartnerClient.Outcome.Kind.RETRY, none.kind());
        assertTrue(none.detail().startsWith("The partner's platform did not answer: "), none.detail());
        PartnerClient.Outcome other = client("other.p12", "partners.p12").deliver(partner(), "pw", MESSAGE);
        assertEquals(PartnerClient.Outcome.Kind.RETRY, other.kind());
        assertTrue(other.detail().startsWith("The partner's platform did not answer: "), other.detail());
    }

    @Test
    void anUnusableKeyStoreMakesNoCallAndSaysWhy() {
        PartnerClient client = client("missing.p12", "partners.p12");
        PartnerClient.Outcome outcome = client.deliver(partner(), "pw", MESSAGE);
        assertEquals(PartnerClient.Outcome.Kind.RETRY, outcome.kind());
        assertEquals("TLS configuration: client key store missing.p12 unusable: no such file", outcome.detail());
        assertNull(client.availability(partner(), "pw", "A-1"));
    }

    private static KeyStore load(String name) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(dir.resolve(name).toFile())) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }
}
