package se.kommunmeny.housing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import se.kommunmeny.core.api.problem.ValidationException;

/** Dates as they travel (yyyy-mm-dd) and "today" in the municipality's zone. */
final class Dates {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The date in {@code text}, {@code fallback} when empty, or {@code null} after adding a field problem. */
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

    /** A required date that is neither in the future nor before {@code earliest} (when given). */
    static LocalDate pastDay(ValidationException.Collector problems, String field, String text, LocalDate today,
            LocalDate earliest, String earliestName) {
        LocalDate day = parse(problems, field, text, null);
        if (day == null) {
            if (text == null || text.isBlank()) {
                problems.add(field, "is required");
            }
            return null;
        }
        if (day.isAfter(today)) {
            problems.add(field, "cannot be in the future");
        } else if (earliest != null && day.isBefore(earliest)) {
            problems.add(field, "is before " + earliestName + " (" + earliest + ")");
        }
        return day;
    }

    static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
