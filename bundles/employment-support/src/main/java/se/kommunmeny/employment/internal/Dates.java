package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import se.kommunmeny.core.api.problem.ValidationException;

/** Dates as they travel (yyyy-mm-dd) and "today" in Sweden. */
final class Dates {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The date, {@code fallback} when the text is empty, or {@code null} with a field problem when malformed. */
    static LocalDate parse(ValidationException.Collector problems, String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "must be a date written yyyy-mm-dd");
            return null;
        }
    }

    /** A date that may not lie in the future; {@code fallback} when the text is empty. */
    static LocalDate notFuture(ValidationException.Collector problems, String field, String text, LocalDate fallback) {
        LocalDate day = parse(problems, field, text, fallback);
        if (day != null && day.isAfter(today())) {
            problems.add(field, "cannot be in the future");
        }
        return day;
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
