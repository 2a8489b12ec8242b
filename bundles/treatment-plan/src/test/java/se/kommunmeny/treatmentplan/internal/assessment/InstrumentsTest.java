package se.kommunmeny.treatmentplan.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;

class InstrumentsTest {
    private static final Instruments SHIPPED = Instruments.shipped();
    private static final List<String> AUDIT_LEVELS = List.of("NO_INDICATION", "HAZARDOUS", "HARMFUL",
            "PROBABLE_DEPENDENCE");
    private static final List<String> DUDIT_LEVELS = List.of("NO_INDICATION", "DRUG_RELATED_PROBLEMS",
            "PROBABLE_DEPENDENCE");
    private static final List<String> ASI_LEVELS = List.of("NO_PROBLEM", "SLIGHT", "MODERATE", "CONSIDERABLE",
            "EXTREME");

    /** Valid AUDIT or DUDIT answers that add up to {@code total}: the 0/2/4 items take the part over the others' maximum. */
    static List<Integer> sumAnswers(int items, int total) {
        int fullScale = items - 2;
        int tail = Math.min(8, Math.max(0, total - fullScale * 4));
        tail += tail % 2;
        List<Integer> answers = new ArrayList<>();
        int rest = total - tail;
        for (int i = 0; i < fullScale; i++) {
            int a = Math.min(4, rest);
            answers.add(a);
            rest -= a;
        }
        answers.add(Math.min(4, tail));
        answers.add(tail - Math.min(4, tail));
        if (rest != 0 || answers.stream().mapToInt(Integer::intValue).sum() != total) {
            throw new IllegalArgumentException("cannot make " + total + " from " + items + " items");
        }
        return answers;
    }

    static List<Integer> answersFor(String instrument, int score) {
        return switch (instrument) {
            case "AUDIT" -> sumAnswers(10, score);
            case "DUDIT" -> sumAnswers(11, score);
            default -> List.of(0, Math.max(0, score - 1), 0, score, Math.max(0, score - 2), 0, 0);
        };
    }

