package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What the distribution ships, as an operator unpacks it, before anyone configures anything: no account to log in
 * with, HTTPS only (TLS 1.2 and 1.3, strong cipher suites, no key shipped), every listener (HTTPS, SSH, JMX) on
 * loopback only, no file transfer over the shell, CXF's service list hidden,
 * no web console, and no example services or municipality (a municipality's menu comes from its profile or its own
 * configuration). Read from the built tarball; nothing is started.
 */
public class ShippedConfigurationIT {
    private static Path etc;
    private static Path home;

    @BeforeClass
    public static void unpack() throws Exception {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "shipped").toAbsolutePath();
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Process tar = new ProcessBuilder("tar", "xzf", KommunmenyTestSupport.distribution().toString(), "-C",
                dir.toString()).inheritIO().start();
        assertTrue(tar.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue());
        home = dir.resolve("kommunmeny-assembly-" + System.getProperty("project.version"));
        etc = home.resolve("etc");
    }

    @Test
    public void noAccountIsShipped() throws IOException {
        for (String file : List.of("users.properties", "keys.properties")) {
            List<String> active = new ArrayList<>();
            if (Files.exists(etc.resolve(file))) {
                for (String line : Files.readAllLines(etc.resolve(file), StandardCharsets.ISO_8859_1)) {
                    String t = line.trim();
                    // A group definition (_g_:name = group,roles) is no account; a user or a key is.
                    if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("!") && !t.startsWith("_g_\\:")) {
                        active.add(t.replaceAll("=.*", "= \u2026"));
                    }
                }
            }
            assertEquals("active lines in " + file, List.of(), active);
        }
    }

    @Test
    public void everyListenerIsOnLoopbackAndTheShellTransfersNoFiles() throws IOException {
        assertEquals("127.0.0.1", properties("org.ops4j.pax.web.cfg").getProperty("org.ops4j.pax.web.listening.addresses"));
        Properties shell = properties("org.apache.karaf.shell.cfg");
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("false", shell.getProperty("sftpEnabled"));
        Properties jmx = properties("org.apache.karaf.management.cfg");
        assertEquals("127.0.0.1", jmx.getProperty("rmiRegistryHost"));
        assertEquals("127.0.0.1", jmx.getProperty("rmiServerHost"));
    }

    @Test
    public void httpsOnlyWithTls12And13AndStrongCipherSuites() throws IOException {
        Properties web = properties("org.ops4j.pax.web.cfg");
        assertEquals("false", web.getProperty("org.osgi.service.http.enabled"));
        assertEquals("true", web.getProperty("org.osgi.service.http.secure.enabled"));
        assertEquals("8443", web.getProperty("org.osgi.service.http.port.secure"));
        assertEquals("${karaf.etc}/kommunmeny/tls/keystore.p12", web.getProperty("org.ops4j.pax.web.ssl.keystore"));
        assertEquals("PKCS12", web.getProperty("org.ops4j.pax.web.ssl.keystore.type"));
        // The password is read from a file of its own, never written into a configuration.
        assertEquals("$[secret:kommunmeny/tls/keystore.password]",
                web.getProperty("org.ops4j.pax.web.ssl.keystore.password"));
        assertEquals("$[secret:kommunmeny/tls/keystore.password]", web.getProperty("org.ops4j.pax.web.ssl.key.password"));
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), list(web.getProperty("org.ops4j.pax.web.ssl.protocols.included")));
        List<String> suites = list(web.getProperty("org.ops4j.pax.web.ssl.ciphersuites.included"));
        assertFalse(suites.isEmpty());
        for (String suite : suites) {
            // TLS 1.3 suites, or TLS 1.2 with forward secrecy (ECDHE) and an AEAD cipher.
            assertTrue(suite, suite.matches("TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256)")
                    || suite.matches("TLS_ECDHE_(RSA|ECDSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256)"));
        }
        assertEquals("false", web.getProperty("org.ops4j.pax.web.ssl.renegotiationAllowed"));
        assertEquals("true", web.getProperty("org.ops4j.pax.web.session.cookie.secure"));
        assertEquals("true", web.getProperty("org.ops4j.pax.web.session.cookie.httpOnly"));
        assertEquals("Strict", web.getProperty("org.ops4j.pax.web.session.cookie.sameSite"));
        // No key ships: each instance gets its own (kommunmeny-instance.sh create, or the municipality's own).
        assertFalse(Files.exists(etc.resolve("kommunmeny/tls")));
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value.trim().split("\\s*,\\s*"));
    }

    @Test
    public void theServiceListIsHiddenAndThereIsNoWebConsole() throws IOException {
        assertEquals("true", properties("org.apache.cxf.osgi.cfg").getProperty(
                "org.apache.cxf.servlet.hide-service-list-page"));
        String boot = properties("org.apache.karaf.features.cfg").getProperty("featuresBoot");
        assertFalse(boot, boot.contains("webconsole"));
        // The web console itself is not in the distribution (only the http feature's optional plugin for it).
        assertFalse(Files.exists(home.resolve("system/org/apache/felix/org.apache.felix.webconsole")));
        assertFalse(Files.exists(home.resolve("system/org/apache/karaf/webconsole/org.apache.karaf.webconsole.console")));
    }

    @Test
    public void aFreshDistributionServesNoMunicipalityAndNoExampleServices() throws IOException {
        String boot = properties("org.apache.karaf.features.cfg").getProperty("featuresBoot");
        assertFalse(boot, boot.contains("kommunmeny-examples") || boot.contains("kommun-"));
        assertFalse(Files.exists(etc.resolve("se.kommunmeny.kommun.cfg")));
        assertFalse(Files.exists(etc.resolve("se.kommunmeny.offerings.cfg")));
        try (var files = Files.list(etc)) {
            List<String> services = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("se.kommunmeny.") && n.contains("-")).toList();
            assertEquals(List.of(), services);
        }
        // The transaction manager is installed before the connection pool (a stage of its own).
        assertTrue(boot, boot.replaceAll("\\s", "").contains(",transaction),"));
    }

    private static Properties properties(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(etc.resolve(file), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }
}
