package se.kommunmeny.core.api.tls;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * How this platform calls another platform over HTTPS: TLS 1.3 or 1.2 only, the partner's server certificate checked
 * against the configured trust store (the JDK's certificate authorities when none is configured) and its host name
 * against the URL, and, when a key store is configured, this platform's client certificate presented for mutual TLS.
 * There is no way to trust every certificate.
 *
 * <p>A configuration that cannot be used (a missing file, a wrong password) gives an instance that is not
 * {@link #valid()}: its {@link #problem()} says why in a few words, without the password; callers then make no call
 * and record the problem.
 */
public final class PartnerTls {
    /** The protocols a call may use. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final SSLContext context;
    private final String problem;
    private final boolean clientCertificate;

    private PartnerTls(SSLContext context, String problem, boolean clientCertificate) {
        this.context = context;
        this.problem = problem;
        this.clientCertificate = clientCertificate;
    }

    /** No client certificate, the JDK's certificate authorities. */
    public static PartnerTls defaults() {
        return of(null, null, null, null, Path.of("."));
    }

    /**
     * @param keyStore this platform's key and certificate chain (PKCS12 or JKS) for mutual TLS; none when blank.
     *        A relative path is resolved against {@code base} (the Karaf {@code etc} directory)
     * @param keyStorePassword its password (the key's too, as in PKCS12)
     * @param trustStore the certificates (authorities or partners' own) to trust; the JDK's authorities when blank
     * @param trustStorePassword its password; may be blank for a trust store of certificates only
     */
    public static PartnerTls of(String keyStore, String keyStorePassword, String trustStore, String trustStorePassword,
            Path base) {
        boolean withKeys = keyStore != null && !keyStore.isBlank();
        boolean withTrust = trustStore != null && !trustStore.isBlank();
        KeyManagerFactory keys = null;
        TrustManagerFactory trust = null;
        if (withKeys) {
            try {
                char[] password = chars(keyStorePassword);
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(base.resolve(keyStore.trim()), password), password);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                return new PartnerTls(null, "client key store " + keyStore.trim() + " unusable: " + reason(e), true);
            }
        }
        if (withTrust) {
            try {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(base.resolve(trustStore.trim()), chars(trustStorePassword)));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                return new PartnerTls(null, "trust store " + trustStore.trim() + " unusable: " + reason(e), withKeys);
            }
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return new PartnerTls(context, null, withKeys);
        } catch (GeneralSecurityException e) {
            return new PartnerTls(null, "TLS unavailable: " + reason(e), withKeys);
        }
    }

    public boolean valid() {
        return problem == null;
    }

    /** Why the configuration cannot be used; {@code null} when it can. */
    public String problem() {
        return problem;
    }

    /** Whether a client certificate is configured (presented when a partner asks for one). */
    public boolean clientCertificate() {
        return clientCertificate;
    }

    /** The parameters of every call: the protocols above, and the host name checked against the certificate. */
    public static SSLParameters parameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /**
     * Applies this TLS configuration to an HTTP client being built.
     *
     * @throws IllegalStateException when the configuration is not {@link #valid()}
     */
    public HttpClient.Builder configure(HttpClient.Builder builder) {
        if (context == null) {
            throw new IllegalStateException(problem);
        }
        return builder.sslContext(context).sslParameters(parameters());
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file");
        }
        // Recognises PKCS12 and JKS by their content.
        return KeyStore.getInstance(file.toFile(), password);
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        if (cause instanceof java.security.UnrecoverableKeyException
                || (cause.getMessage() != null && cause.getMessage().contains("password"))) {
            return "wrong password";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