    private static List<FieldProblem> problems(String instrument, List<Integer> answers, String sex, int age) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SHIPPED.score(instrument, answers, sex, age));
        assertEquals(400, e.status());
        return e.fieldProblems();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    // --- boundaries -------------------------------------------------------------------------------------------

    /** One band: its expected cut-offs, as documented in the data file. */
    private static Stream<Arguments> band(String instrument, String sex, int minAge, int maxAge, List<String> levels,
            int... thresholds) {
        List<Arguments> cases = new ArrayList<>();
        for (int age : new int[] {minAge, maxAge}) {
            cases.add(Arguments.of(instrument, sex, age, 0, levels.get(0)));
            for (int t = 0; t < thresholds.length; t++) {
                cases.add(Arguments.of(instrument, sex, age, thresholds[t] - 1, levels.get(t)));
                cases.add(Arguments.of(instrument, sex, age, thresholds[t], levels.get(t + 1)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                band("AUDIT", "FEMALE", 12, 17, AUDIT_LEVELS, 4, 14, 18),
                band("AUDIT", "MALE", 12, 17, AUDIT_LEVELS, 5, 16, 20),
                band("AUDIT", "FEMALE", 18, 64, AUDIT_LEVELS, 6, 14, 18),
                band("AUDIT", "MALE", 18, 64, AUDIT_LEVELS, 8, 16, 20),
                band("AUDIT", "FEMALE", 65, 120, AUDIT_LEVELS, 5, 14, 18),
                band("AUDIT", "MALE", 65, 120, AUDIT_LEVELS, 7, 16, 20),
                band("DUDIT", "FEMALE", 12, 17, DUDIT_LEVELS, 2, 25),
                band("DUDIT", "MALE", 12, 17, DUDIT_LEVELS, 2, 25),
                band("DUDIT", "FEMALE", 18, 120, DUDIT_LEVELS, 2, 25),
                band("DUDIT", "MALE", 18, 120, DUDIT_LEVELS, 6, 25),
                band("ASI", "FEMALE", 12, 17, ASI_LEVELS, 2, 4, 6, 8),
                band("ASI", "MALE", 12, 17, ASI_LEVELS, 2, 4, 6, 8),
                band("ASI", "FEMALE", 18, 120, ASI_LEVELS, 2, 4, 6, 8),
                band("ASI", "MALE", 18, 120, ASI_LEVELS, 2, 4, 6, 8))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} {1} age {2}: score {3} is {4}")
    @MethodSource("boundaries")
    void everyCutOffIsMetAtItsThresholdAndNotOneBelow(String instrument, String sex, int age, int score, String level) {
        Scored scored = SHIPPED.score(instrument, answersFor(instrument, score), sex, age);
        assertEquals(score, scored.score());
        assertEquals(level, scored.level());
    }

    @Test
    void theTopScoresAreTheHighestLevel() {
        Scored audit = SHIPPED.score("AUDIT", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), "FEMALE", 40);
        assertEquals(40, audit.score());
        assertEquals("PROBABLE_DEPENDENCE", audit.level());
        Scored dudit = SHIPPED.score("DUDIT", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), "MALE", 40);
        assertEquals(44, dudit.score());
        assertEquals("PROBABLE_DEPENDENCE", dudit.level());
        Scored asi = SHIPPED.score("ASI", List.of(9, 9, 9, 9, 9, 9, 9), "MALE", 40);
        assertEquals(9, asi.score());
        assertEquals("EXTREME", asi.level());
    }

    @Test
    void everyLoadedRuleIsAppliedAtBothEndsOfItsBand() {
        List<CutOffRule> rules = SHIPPED.rules();
        assertEquals(14, rules.size());
        for (CutOffRule rule : rules) {
            for (int age : new int[] {rule.minAge(), rule.maxAge()}) {
                String instrument = rule.instrument().name();
                Scored none = SHIPPED.score(instrument, answersFor(instrument, 0), rule.sex(), age);
                assertEquals(rule.below(), none.level(), rule.describe());
                assertEquals(rule.describe(), none.cutOff());
                String previous = rule.below();
                for (CutOffRule.Threshold t : rule.thresholds()) {
                    assertEquals(previous, SHIPPED.score(instrument, answersFor(instrument, t.atLeast() - 1),
                            rule.sex(), age).level(), rule.describe() + " at " + (t.atLeast() - 1));
                    assertEquals(t.level(), SHIPPED.score(instrument, answersFor(instrument, t.atLeast()),
                            rule.sex(), age).level(), rule.describe() + " at " + t.atLeast());
                    previous = t.level();
                }
            }
        }
    }

    // --- scoring and result ----------------------------------------------------------------------------------

    @Test
    void auditAndDuditAddUpTheirAnswers() {
        Scored audit = SHIPPED.score("AUDIT", List.of(3, 2, 1, 0, 1, 0, 0, 1, 2, 4), "MALE", 30);
        assertEquals(new Scored("AUDIT", 14, "HAZARDOUS",
                "AUDIT men 18-64: hazardous >= 8, harmful >= 16, probable dependence >= 20", List.of()), audit);
        Scored dudit = SHIPPED.score("DUDIT", List.of(1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 0), "MALE", 30);
        assertEquals(new Scored("DUDIT", 5, "NO_INDICATION",
                "DUDIT men 18-120: drug related problems >= 6, probable dependence >= 25", List.of()), dudit);
        assertEquals("DRUG_RELATED_PROBLEMS",
                SHIPPED.score("DUDIT", List.of(1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 0), "FEMALE", 30).level());
    }

    @Test
    void asiTakesTheHighestRatingAndNamesTheDomains() {
        assertEquals(List.of("MEDICAL", "EMPLOYMENT_SUPPORT", "ALCOHOL", "DRUGS", "LEGAL", "FAMILY_SOCIAL",
                "PSYCHIATRIC"), Instruments.asiDomains());
        for (int domain = 0; domain < 7; domain++) {
            List<Integer> ratings = new ArrayList<>(Collections.nCopies(7, 3));
            ratings.set(domain, 7);
            Scored asi = SHIPPED.score("ASI", ratings, "FEMALE", 45);
            assertEquals(7, asi.score(), "highest in domain " + domain);
            assertEquals("CONSIDERABLE", asi.level());
            assertEquals(Instruments.asiDomains(), asi.domains());
        }
        assertEquals("ASI women 18-120: slight >= 2, moderate >= 4, considerable >= 6, extreme >= 8",
                SHIPPED.score("ASI", List.of(0, 0, 0, 0, 0, 0, 0), "FEMALE", 45).cutOff());
    }

    @Test
    void theRuleAppliedIsNamedWithItsGroupAndAges() {
        assertEquals("AUDIT women 18-64: hazardous >= 6, harmful >= 14, probable dependence >= 18",
                SHIPPED.score("AUDIT", sumAnswers(10, 0), "FEMALE", 18).cutOff());
        assertEquals("AUDIT girls 12-17: hazardous >= 4, harmful >= 14, probable dependence >= 18",
                SHIPPED.score("AUDIT", sumAnswers(10, 0), "FEMALE", 17).cutOff());
        assertEquals("AUDIT boys 12-17: hazardous >= 5, harmful >= 16, probable dependence >= 20",
                SHIPPED.score("AUDIT", sumAnswers(10, 0), "MALE", 12).cutOff());
        assertEquals("AUDIT men 65-120: hazardous >= 7, harmful >= 16, probable dependence >= 20",
                SHIPPED.score("AUDIT", sumAnswers(10, 0), "MALE", 65).cutOff());
        assertEquals("DUDIT boys 12-17: drug related problems >= 2, probable dependence >= 25",
                SHIPPED.score("DUDIT", sumAnswers(11, 0), "MALE", 16).cutOff());
    }

    @Test
    void instrumentAndSexAreReadIgnoringCaseAndBlanks() {
        Scored scored = SHIPPED.score("  audit ", sumAnswers(10, 6), " female", 30);
        assertEquals("AUDIT", scored.instrument());
        assertEquals("HAZARDOUS", scored.level());
        assertEquals("ASI", SHIPPED.score("Asi", List.of(0, 0, 0, 0, 0, 0, 0), "Male ", 30).instrument());
    }

    @Test
    void theResultCannotBeChangedAfterwards() {
        Scored asi = SHIPPED.score("ASI", List.of(0, 0, 0, 0, 0, 0, 0), "MALE", 30);
        assertThrows(UnsupportedOperationException.class, () -> asi.domains().add("OTHER"));
        assertEquals(List.of(), new Scored("AUDIT", 0, "NO_INDICATION", "x", null).domains());
    }

    @Test
    void shippedIsLoadedOnce() {
        assertTrue(Instruments.shipped() == Instruments.shipped());
    }

    // --- invalid input ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 11, 20})
    void auditNeedsExactlyTenAnswers(int count) {
        List<FieldProblem> problems = problems("AUDIT", Collections.nCopies(count, 0), "MALE", 30);
        assertEquals(List.of(new FieldProblem("answers", "must hold exactly 10 answers for AUDIT")), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 12})
    void duditNeedsExactlyElevenAnswers(int count) {
        List<FieldProblem> problems = problems("DUDIT", Collections.nCopies(count, 0), "MALE", 30);
        assertEquals(List.of(new FieldProblem("answers", "must hold exactly 11 answers for DUDIT")), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 8})
    void asiNeedsExactlySevenRatings(int count) {
        List<FieldProblem> problems = problems("ASI", Collections.nCopies(count, 0), "MALE", 30);
        assertEquals(List.of(new FieldProblem("answers", "must hold exactly 7 answers for ASI")), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, 100})
    void auditItemsOneToEightScoreZeroToFour(int value) {
        for (int item = 0; item < 8; item++) {
            List<Integer> answers = new ArrayList<>(Collections.nCopies(10, 0));
            answers.set(item, value);
            assertEquals(List.of(new FieldProblem("answers[" + item + "]", "must be between 0 and 4")),
                    problems("AUDIT", answers, "FEMALE", 30));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-2, 1, 3, 5})
    void auditItemsNineAndTenScoreOnlyZeroTwoOrFour(int value) {
        for (int item : new int[] {8, 9}) {
            List<Integer> answers = new ArrayList<>(Collections.nCopies(10, 0));
            answers.set(item, value);
            assertEquals(List.of(new FieldProblem("answers[" + item + "]", "must be 0, 2 or 4")),
                    problems("AUDIT", answers, "FEMALE", 30));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void auditItemsNineAndTenAcceptZeroTwoAndFour(int value) {
        Scored scored = SHIPPED.score("AUDIT", List.of(0, 0, 0, 0, 0, 0, 0, 0, value, value), "FEMALE", 30);
        assertEquals(2 * value, scored.score());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, -1})
    void duditItemsTenAndElevenScoreOnlyZeroTwoOrFour(int value) {
        for (int item : new int[] {9, 10}) {
            List<Integer> answers = new ArrayList<>(Collections.nCopies(11, 0));
            answers.set(item, value);
            assertEquals(List.of(new FieldProblem("answers[" + item + "]", "must be 0, 2 or 4")),
                    problems("DUDIT", answers, "MALE", 30));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void duditItemNineTakesOddValues(int value) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(11, 0));
        answers.set(8, value);
        assertEquals(value, SHIPPED.score("DUDIT", answers, "MALE", 30).score());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void duditItemsOneToNineScoreZeroToFour(int value) {
        for (int item = 0; item < 9; item++) {
            List<Integer> answers = new ArrayList<>(Collections.nCopies(11, 0));
            answers.set(item, value);
            assertEquals(List.of(new FieldProblem("answers[" + item + "]", "must be between 0 and 4")),
                    problems("DUDIT", answers, "MALE", 30));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void asiRatingsAreZeroToNine(int value) {
        for (int domain = 0; domain < 7; domain++) {
            List<Integer> ratings = new ArrayList<>(Collections.nCopies(7, 0));
            ratings.set(domain, value);
            assertEquals(List.of(new FieldProblem("answers[" + domain + "]", "must be between 0 and 9")),
                    problems("ASI", ratings, "MALE", 30));
        }
    }

    @Test
    void answersAndEachAnswerAreRequired() {
        assertEquals(List.of(new FieldProblem("answers", "is required")), problems("AUDIT", null, "MALE", 30));
        List<Integer> withGaps = Arrays.asList(0, null, 0, 0, 0, 0, 0, 0, 0, null);
        assertEquals(List.of(new FieldProblem("answers[1]", "is required"), new FieldProblem("answers[9]", "is required")),
                problems("AUDIT", withGaps, "MALE", 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAGE", "AUDIT-C", "ASI2", "DUDIT E"})
    void unknownInstrumentsAreRefused(String instrument) {
        assertEquals(List.of(new FieldProblem("instrument", "must be AUDIT, DUDIT or ASI")),
                problems(instrument, sumAnswers(10, 0), "MALE", 30));
    }

    @Test
    void instrumentIsRequired() {
        assertEquals(List.of(new FieldProblem("instrument", "is required")), problems(null, sumAnswers(10, 0), "MALE", 30));
        assertEquals(List.of(new FieldProblem("instrument", "is required")), problems("  ", sumAnswers(10, 0), "MALE", 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OTHER", "F", "W", "woman", "UNKNOWN"})
    void sexMustBeFemaleOrMale(String sex) {
        assertEquals(List.of(new FieldProblem("sex", "must be FEMALE or MALE")), problems("AUDIT", sumAnswers(10, 0), sex, 30));
    }

    @Test
    void sexIsRequired() {
        assertEquals(List.of(new FieldProblem("sex", "is required")), problems("AUDIT", sumAnswers(10, 0), null, 30));
        assertEquals(List.of(new FieldProblem("sex", "is required")), problems("AUDIT", sumAnswers(10, 0), "", 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 11, 121, 200})
    void ageMustBeTwelveToOneHundredTwenty(int age) {
        assertEquals(List.of(new FieldProblem("age", "must be between 12 and 120")),
                problems("DUDIT", sumAnswers(11, 0), "FEMALE", age));
    }

    @Test
    void theAgeLimitsThemselvesAreAccepted() {
        assertEquals("NO_INDICATION", SHIPPED.score("DUDIT", sumAnswers(11, 0), "FEMALE", 12).level());
        assertEquals("NO_INDICATION", SHIPPED.score("DUDIT", sumAnswers(11, 0), "FEMALE", 120).level());
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        List<Integer> answers = Arrays.asList(5, 0, null, 0, 0, 0, 0, 0, 3, 2, 7);
        List<FieldProblem> problems = problems("audit", answers, "X", 5);
        assertEquals(List.of(
                new FieldProblem("sex", "must be FEMALE or MALE"),
                new FieldProblem("age", "must be between 12 and 120"),
                new FieldProblem("answers", "must hold exactly 10 answers for AUDIT"),
                new FieldProblem("answers[0]", "must be between 0 and 4"),
                new FieldProblem("answers[2]", "is required"),
                new FieldProblem("answers[8]", "must be 0, 2 or 4")), problems);

        ValidationException e = assertThrows(ValidationException.class,
                () -> SHIPPED.score("PHQ-9", null, null, 130));
        assertEquals(List.of("instrument", "sex", "age", "answers"), fields(e.fieldProblems()));
        assertEquals("4 fields are invalid.", e.getMessage());
    }

    @Test
    void withAnUnknownInstrumentOnlyMissingAnswersAreReported() {
        List<FieldProblem> problems = problems("CAGE", Arrays.asList(1, null, 99), "MALE", 30);
        assertEquals(List.of(new FieldProblem("instrument", "must be AUDIT, DUDIT or ASI"),
                new FieldProblem("answers[1]", "is required")), problems);
    }
}
