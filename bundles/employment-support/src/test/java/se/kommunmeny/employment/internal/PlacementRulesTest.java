package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.employment.api.WorkPlan;

/** Age of the 18–25 places, work plan validation and storage, and user names. */
class PlacementRulesTest {
    private static final StepModel STEPS = StepModel.parse("I:1-6,II:2-12,III");

    private static String fields(ValidationException.Collector problems) {
        try {
            problems.throwIfAny();
            return "";
        } catch (ValidationException e) {
            return e.fieldProblems().stream().map(FieldProblem::field).collect(Collectors.joining(","));
        }
    }

    @Test
    void youngAdultsAreEighteenToTwentyFiveOnTheStartDay() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertFalse(Placements.isYoungAdult(born, LocalDate.of(2018, 6, 14)));
        assertTrue(Placements.isYoungAdult(born, LocalDate.of(2018, 6, 15)));
        assertTrue(Placements.isYoungAdult(born, LocalDate.of(2026, 6, 14)));
        assertFalse(Placements.isYoungAdult(born, LocalDate.of(2026, 6, 15)));
    }

    @Test
    void aWorkPlanGetsTheFirstStepOfAStepModel() {
        ValidationException.Collector problems = new ValidationException.Collector();
        assertEquals("STEP_I", WorkPlanRules.validate(new WorkPlan(List.of("Komma i tid"), 20, null, null), STEPS, 40,
                false, problems));
        assertEquals("STEP_II", WorkPlanRules.validate(new WorkPlan(List.of("x"), 20, "step_ii", null), STEPS, 40,
                false, problems));
        assertEquals("", fields(problems));
        assertNull(WorkPlanRules.validate(new WorkPlan(List.of("x"), 20, null, null), StepModel.none(), 40, false,
                problems));
    }

    @Test
    void workPlanProblemsAreCollectedPerField() {
        ValidationException.Collector problems = new ValidationException.Collector();
        WorkPlanRules.validate(new WorkPlan(List.of(), 41, "STEP_IV", List.of(" ")), STEPS, 40, false, problems);
        assertEquals("workPlan.goals,workPlan.tasks[0],workPlan.hoursPerWeek,workPlan.step", fields(problems));

        problems = new ValidationException.Collector();
        WorkPlanRules.validate(new WorkPlan(null, 0, "STEP_I", null), StepModel.none(), 40, true, problems);
        assertEquals("workPlan.hoursPerWeek,workPlan.step", fields(problems), "a light placement needs no goals");

        problems = new ValidationException.Collector();
        WorkPlanRules.validate(null, STEPS, 40, false, problems);
        assertEquals("workPlan", fields(problems));
    }

    @Test
    void aWorkPlanIsStoredAndReadBack() {
        WorkPlan plan = new WorkPlan(List.of(" Komma i tid ", "Ta ansvar \u00e5\u00e4\u00f6"), 25, "STEP_I",
                List.of("Snickeri"));
        WorkPlan back = WorkPlanRules.read(WorkPlanRules.store(plan), 25, "STEP_II");
        assertEquals(new WorkPlan(List.of("Komma i tid", "Ta ansvar \u00e5\u00e4\u00f6"), 25, "STEP_II",
                List.of("Snickeri")), back);
        assertEquals(new WorkPlan(List.of(), 10, null, List.of()),
                WorkPlanRules.read(WorkPlanRules.store(new WorkPlan(null, 10, null, null)), 10, null));
    }

    @Test
    void staffAreUserNames() {
        assertEquals(List.of("bo", "sven.h"), List.copyOf(Placements.userNames(Arrays.asList("bo", " sven.h ", "bo"))));
        assertTrue(Placements.userNames(List.of()).isEmpty());
        assertThrows(ValidationException.class, () -> Placements.userNames(null));
        assertThrows(ValidationException.class, () -> Placements.userNames(Arrays.asList("bo", "two words")));
    }
}
