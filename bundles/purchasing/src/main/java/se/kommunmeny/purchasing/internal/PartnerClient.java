package se.kommunmeny.purchasing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.kommunmeny.core.api.tls.PartnerTls;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.ServiceAvailability;
import se.kommunmeny.purchasing.internal.soap.FederationEnvelope;

/**
 * Calls a partner's platform: delivers a message over SOAP (the {@code PurchasingFederation} service) or REST, as
 * the partner is registered, and reads a purchased service's free places. Authenticates with the credentials the
 * partner gave this platform; the message itself carries this platform's signature.
 */
final class PartnerClient {
    /** Refusals that mean the message was already processed: delivered. */
    private static final String DUPLICATE = "duplicate-message";
    /** Answers worth trying again later: the partner is down, overloaded or not yet configured for us. */
    private static final Set<String> TRANSIENT = Set.of("unavailable", "unauthenticated", "not-configured", "internal",
            "too-large");

    private final HttpClient http;
    private final Duration timeout;
    /** Why no call can be made (the TLS configuration is unusable); {@code null} normally. */
    private final String problem;

    PartnerClient(Duration timeout, PartnerTls tls) {
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        this.problem = tls.valid() ? null : "TLS configuration: " + tls.problem();
        this.http = (tls.valid() ? tls.configure(builder) : builder).build();
    }

    /** A client with the timeout and the TLS of the purchasing configuration. */
    static PartnerClient of(PurchasingConfig config) {
        return new PartnerClient(Duration.ofMillis(config.callTimeoutMillis()), tls(config));
    }

    static PartnerTls tls(PurchasingConfig config) {
        return PartnerTls.of(config.tlsKeyStore(), config.tlsKeyStorePassword(), config.tlsTrustStore(),
                config.tlsTrustStorePassword(), Path.of(System.getProperty("karaf.etc", "etc")));
    }

    /** Why no call can be made (the TLS configuration is unusable); {@code null} normally. */
    String problem() {
        return problem;
    }

    /** What became of one delivery attempt. */
    record Outcome(Kind kind, String detail) {
        enum Kind { DELIVERED, REJECTED, RETRY }
    }

    Outcome deliver(PartnerEntity partner, String password, FederationMessage message) {
        if (problem != null) {
            return new Outcome(Outcome.Kind.RETRY, problem);
        }
        try {
            return "REST".equals(partner.transport) ? deliverRest(partner, password, message)
                    : deliverSoap(partner, password, message);
        } catch (IOException e) {
            return new Outcome(Outcome.Kind.RETRY, "The partner's platform did not answer: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Outcome.Kind.RETRY, "interrupted");
        }
    }

    private Outcome deliverSoap(PartnerEntity partner, String password, FederationMessage message)
            throws IOException, InterruptedException {
        HttpRequest request = request(partner, password, "/soap/PurchasingFederation")
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(FederationEnvelope.deliverRequest(message),
                        StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 200) {
            FederationEnvelope.parseDeliverResponse(response.body());
            return new Outcome(Outcome.Kind.DELIVERED, null);
        }
        FederationEnvelope.Fault fault;
        try {
            fault = FederationEnvelope.parseFault(response.body());
        } catch (RuntimeException e) {
            return new Outcome(Outcome.Kind.RETRY, "HTTP " + response.statusCode() + " without a SOAP fault");
        }
        return classify(fault.code(), fault.message(), response.statusCode());
    }

    private Outcome deliverRest(PartnerEntity partner, String password, FederationMessage message)
            throws IOException, InterruptedException {
        HttpRequest request = request(partner, password, "/api/purchasing/federation/messages")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(message), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 200) {
            return new Outcome(Outcome.Kind.DELIVERED, null);
        }
        JsonNode problem = Json.readOrNull(response.body(), JsonNode.class);
        String type = problem == null ? "" : problem.path("type").asText("");
        String code = type.substring(type.lastIndexOf('/') + 1);
        String detail = problem == null ? "" : problem.path("detail").asText("");
        if (response.statusCode() == 401) {
            code = "unauthenticated";
        } else if (response.statusCode() >= 500 || response.statusCode() == 429 || response.statusCode() == 404
                && problem == null) {
            code = "unavailable";
        }
        return classify(code, detail, response.statusCode());
    }

    /** What went wrong with a call, in a few words; a failed TLS handshake says why without the JDK's internals. */
    static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                String m = t.getMessage() == null ? "" : t.getMessage();
                if (m.contains("PKIX") || m.contains("certification path")) {
                    return "TLS failed: the partner's certificate is not trusted";
                }
                if (m.contains("No subject alternative") || m.contains("No name matching")) {
                    return "TLS failed: the partner's certificate is not for this host name";
                }
                if (m.startsWith("Received fatal alert: ")) {
                    return "TLS failed: refused by the partner (" + m.substring(22) + ")";
                }
                return "TLS failed (" + t.getClass().getSimpleName() + ")";
            }
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static Outcome classify(String code, String detail, int status) {
        String text = code + " (HTTP " + status + ")" + (detail == null || detail.isBlank() ? "" : ": " + detail);
        if (DUPLICATE.equals(code)) {
            return new Outcome(Outcome.Kind.DELIVERED, "already received: " + text);
        }
        if (code == null || code.isBlank() || TRANSIENT.contains(code)) {
            return new Outcome(Outcome.Kind.RETRY, text);
        }
        return new Outcome(Outcome.Kind.REJECTED, text);
    }

    /** The service's availability as the supplier reports it; {@code null} when it cannot be read now. */
    ServiceAvailability availability(PartnerEntity partner, String password, String agreementNumber) {
        if (problem != null) {
            return null;
        }
        try {
            HttpRequest request = request(partner, password, "/api/purchasing/federation/availability/"
                    + java.net.URLEncoder.encode(agreementNumber, StandardCharsets.UTF_8))
                    .header("Accept", "application/json").GET().build();
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Json.readOrNull(response.body(), ServiceAvailability.class) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpRequest.Builder request(PartnerEntity partner, String password, String path) {
        String credentials = partner.username + ":" + password;
        return HttpRequest.newBuilder(URI.create(partner.platformUrl + path)).timeout(timeout)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
