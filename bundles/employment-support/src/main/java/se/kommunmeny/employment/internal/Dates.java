package se.kommunmeny.employment.internal;

import java.time.LocalDate;

/**
 * Small readings of request texts and query answers. Dates as they travel, and "today", are the core's
 * ({@link se.kommunmeny.core.api.problem.DateFields}).
 */
final class Dates {

    private Dates() {
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A date as a query answers it: a LocalDate, or a java.sql.Date from an aggregate. */
    static LocalDate of(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
