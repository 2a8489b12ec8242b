package se.kommunmeny.core.api.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerTlsTest {
    private static final String PASSWORD = "store-Secret-1";
    @TempDir
    static Path dir;

    /** A key store made now with the JDK's keytool: no key is committed. */
    @BeforeAll
    static void keyStore() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-storetype", "PKCS12", "-keystore", dir.resolve("client.p12").toString(),
                "-storepass", PASSWORD, "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=client", "-validity", "2")).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    @Test
    void withoutConfigurationTheJdkAuthoritiesAreUsedAndNoCertificateIsPresented() {
        PartnerTls tls = PartnerTls.of("", "", " ", "", dir);
        assertTrue(tls.valid());
        assertNull(tls.problem());
        assertFalse(tls.clientCertificate());
        assertTrue(PartnerTls.defaults().valid());
    }

    @Test
    void aKeyStoreRelativeToTheBaseIsLoaded() {
        PartnerTls tls = PartnerTls.of("client.p12", PASSWORD, "client.p12", PASSWORD, dir);
        assertTrue(tls.valid(), tls.problem());
        assertTrue(tls.clientCertificate());
        tls.configure(HttpClient.newBuilder()).build();
    }

    @Test
    void aMissingFileOrAWrongPasswordMakesNoCallableConfigurationAndSaysWhy() {
        PartnerTls missing = PartnerTls.of("nowhere.p12", PASSWORD, null, null, dir);
        assertFalse(missing.valid());
        assertEquals("client key store nowhere.p12 unusable: no such file", missing.problem());
        assertThrows(IllegalStateException.class, () -> missing.configure(HttpClient.newBuilder()));

        PartnerTls wrong = PartnerTls.of(null, null, "client.p12", "not-the-password", dir);
        assertFalse(wrong.valid());
        assertTrue(wrong.problem().startsWith("trust store client.p12 unusable: "), wrong.problem());
        assertFalse(wrong.problem().contains("not-the-password"), wrong.problem());
    }

    @Test
    void callsUseTls12Or13AndCheckTheHostName() {
        assertArrayEquals(new String[] {"TLSv1.3", "TLSv1.2"}, PartnerTls.parameters().getProtocols());
        assertEquals("HTTPS", PartnerTls.parameters().getEndpointIdentificationAlgorithm());
    }
}
