package se.kommunmeny.employment.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.kommunmeny.core.api.problem.ValidationException;

/** Attendance and hours: a day present has more than 0 and at most 12 hours, a day absent has a reason. */
final class HourRules {
    static final Set<String> ABSENCE_REASONS = Set.of("SICK", "NOTIFIED", "UNNOTIFIED", "OTHER");
    static final int MAX_MINUTES_PER_DAY = 12 * 60;

    private HourRules() {
    }

    /** One day as stored: hours in whole minutes. */
    record Day(boolean present, int minutes, String absenceReason) {
    }

    /** The day from its request parts, or field problems. */
    static Day day(Boolean present, Double hours, String absenceReason, ValidationException.Collector problems) {
        if (present == null) {
            problems.add("present", "is required");
            return null;
        }
        String reason = absenceReason == null || absenceReason.isBlank() ? null
                : absenceReason.trim().toUpperCase(Locale.ROOT);
        if (present) {
            if (hours == null || hours.isNaN() || hours <= 0 || hours > 12) {
                problems.add("hours", "must be more than 0 and at most 12 on a day present");
            }
            if (reason != null) {
                problems.add("absenceReason", "is only given on a day absent");
            }
            return problems.isEmpty() ? new Day(true, (int) Math.round(hours * 60), null) : null;
        }
        if (hours != null && hours != 0) {
            problems.add("hours", "must be 0 or left out on a day absent");
        }
        if (reason == null || !ABSENCE_REASONS.contains(reason)) {
            problems.add("absenceReason", "must be SICK, NOTIFIED, UNNOTIFIED or OTHER on a day absent");
        }
        return problems.isEmpty() ? new Day(false, 0, reason) : null;
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Whether the ISO week of {@code day} stays within {@code maxHoursPerWeek} when {@code day} has {@code minutes};
     * {@code recorded} holds the minutes of the days already recorded (the day itself is replaced).
     */
    static boolean weekWithin(Map<LocalDate, Integer> recorded, LocalDate day, int minutes, int maxHoursPerWeek) {
        LocalDate monday = weekStart(day);
        int total = minutes;
        for (Map.Entry<LocalDate, Integer> e : recorded.entrySet()) {
            if (!e.getKey().equals(day) && !e.getKey().isBefore(monday) && e.getKey().isBefore(monday.plusDays(7))) {
                total += e.getValue();
            }
        }
        return total <= maxHoursPerWeek * 60;
    }

    static double hours(int minutes) {
        return Math.round(minutes / 60.0 * 100) / 100.0;
    }
}
