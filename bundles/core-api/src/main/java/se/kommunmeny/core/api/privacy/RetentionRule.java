package se.kommunmeny.core.api.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A retention rule (gallringsregel) for one record type, written in configuration as {@code <period> <anchor>} or
 * {@code keep}: {@code P5Y after-last-entry} deletes a case file five years after its newest entry (the usual
 * Swedish gallringsbeslut for social-services records), {@code P3Y after-created} three years after it was opened,
 * {@code keep} never.
 *
 * @param period how long the record is kept, or {@code null} for {@code keep}
 * @param anchor from when
 */
public record RetentionRule(Period period, Anchor anchor) {

    /** From when a retention period runs. */
    public enum Anchor {
        /** From the newest entry of the case file, its dependent records included. */
        AFTER_LAST_ENTRY("after-last-entry"),
        /** From the case file's creation. */
        AFTER_CREATED("after-created"),
        /** Never deleted. */
        KEEP("keep");

        private final String text;

        Anchor(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static final RetentionRule KEEP = new RetentionRule(null, Anchor.KEEP);

    public RetentionRule {
        Objects.requireNonNull(anchor, "anchor");
        if ((anchor == Anchor.KEEP) != (period == null)) {
            throw new IllegalArgumentException("a period goes with after-last-entry or after-created, none with keep");
        }
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("the period must be positive");
        }
    }

    /**
     * Parses {@code keep} or {@code <ISO-8601 period> <anchor>}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static RetentionRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty; write e.g. 'P5Y after-last-entry' or 'keep'");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 1 && parts[0].equalsIgnoreCase("keep")) {
            return KEEP;
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not '<period> <anchor>' or 'keep'");
        }
        Period period;
        try {
            period = Period.parse(parts[0].toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + parts[0] + "' is not an ISO-8601 period such as P5Y or P18M");
        }
        for (Anchor anchor : Anchor.values()) {
            if (anchor != Anchor.KEEP && anchor.text.equalsIgnoreCase(parts[1])) {
                return new RetentionRule(period, anchor);
            }
        }
        throw new IllegalArgumentException("'" + parts[1] + "' is not after-last-entry or after-created");
    }

    /** Whether a record whose anchor time is {@code anchorTime} has passed its time at {@code now}. */
    public boolean expired(Instant anchorTime, Instant now) {
        if (anchor == Anchor.KEEP || anchorTime == null) {
            return false;
        }
        return !anchorTime.atOffset(ZoneOffset.UTC).plus(period).toInstant().isAfter(now);
    }

    @Override
    public String toString() {
        return anchor == Anchor.KEEP ? "keep" : period + " " + anchor.text;
    }
}
