package se.kommunmeny.core.api.problem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Dates as they travel in requests ({@code yyyy-mm-dd}), read into a {@link ValidationException.Collector} so that a
 * malformed date is one field problem among the others of a request, with the same words in every offering. "Today"
 * is the day in Sweden: a visit at half past midnight belongs to the new day there, not to the server's UTC day.
 */
public final class DateFields {
    /** The zone in which days begin and end. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** The field problem of a date that cannot be read. */
    public static final String MALFORMED = "must be a date written yyyy-mm-dd";

    private DateFields() {
    }

    /** Today in {@link #ZONE}. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The date in {@code text} (surrounding blanks ignored), {@code fallback} when the text is empty, or {@code null}
     * after adding the field problem {@link #MALFORMED}.
     */
    public static LocalDate parse(ValidationException.Collector problems, String field, String text,
            LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            // ISO also reads "+999999999-12-31"; a database cannot store it (a 500 at insert). Four digits, as written.
            if (day.getYear() < 1 || day.getYear() > 9999) {
                problems.add(field, MALFORMED);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(field, MALFORMED);
            return null;
        }
    }

    /**
     * A date that may not lie after today ("cannot be in the future"); {@code fallback} when the text is empty, and
     * {@code null} when it is malformed.
     */
    public static LocalDate notFuture(ValidationException.Collector problems, String field, String text,
            LocalDate fallback) {
        LocalDate day = parse(problems, field, text, fallback);
        if (day != null && day.isAfter(today())) {
            problems.add(field, "cannot be in the future");
        }
        return day;
    }

    /**
     * A required day that has passed: not after {@code today} ("cannot be in the future") and not before
     * {@code earliest} when given ("is before {@code earliestName} (yyyy-mm-dd)"); "is required" when the text is
     * empty. {@code today} is a parameter because a record of a closed case may not lie after the case's last day.
     *
     * @return the day, or {@code null} when it is missing or malformed
     */
    public static LocalDate pastDay(ValidationException.Collector problems, String field, String text,
            LocalDate today, LocalDate earliest, String earliestName) {
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
}
