package se.kommunmeny.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * One TLS handshake with chosen protocols and cipher suites, in a JVM of its own whose security properties disable
 * nothing (so that it can offer TLS 1.0, 1.1 and weak cipher suites that a current JDK would refuse to offer): what an
 * old or hostile client does. The server's answer is what a test asserts: {@code OK <protocol> <suite>} or
 * {@code REFUSED <why>}.
 */
public final class TlsProbe {
    /** What {@link #handshake} found. */
    public record Result(boolean ok, String text) {
    }

    private TlsProbe() {
    }

    /**
     * @param protocol e.g. {@code TLSv1.1}
     * @param suites the cipher suites to offer; {@code "weak"} offers every suite this JVM knows except {@code strong}
     * @param keyStore a client key store to present (PKCS12), or {@code null}
     */
    public static Result handshake(int port, String protocol, String suites, Set<String> strong, Path trustStore,
            String password, Path keyStore) throws IOException, InterruptedException {
        Path security = Files.createTempFile("tls-probe", ".security");
        // Nothing disabled: the probe offers what the server must refuse.
        Files.writeString(security, "jdk.tls.disabledAlgorithms=\njdk.certpath.disabledAlgorithms=\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.properties=" + security, "-cp", System.getProperty("java.class.path"),
                TlsProbe.class.getName(), Integer.toString(port), protocol, suites, String.join(",", strong),
                trustStore.toString(), password, keyStore == null ? "-" : keyStore.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the probe did not end");
        }
        Files.deleteIfExists(security);
        String last = out.lines().reduce((a, b) -> b).orElse("");
        if (!last.startsWith("OK ") && !last.startsWith("REFUSED ")) {
            throw new IOException("the probe failed: " + out);
        }
        return new Result(last.startsWith("OK "), last);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String protocol = args[1];
        Set<String> strong = Set.of(args[3].split(","));
        char[] password = args[5].toCharArray();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(KeyStore.getInstance(Path.of(args[4]).toFile(), password));
        KeyManagerFactory keys = null;
        if (!"-".equals(args[6])) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(Path.of(args[6]).toFile(), password), password);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.setEnabledProtocols(new String[] {protocol});
            String[] suites = "weak".equals(args[2])
                    ? Arrays.stream(socket.getSupportedCipherSuites()).filter(s -> !strong.contains(s))
                            .filter(s -> !s.startsWith("TLS_EMPTY")).toArray(String[]::new)
                    : args[2].split(",");
            socket.setEnabledCipherSuites(suites);
            socket.startHandshake();
            // Under TLS 1.3 a refused client certificate shows only on the first read: ask for something.
            OutputStream out = socket.getOutputStream();
            out.write("GET /kommunmeny/api/openapi HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] head = socket.getInputStream().readNBytes(12);
            String status = new String(head, StandardCharsets.US_ASCII);
            if (!status.startsWith("HTTP/1.1 ")) {
                System.out.println("REFUSED no HTTP answer after the handshake");
                return;
            }
            System.out.println("OK " + socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite()
                    + " " + status.substring(9).trim());
        } catch (IOException e) {
            System.out.println("REFUSED " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
