package se.kommunmeny.supportgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.QuestionnaireSummary.QuestionAverage;
import se.kommunmeny.supportgroups.api.StatisticsView;

class FiguresTest {

    private static List<GroupTemplate.Question> questions() {
        List<GroupTemplate.Question> qs = new ArrayList<>();
        for (String id : List.of("trygg", "intefel")) {
            GroupTemplate.Question q = new GroupTemplate.Question();
            q.id = id;
            q.text = "Fråga " + id;
            qs.add(q);
        }
        return qs;
    }

    @Test
    void completedIsTwoThirdsOfTheMeetingsHeld() {
        assertTrue(Participation.completed(10, 15));
        assertFalse(Participation.completed(9, 15));
        assertTrue(Participation.completed(2, 3));
        assertFalse(Participation.completed(0, 0));
        assertEquals(0.667, Participation.rate(2, 3));
        assertNull(Participation.rate(0, 0));
    }

    @Test
    void questionnaireAnswersAreCheckedAndAveraged() {
        ValidationException.Collector p = new ValidationException.Collector();
        Questionnaires.check(p, Map.of("trygg", 6, "okand", 3), questions());
        Questionnaires.check(p, Map.of(), questions());
        try {
            p.throwIfAny();
        } catch (ValidationException e) {
            assertEquals(3, e.fieldProblems().size());
            assertTrue(e.fieldProblems().stream().map(FieldProblem::field).toList().contains("answers"));
        }
        List<QuestionAverage> avg = Questionnaires.averages(questions(),
                List.of(Map.of("trygg", 5, "intefel", 4), Map.of("trygg", 4), Map.of("trygg", 4)));
        assertEquals(new QuestionAverage("trygg", "Fråga trygg", 3, 4.333), avg.get(0));
        assertEquals(new QuestionAverage("intefel", "Fråga intefel", 1, 4.0), avg.get(1));
        assertNull(Questionnaires.averages(questions(), List.of()).get(0).average());
    }

    @Test
    void aProgrammeTallySumsItsCohortsWithoutIdentities() {
        ProgrammeTally tally = new ProgrammeTally("dropp", "Dropp", questions());
        tally.add(new ProgrammeTally.Cohort(15, 2, 3, 1, Map.of("1982", 1), 4, 60, 1, 2), Map.of("1982", "Köping"),
                List.of(Map.of("trygg", 5)));
        tally.add(new ProgrammeTally.Cohort(5, 1, 0, 2, Map.of("1982", 2), 1, 10, 0, 0), Map.of("1982", "Köping"),
                List.of(Map.of("trygg", 3, "intefel", 4)));
        StatisticsView.ProgrammeFigures f = tally.figures();
        assertEquals(2, f.cohorts());
        assertEquals(20, f.meetingsHeld());
        assertEquals(9, f.participants());
        assertEquals(3, f.registered());
        assertEquals(3, f.anonymous());
        assertEquals(3, f.partner());
        assertEquals(List.of(new StatisticsView.PartnerCount("1982", "Köping", 3)), f.byPartner());
        assertEquals(5, f.completed());
        assertEquals(Participation.rate(70, 6 * 15 + 3 * 5), f.averageAttendanceRate());
        assertEquals(1, f.withdrawals());
        assertEquals(2, f.waiting());
        assertEquals(2, f.questionnaires());
        assertEquals(4.0, f.questionnaireAverages().get(0).average());
    }

    @Test
    void anEmptyProgrammeHasZerosAndNoRate() {
        StatisticsView.ProgrammeFigures f = new ProgrammeTally("tapp", "TAPP", questions()).figures();
        assertEquals(0, f.cohorts());
        assertNull(f.averageAttendanceRate());
        assertEquals(0, f.questionnaireAverages().get(0).answers());
    }
}
