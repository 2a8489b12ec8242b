package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.employment.api.StepRule;

class StepModelTest {
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 31);

    @Test
    void theSurveysStepModelParses() {
        StepModel m = StepModel.parse("I:1-6,II:2-12,III");
        assertEquals(List.of(new StepRule("STEP_I", 1, 6), new StepRule("STEP_II", 2, 12),
                new StepRule("STEP_III", null, null)), m.rules());
        assertEquals("STEP_I", m.first());
        assertEquals("steg I 1-6 m\u00e5nader, steg II 2-12 m\u00e5nader, steg III individuellt",
                ConfiguredKind.scopeText(m));
    }

    @Test
    void openRangesSpacesAndLowerCaseAreAccepted() {
        StepModel m = StepModel.parse(" i : 2- , iii");
        assertEquals(List.of(new StepRule("STEP_I", 2, null), new StepRule("STEP_III", null, null)), m.rules());
        assertTrue(m.rule("STEP_II").isEmpty());
    }

    @Test
    void anEmptyTextIsNoStepModel() {
        assertTrue(StepModel.parse("").isEmpty());
        assertTrue(StepModel.parse(null).isEmpty());
        assertNull(StepModel.none().first());
    }

    @Test
    void malformedModelsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> StepModel.parse("IV:1-2"));
        assertThrows(IllegalArgumentException.class, () -> StepModel.parse("I:6-1"));
        assertThrows(IllegalArgumentException.class, () -> StepModel.parse("II,I"));
        assertThrows(IllegalArgumentException.class, () -> StepModel.parse("I,I"));
        assertThrows(IllegalArgumentException.class, () -> StepModel.parse("I:a-b"));
    }

    @Test
    void theMaximumIsReachedMonthsAfterTheStepBegan() {
        StepModel m = StepModel.parse("I:1-6,II:2-12,III");
        assertEquals(LocalDate.of(2026, 7, 31), m.maximumReached("STEP_I", SINCE));
        assertEquals(LocalDate.of(2027, 1, 31), m.maximumReached("STEP_II", SINCE));
        assertNull(m.maximumReached("STEP_III", SINCE));
    }

    @Test
    void movingOnBeforeTheMinimumIsEarlyButMovingBackIsNot() {
        StepModel m = StepModel.parse("I:1-6,II:2-12,III");
        assertTrue(m.isEarly("STEP_I", "STEP_II", SINCE, LocalDate.of(2026, 2, 27)));
        assertFalse(m.isEarly("STEP_I", "STEP_II", SINCE, LocalDate.of(2026, 2, 28)), "Jan 31 + 1 month = Feb 28");
        assertTrue(m.isEarly("STEP_II", "STEP_III", SINCE, SINCE.plusMonths(1)));
        assertFalse(m.isEarly("STEP_II", "STEP_I", SINCE, SINCE.plusDays(1)));
        assertFalse(m.isEarly("STEP_III", "STEP_II", SINCE, SINCE));
    }
}
