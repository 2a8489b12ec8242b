package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.ValidationException;

class HourRulesTest {
    private static HourRules.Day day(Boolean present, Double hours, String reason) {
        ValidationException.Collector problems = new ValidationException.Collector();
        HourRules.Day d = HourRules.day(present, hours, reason, problems);
        problems.throwIfAny();
        return d;
    }

    private static String problem(Boolean present, Double hours, String reason) {
        ValidationException e = assertThrows(ValidationException.class, () -> day(present, hours, reason));
        return e.fieldProblems().get(0).field();
    }

    @Test
    void aDayPresentHasMoreThanNoneAndAtMostTwelveHours() {
        assertEquals(new HourRules.Day(true, 390, null), day(true, 6.5, null));
        assertEquals(new HourRules.Day(true, 720, null), day(true, 12.0, null));
        assertEquals("hours", problem(true, 0.0, null));
        assertEquals("hours", problem(true, 12.25, null));
        assertEquals("hours", problem(true, null, null));
        assertEquals("absenceReason", problem(true, 4.0, "SICK"));
    }

    @Test
    void aDayAbsentHasAReasonAndNoHours() {
        assertEquals(new HourRules.Day(false, 0, "SICK"), day(false, null, "sick"));
        assertEquals(new HourRules.Day(false, 0, "UNNOTIFIED"), day(false, 0.0, "UNNOTIFIED"));
        assertEquals("hours", problem(false, 2.0, "SICK"));
        assertEquals("absenceReason", problem(false, null, null));
        assertEquals("absenceReason", problem(false, null, "HOLIDAY"));
        assertEquals("present", problem(null, 2.0, null));
    }

    @Test
    void theIsoWeekMayNotExceedTheKindsMaximum() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        assertEquals(LocalDate.of(2026, 3, 2), HourRules.weekStart(wednesday));
        assertEquals(LocalDate.of(2026, 3, 2), HourRules.weekStart(LocalDate.of(2026, 3, 8)));
        Map<LocalDate, Integer> recorded = Map.of(LocalDate.of(2026, 3, 2), 600, LocalDate.of(2026, 3, 3), 600,
                LocalDate.of(2026, 2, 27), 720, LocalDate.of(2026, 3, 9), 720);
        assertTrue(HourRules.weekWithin(recorded, wednesday, 600, 30));
        assertFalse(HourRules.weekWithin(recorded, wednesday, 601, 30));
        assertTrue(HourRules.weekWithin(recorded, LocalDate.of(2026, 3, 3), 1200, 30), "the day itself is replaced");
    }

    @Test
    void minutesShowAsHoursWithTwoDecimals() {
        assertEquals(6.5, HourRules.hours(390));
        assertEquals(0.33, HourRules.hours(20));
    }
}
