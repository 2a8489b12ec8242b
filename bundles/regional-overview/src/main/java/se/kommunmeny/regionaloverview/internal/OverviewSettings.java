package se.kommunmeny.regionaloverview.internal;

import java.time.Duration;

/** The overview's settings, validated: a value out of range falls back to its default. */
public record OverviewSettings(String title, Duration timeout, Duration maxAge, int refreshesPerMinute) {
    static final String DEFAULT_TITLE = "Vad finns p\u00e5 menyn?";
    static final long DEFAULT_TIMEOUT_MILLIS = 5000;
    static final long DEFAULT_MAX_AGE_SECONDS = 30;
    static final int DEFAULT_REFRESHES_PER_MINUTE = 30;

    public static OverviewSettings defaults() {
        return of(DEFAULT_TITLE, DEFAULT_TIMEOUT_MILLIS, DEFAULT_MAX_AGE_SECONDS, DEFAULT_REFRESHES_PER_MINUTE);
    }

    public static OverviewSettings of(OverviewConfig config) {
        return of(config.title(), config.timeoutMillis(), config.maxAgeSeconds(), config.refreshesPerMinute());
    }

    public static OverviewSettings of(String title, long timeoutMillis, long maxAgeSeconds) {
        return of(title, timeoutMillis, maxAgeSeconds, DEFAULT_REFRESHES_PER_MINUTE);
    }

    public static OverviewSettings of(String title, long timeoutMillis, long maxAgeSeconds, int refreshesPerMinute) {
        return new OverviewSettings(title == null || title.isBlank() ? DEFAULT_TITLE : title.trim(),
                Duration.ofMillis(timeoutMillis > 0 && timeoutMillis <= 120_000 ? timeoutMillis : DEFAULT_TIMEOUT_MILLIS),
                Duration.ofSeconds(maxAgeSeconds >= 0 ? maxAgeSeconds : DEFAULT_MAX_AGE_SECONDS),
                refreshesPerMinute >= 0 ? refreshesPerMinute : DEFAULT_REFRESHES_PER_MINUTE);
    }
}
