package se.kommunmeny.core.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text in a date field gives a date (which reads back the same from its {@code yyyy-mm-dd} form), the fallback
 * for blank text, or {@code null} with the field problem "must be a date written yyyy-mm-dd" — never an exception
 * out of the parser; the problems surface as the documented {@link ValidationException}.
 */
class DateFieldsFuzzTest {
    private static final LocalDate FALLBACK = LocalDate.of(2000, 1, 1);

    @FuzzTest(maxDuration = "30s")
    void parseGivesADateOrAFieldProblem(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate day = DateFields.parse(problems, "day", text, FALLBACK);
        if (text.isBlank()) {
            assertEquals(FALLBACK, day);
            assertTrue(problems.isEmpty());
        } else if (day == null) {
            ValidationException e = assertThrows(ValidationException.class, problems::throwIfAny);
            assertEquals(new FieldProblem("day", DateFields.MALFORMED), e.fieldProblems().get(0));
        } else {
            assertTrue(problems.isEmpty());
            assertEquals(day, DateFields.parse(problems, "day", day.toString(), null));
        }
        ValidationException.Collector past = new ValidationException.Collector();
        LocalDate passed = DateFields.pastDay(past, "day", text, LocalDate.of(2026, 11, 22), FALLBACK, "the start");
        if (passed == null) {
            assertThrows(ValidationException.class, past::throwIfAny);
        } else {
            assertEquals(day, passed, "pastDay reads the text as parse does");
        }
    }
}
