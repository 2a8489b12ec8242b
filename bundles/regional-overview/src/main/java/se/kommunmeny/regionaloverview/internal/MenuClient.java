package se.kommunmeny.regionaloverview.internal;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import se.kommunmeny.core.api.tls.PartnerTls;

/**
 * Reads one platform's menu, {@code GET <url>/api/menu} with HTTP Basic, asynchronously and within a time limit. Never
 * fails: a platform that does not answer with a menu gives a {@link Reading} with a short reason fit to show a county
 * officer (no stack trace, no credentials, nothing the platform sent).
 */
public final class MenuClient {
    /** A county menu is a few hundred entries; anything far larger is not a menu. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final HttpClient http;
    private final Clock clock;
    private final boolean tlsUsable;

    /** @param executor the bounded executor the client's work and parsing run on */
    public MenuClient(Executor executor, Clock clock) {
        this(executor, clock, PartnerTls.defaults());
    }

    /**
     * @param tls the TLS of calls to platforms; when it is not usable no platform is called and each reading says
     *        {@code TLS configuration invalid}
     */
    public MenuClient(Executor executor, Clock clock, PartnerTls tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER);
        this.http = (tls.valid() ? tls.configure(builder) : builder).build();
        this.tlsUsable = tls.valid();
        this.clock = clock;
    }

    public CompletableFuture<Reading> read(PlatformSettings platform, Duration timeout) {
        if (!platform.valid()) {
            return CompletableFuture.completedFuture(Reading.failed(clock.instant(), platform.problem()));
        }
        if (!tlsUsable) {
            return CompletableFuture.completedFuture(Reading.failed(clock.instant(), "TLS configuration invalid"));
        }
        HttpRequest request;
        try {
            String credentials = platform.user() + ":" + platform.password();
            request = HttpRequest.newBuilder(URI.create(platform.url() + "/api/menu")).timeout(timeout)
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Reading.failed(clock.instant(), "invalid url"));
        }
        CompletableFuture<Reading> reading;
        try {
            reading = http.sendAsync(request, info -> info.statusCode() == 200 ? new LimitedBody(MAX_BODY_BYTES)
                    : HttpResponse.BodySubscribers.replacing((byte[]) null))
                    .thenApply(this::toReading);
        } catch (RuntimeException e) {
            // sendAsync may refuse at once, e.g. when the executor is shut down.
            reading = CompletableFuture.failedFuture(e);
        }
        return reading.orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(t -> Reading.failed(clock.instant(), reason(t)));
    }

    private Reading toReading(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return Reading.failed(clock.instant(), "HTTP " + response.statusCode());
        }
        try {
            return Reading.ok(clock.instant(), MenuParser.parse(response.body()));
        } catch (InvalidMenuException e) {
            return Reading.failed(clock.instant(), e.getMessage());
        }
    }

    /** A short reason for a failed attempt. */
    static String reason(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        if (cause instanceof SSLException) {
            return "TLS failed";
        }
        if (cause instanceof LimitedBody.TooLarge) {
            return "answer too large";
        }
        if (cause instanceof ClosedChannelException || cause instanceof java.io.IOException) {
            return "connection failed";
        }
        return "not read (" + cause.getClass().getSimpleName() + ")";
    }
}
