package se.kommunmeny.housing.internal;

import java.time.Instant;

/**
 * Times as the entities store them. Dates as they travel, and "today", are the core's
 * ({@link se.kommunmeny.core.api.problem.DateFields}).
 */
final class Dates {

    private Dates() {
    }

    static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
