package se.kommunmeny.core.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The words every offering answers a bad date with: integrators and the tests read them. */
class DateFieldsTest {

    private static List<FieldProblem> problems(ValidationException.Collector c) {
        return c.isEmpty() ? List.of() : assertThrows(ValidationException.class, c::throwIfAny).fieldProblems();
    }

    private static String fields(ValidationException.Collector c) {
        return problems(c).stream().map(FieldProblem::field).collect(Collectors.joining(","));
    }

    @Test
    void datesAreYearMonthDay() {
        var c = new ValidationException.Collector();
        assertEquals(LocalDate.of(2025, 2, 28), DateFields.parse(c, "d", " 2025-02-28 ", null));
        assertNull(DateFields.parse(c, "startDate", "2025-02-30", null));
        assertNull(DateFields.parse(c, "endedOn", "28/2/2025", null));
        assertEquals("startDate,endedOn", fields(c));
        assertEquals("must be a date written yyyy-mm-dd", problems(c).get(0).message());
    }

    @Test
    void anEmptyDateTakesTheFallback() {
        var c = new ValidationException.Collector();
        LocalDate fallback = LocalDate.of(2020, 1, 1);
        assertEquals(fallback, DateFields.parse(c, "d", " ", fallback));
        assertEquals(fallback, DateFields.parse(c, "d", null, fallback));
        assertEquals(fallback, DateFields.notFuture(c, "d", "", fallback));
        assertTrue(c.isEmpty());
    }

    @Test
    void aDayThatHasNotComeIsRefused() {
        var c = new ValidationException.Collector();
        assertEquals(DateFields.today(), DateFields.notFuture(c, "ok", DateFields.today().toString(), null));
        assertNull(DateFields.notFuture(c, "malformed", "28/2", null));
        DateFields.notFuture(c, "heldOn", DateFields.today().plusDays(1).toString(), null);
        assertEquals("malformed,heldOn", fields(c));
        assertEquals("cannot be in the future", problems(c).get(1).message());
    }

    @Test
    void aPastDayIsRequiredNotInTheFutureAndNotBeforeTheStart() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        LocalDate start = LocalDate.of(2025, 5, 1);
        var ok = new ValidationException.Collector();
        assertEquals(start, DateFields.pastDay(ok, "visitedOn", "2025-05-01", today, start, "the start"));
        assertEquals(today, DateFields.pastDay(ok, "visitedOn", "2025-06-01", today, null, null));
        assertTrue(ok.isEmpty());
        var future = new ValidationException.Collector();
        DateFields.pastDay(future, "visitedOn", "2025-06-02", today, start, "the start");
        assertEquals("cannot be in the future", problems(future).get(0).message());
        var early = new ValidationException.Collector();
        DateFields.pastDay(early, "visitedOn", "2025-04-30", today, start, "the start");
        assertEquals("is before the start (2025-05-01)", problems(early).get(0).message());
        var missing = new ValidationException.Collector();
        assertNull(DateFields.pastDay(missing, "visitedOn", null, today, start, "the start"));
        assertEquals("is required", problems(missing).get(0).message());
        var malformed = new ValidationException.Collector();
        assertNull(DateFields.pastDay(malformed, "visitedOn", "2025-13-01", today, start, "the start"));
        assertEquals(List.of(new FieldProblem("visitedOn", DateFields.MALFORMED)), problems(malformed));
    }

    /** Found by the fuzzing run: a plan starting +999999999-12-31 failed at insert in PostgreSQL (a 500). */
    @org.junit.jupiter.api.Test
    void datesBeyondFourDigitYearsAreMalformed() {
        ValidationException.Collector problems = new ValidationException.Collector();
        org.junit.jupiter.api.Assertions.assertNull(DateFields.parse(problems, "startDate", "+999999999-12-31", null));
        org.junit.jupiter.api.Assertions.assertNull(DateFields.parse(problems, "startDate", "-0001-01-01", null));
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(9999, 12, 31),
                DateFields.parse(problems, "endDate", "9999-12-31", null));
        org.junit.jupiter.api.Assertions.assertFalse(problems.isEmpty());
    }
}
