package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.housing.api.StayDecision;
import se.kommunmeny.housing.api.WorkPlan;

/** Text limits, work plans and the planned end against the maximum stay. */
class ValidationRulesTest {
    private static final Rules SIX_MONTHS = new Rules(6, -1, -1, "", 30);

    private static List<FieldProblem> problems(ValidationException.Collector c) {
        try {
            c.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.fieldProblems();
        }
    }

    @Test
    void aBreachWithoutAConsequenceIsNoManagersDecision() {
        assertTrue(CaseRecords.isManagerDecision("EVICTION"));
        assertFalse(CaseRecords.isManagerDecision("WARNING"));
        assertFalse(CaseRecords.isManagerDecision(null));
    }

    @Test
    void codesAreCaseInsensitiveAndCheckedAgainstTheList() {
        var c = new ValidationException.Collector();
        assertEquals("WARNING", Texts.code(c, "consequence", "warning", CaseRecords.CONSEQUENCES, null));
        assertNull(Texts.code(c, "consequence", "SHAME", CaseRecords.CONSEQUENCES, null));
        assertEquals("NONE", Texts.code(c, "contract.type", null, Set.of("NONE"), "NONE"));
        assertEquals(1, problems(c).size());
        assertEquals("consequence", problems(c).get(0).field());
    }

    @Test
    void listItemsAreTrimmedAndBlankItemsRefused() {
        var c = new ValidationException.Collector();
        assertEquals(List.of("Nykterhet"), Texts.items(c, "conditions", List.of(" Nykterhet ", " ")));
        assertEquals("conditions[1]", problems(c).get(0).field());
    }

    @Test
    void tooManyItemsAreRefused() {
        var c = new ValidationException.Collector();
        Texts.items(c, "visitors", Collections.nCopies(Texts.MAX_ITEMS + 1, "x"));
        assertEquals("visitors", problems(c).get(0).field());
    }

    @Test
    void aWorkPlanTakesTheRulesIntervalWhenItHasNone() {
        var c = new ValidationException.Collector();
        WorkPlan p = WorkPlans.normalise(c, "workPlan", new WorkPlan(List.of("Eget kontrakt"), null,
                List.of("Nykterhet", "Daglig sysselsättning"), null), 14);
        assertTrue(c.isEmpty());
        assertEquals(14, p.followUpIntervalDays());
        assertEquals(List.of(), p.adlTraining());
        assertEquals(2, p.conditions().size());
        assertEquals(30, WorkPlans.normalise(c, "workPlan", null, 30).followUpIntervalDays());
    }

    @Test
    void aWorkPlanIntervalMustBeReasonable() {
        var c = new ValidationException.Collector();
        WorkPlans.normalise(c, "workPlan", new WorkPlan(null, null, null, 0), 30);
        assertEquals("workPlan.followUpIntervalDays", problems(c).get(0).field());
    }

    @Test
    void withAMaximumStayAndNoPlannedEndThePlannedEndIsTheMaximum() {
        var c = new ValidationException.Collector();
        assertEquals(LocalDate.of(2025, 7, 14), Placements.plannedEnd(c, "plannedEndDate", LocalDate.of(2025, 1, 15),
                null, SIX_MONTHS, null));
        assertTrue(c.isEmpty());
    }

    @Test
    void aPlannedEndBeyondTheMaximumNeedsADecision() {
        var c = new ValidationException.Collector();
        Placements.plannedEnd(c, "plannedEndDate", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 15), SIX_MONTHS,
                null);
        assertEquals("plannedEndDate", problems(c).get(0).field());
        var decided = new ValidationException.Collector();
        assertEquals(LocalDate.of(2025, 9, 1), Placements.plannedEnd(decided, "plannedEndDate",
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 9, 1), SIX_MONTHS,
                new StayDecision("anna", "2025-01-10", "Väntar på träningslägenhet")));
        assertTrue(decided.isEmpty());
    }

    @Test
    void withoutAMaximumThereIsNoPlannedEndUnlessAsked() {
        var c = new ValidationException.Collector();
        assertNull(Placements.plannedEnd(c, "plannedEndDate", LocalDate.of(2025, 1, 15), null, Rules.NONE, null));
    }

    @Test
    void aStayDecisionNeedsWhoWhenAndWhy() {
        var c = new ValidationException.Collector();
        Placements.decision(c, "decision", new StayDecision(" ", "2025-13-01", null), true);
        assertEquals(List.of("decision.decidedBy", "decision.decidedOn", "decision.reason"),
                problems(c).stream().map(FieldProblem::field).toList());
        var missing = new ValidationException.Collector();
        assertNull(Placements.decision(missing, "decision", null, true));
        assertFalse(missing.isEmpty());
    }

    @Test
    void aStayDecisionCannotBeDatedInTheFuture() {
        var c = new ValidationException.Collector();
        Placements.decision(c, "stayDecision", new StayDecision("anna", DateFields.today().plusDays(1).toString(), "x"),
                false);
        assertEquals("stayDecision.decidedOn", problems(c).get(0).field());
    }

    @Test
    void aUnitsRuleOverridesTheKindsOnlyWhereSet() {
        Rules kind = new Rules(6, 12, 24, "dagtid", 30);
        Rules effective = kind.overriddenBy(null, -1, null, "dygnet runt");
        assertEquals(new Rules(6, -1, 24, "dygnet runt", 30), effective);
        assertEquals(kind, kind.of(null));
    }

    @Test
    void storedListsRoundTripAndOversizedOnesAreRefused() {
        var c = new ValidationException.Collector();
        String json = Json.bounded(c, "visitors", List.of("Anna", "Bo"));
        assertEquals(List.of("Anna", "Bo"), Json.strings(json));
        Json.bounded(c, "note", "x".repeat(Json.MAX_STORED));
        assertEquals("note", problems(c).get(0).field());
        assertThrows(IllegalStateException.class, () -> Json.strings("{"));
    }
}
