package se.kommunmeny.treatmentplan.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The cut-off data file: the shipped one validates, broken ones are refused with every problem named. */
class AssessmentCutOffsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode shippedJson() throws IOException {
        try (InputStream in = AssessmentCutOffsTest.class.getResourceAsStream("/assessment/cutoffs.json")) {
            assertNotNull(in, "the cut-offs are on the class path");
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ArrayNode rules(ObjectNode file) {
        return (ArrayNode) file.get("rules");
    }

    private static ObjectNode rule(ObjectNode file, int i) {
        return (ObjectNode) rules(file).get(i);
    }

    /** The index of the shipped rule for this instrument, sex and minAge, so that edits do not depend on file order. */
    private static int indexOf(ObjectNode file, String instrument, String sex, int minAge) {
        for (int i = 0; i < rules(file).size(); i++) {
            ObjectNode r = rule(file, i);
            if (r.get("instrument").asText().equals(instrument) && r.get("sex").asText().equals(sex)
                    && r.get("minAge").asInt() == minAge) {
                return i;
            }
        }
        throw new AssertionError("no shipped rule " + instrument + " " + sex + " from " + minAge);
    }

    private static Instruments read(String json) {
        return Instruments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static Instruments edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode file = shippedJson();
        edit.accept(file);
        return read(JSON.writeValueAsString(file));
    }

    /** The problems of the shipped file after this edit; fails if the edited file is accepted. */
    private static List<String> refused(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode file = shippedJson();
        edit.accept(file);
        String json = JSON.writeValueAsString(file);
        InvalidCutOffsException e = assertThrows(InvalidCutOffsException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("The assessment cut-offs test.json are refused: "), e.getMessage());
        for (String problem : e.problems()) {
            assertTrue(e.getMessage().contains(problem), problem);
        }
        return e.problems();
    }

    @Test
    void theShippedFileLoadsAndValidates() throws IOException {
        Instruments shipped = Instruments.shipped();
        List<CutOffRule> rules = shipped.rules();
        assertEquals(rules(shippedJson()).size(), rules.size(), "every rule of the file is in force");
        for (CutOffRule rule : rules) {
            assertFalse(rule.source().isBlank(), rule.name());
        }
        Set<String> groups = rules.stream().map(r -> r.instrument() + " " + r.sex()).collect(Collectors.toSet());
        assertEquals(Set.of("AUDIT FEMALE", "AUDIT MALE", "DUDIT FEMALE", "DUDIT MALE", "ASI FEMALE", "ASI MALE"), groups);
        // Every age of every group is interpreted by exactly the one rule that covers it.
        for (Instrument instrument : Instrument.values()) {
            for (String sex : List.of("FEMALE", "MALE")) {
                for (int age = 12; age <= 120; age++) {
                    int a = age;
                    List<CutOffRule> covering = rules.stream().filter(r -> r.instrument() == instrument
                            && r.sex().equals(sex) && r.covers(a)).toList();
                    assertEquals(1, covering.size(), instrument + " " + sex + " " + age);
                    Scored scored = shipped.score(instrument.name(), InstrumentsTest.answersFor(instrument.name(), 0),
                            sex, age);
                    assertEquals(covering.get(0).describe(), scored.cutOff());
                }
            }
        }
    }

    @Test
    void configurableChoicesSaySo() {
        for (CutOffRule rule : Instruments.shipped().rules()) {
            boolean ownChoice = rule.instrument() != Instrument.ASI && (rule.maxAge() < 18 || rule.minAge() >= 65);
            if (ownChoice) {
                assertTrue(rule.source().contains("Configurable choice of the municipality"), rule.name());
            }
        }
    }

    @Test
    void theScoresAreInterpretedByTheData() throws IOException {
        int adultWomen = indexOf(shippedJson(), "AUDIT", "FEMALE", 18);
        Instruments stricter = edited(f -> ((ObjectNode) rule(f, adultWomen).get("thresholds").get(0)).put("atLeast", 7));
        List<Integer> six = InstrumentsTest.sumAnswers(10, 6);
        assertEquals("NO_INDICATION", stricter.score("AUDIT", six, "FEMALE", 30).level());
        assertEquals("HAZARDOUS", Instruments.shipped().score("AUDIT", six, "FEMALE", 30).level());
        assertTrue(stricter.score("AUDIT", six, "FEMALE", 30).cutOff().contains("hazardous >= 7"));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Instruments withNotes = edited(f -> rule(f, 0).put("note", "reviewed 2025"));
        assertEquals(14, withNotes.rules().size());
    }

    @Test
    void aGapIsRefused() throws IOException {
        int i = indexOf(shippedJson(), "AUDIT", "FEMALE", 18);
        assertEquals(List.of("AUDIT FEMALE: no rule for age 18"), refused(f -> rule(f, i).put("minAge", 19)));
        int j = indexOf(shippedJson(), "DUDIT", "MALE", 18);
        assertEquals(List.of("DUDIT MALE: no rule for ages 18-29"), refused(f -> rule(f, j).put("minAge", 30)));
    }

    @Test
    void agesNotCoveredAtEitherEndAreRefused() throws IOException {
        int young = indexOf(shippedJson(), "AUDIT", "MALE", 12);
        assertEquals(List.of("AUDIT MALE: no rule for ages 12-13"), refused(f -> rule(f, young).put("minAge", 14)));
        int old = indexOf(shippedJson(), "ASI", "FEMALE", 18);
        assertEquals(List.of("ASI FEMALE: no rule for ages 101-120"), refused(f -> rule(f, old).put("maxAge", 100)));
    }

    @Test
    void aMissingGroupIsRefused() throws IOException {
        List<String> problems = refused(f -> {
            ArrayNode rules = rules(f);
            for (int i = rules.size() - 1; i >= 0; i--) {
                if (rules.get(i).get("instrument").asText().equals("ASI") && rules.get(i).get("sex").asText().equals("MALE")) {
                    rules.remove(i);
                }
            }
        });
        assertEquals(List.of("ASI MALE: no rule for ages 12-120"), problems);
    }

    @Test
    void anOverlapIsRefused() throws IOException {
        ObjectNode file = shippedJson();
        int adults = indexOf(file, "AUDIT", "FEMALE", 18);
        int older = indexOf(file, "AUDIT", "FEMALE", 65);
        assertEquals(List.of("AUDIT FEMALE: rules[" + adults + "] (AUDIT women 18-64) and rules[" + older
                + "] (AUDIT women 60-120) overlap at ages 60-64"), refused(f -> rule(f, older).put("minAge", 60)));
        assertEquals(List.of("AUDIT FEMALE: rules[" + adults + "] (AUDIT women 18-64) and rules[" + older
                + "] (AUDIT women 64-120) overlap at age 64"), refused(f -> rule(f, older).put("minAge", 64)));
    }

    @Test
    void aDuplicatedRuleIsAnOverlap() throws IOException {
        List<String> problems = refused(f -> rules(f).add(rule(f, indexOf(f, "DUDIT", "FEMALE", 12)).deepCopy()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("DUDIT FEMALE: "), problems.get(0));
        assertTrue(problems.get(0).endsWith("overlap at ages 12-17"), problems.get(0));
    }

    @Test
    void descendingThresholdsAreRefused() throws IOException {
        int i = indexOf(shippedJson(), "AUDIT", "MALE", 18);
        List<String> problems = refused(f -> ((ObjectNode) rule(f, i).get("thresholds").get(2)).put("atLeast", 10));
        assertEquals(List.of("rules[" + i + "]: thresholds must ascend, but probable dependence >= 10 follows harmful >= 16"),
                problems);
    }

    @Test
    void equalThresholdsAreRefused() throws IOException {
        int i = indexOf(shippedJson(), "DUDIT", "FEMALE", 18);
        List<String> problems = refused(f -> ((ObjectNode) rule(f, i).get("thresholds").get(1)).put("atLeast", 2));
        assertEquals(List.of("rules[" + i + "]: thresholds must ascend, but probable dependence >= 2 follows "
                + "drug related problems >= 2"), problems);
    }

    @Test
    void thresholdsOutsideTheScoreRangeAreRefused() throws IOException {
        int audit = indexOf(shippedJson(), "AUDIT", "MALE", 65);
        assertEquals(List.of("rules[" + audit + "].thresholds[2].atLeast must be between 1 and 40 for AUDIT"),
                refused(f -> ((ObjectNode) rule(f, audit).get("thresholds").get(2)).put("atLeast", 41)));
        int asi = indexOf(shippedJson(), "ASI", "MALE", 18);
        assertEquals(List.of("rules[" + asi + "].thresholds[3].atLeast must be between 1 and 9 for ASI"),
                refused(f -> ((ObjectNode) rule(f, asi).get("thresholds").get(3)).put("atLeast", 10)));
        int dudit = indexOf(shippedJson(), "DUDIT", "MALE", 12);
        assertEquals(List.of("rules[" + dudit + "].thresholds[0].atLeast must be between 1 and 44 for DUDIT"),
                refused(f -> ((ObjectNode) rule(f, dudit).get("thresholds").get(0)).put("atLeast", 0)));
    }

    @Test
    void levelsMustBeTheSameInEveryRuleOfAnInstrument() throws IOException {
        ObjectNode file = shippedJson();
        int first = indexOf(file, "AUDIT", "FEMALE", 12);
        int renamed = indexOf(file, "AUDIT", "MALE", 65);
        List<String> problems = refused(f -> ((ObjectNode) rule(f, renamed).get("thresholds").get(1)).put("level", "RISKY"));
        assertEquals(List.of("rules[" + renamed + "] (AUDIT men 65-120): levels [NO_INDICATION, HAZARDOUS, RISKY, "
                + "PROBABLE_DEPENDENCE] differ from [NO_INDICATION, HAZARDOUS, HARMFUL, PROBABLE_DEPENDENCE] in rules["
                + first + "] (AUDIT girls 12-17)"), problems);
    }

    @Test
    void aLevelMayNotRepeat() throws IOException {
        int i = indexOf(shippedJson(), "ASI", "FEMALE", 12);
        List<String> problems = refused(f -> ((ObjectNode) rule(f, i).get("thresholds").get(0)).put("level", "NO_PROBLEM"));
        assertTrue(problems.contains("rules[" + i + "].thresholds[0]: level NO_PROBLEM appears more than once"),
                problems.toString());
    }

    @Test
    void incompleteRulesAreRefusedWithEachMissingField() throws IOException {
        int i = indexOf(shippedJson(), "DUDIT", "FEMALE", 18);
        List<String> problems = refused(f -> {
            ObjectNode r = rule(f, i);
            r.remove("below");
            r.put("source", " ");
            ((ArrayNode) r.get("thresholds")).addObject().put("level", "EXTRA");
        });
        assertEquals(List.of("rules[" + i + "].below is required", "rules[" + i + "].source is required",
                "rules[" + i + "].thresholds[2] needs a level and atLeast"), problems);
        assertEquals(List.of("rules[" + i + "].thresholds are required"),
                refused(f -> rule(f, i).putArray("thresholds")));
    }

    @Test
    void badInstrumentSexAndAgesAreRefused() throws IOException {
        ObjectNode file = shippedJson();
        int audit = indexOf(file, "AUDIT", "FEMALE", 65);
        int dudit = indexOf(file, "DUDIT", "MALE", 12);
        int asi = indexOf(file, "ASI", "MALE", 18);
        List<String> problems = refused(f -> {
            rule(f, audit).put("instrument", "audit");
            rule(f, dudit).put("sex", "BOY");
            rule(f, asi).put("minAge", 130);
        });
        // The faulty rules are named, and the ages they no longer cover too.
        assertEquals(List.of(
                "rules[" + audit + "].instrument must be AUDIT, DUDIT or ASI",
                "rules[" + dudit + "].sex must be FEMALE or MALE",
                "rules[" + asi + "]: ages 130-120 must lie within 12-120 with minAge <= maxAge",
                "AUDIT FEMALE: no rule for ages 65-120",
                "DUDIT MALE: no rule for ages 12-17",
                "ASI MALE: no rule for ages 18-120"), problems);
        int girls = indexOf(file, "AUDIT", "FEMALE", 12);
        assertEquals(List.of("rules[" + girls + "]: ages 10-17 must lie within 12-120 with minAge <= maxAge",
                "AUDIT FEMALE: no rule for ages 12-17"), refused(f -> rule(f, girls).put("minAge", 10)));
        assertEquals(List.of("rules[" + girls + "]: minAge and maxAge are required",
                "AUDIT FEMALE: no rule for ages 12-17"), refused(f -> rule(f, girls).remove("maxAge")));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        ObjectNode file = shippedJson();
        int gap = indexOf(file, "AUDIT", "FEMALE", 18);
        int descending = indexOf(file, "DUDIT", "MALE", 18);
        int overlap = indexOf(file, "ASI", "FEMALE", 18);
        List<String> problems = refused(f -> {
            rule(f, gap).put("minAge", 20);
            ((ObjectNode) rule(f, descending).get("thresholds").get(1)).put("atLeast", 6);
            rule(f, overlap).put("minAge", 17);
        });
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.contains("AUDIT FEMALE: no rule for ages 18-19"), problems.toString());
        assertTrue(problems.contains("rules[" + descending + "]: thresholds must ascend, but probable dependence >= 6 "
                + "follows drug related problems >= 6"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("ASI FEMALE: ") && p.endsWith("overlap at age 17")),
                problems.toString());
    }

    @Test
    void unreadableOrEmptyDataIsRefused() {
        InvalidCutOffsException broken = assertThrows(InvalidCutOffsException.class, () -> read("{\"rules\": [ {\"instrument\": "));
        assertEquals(1, broken.problems().size());
        assertTrue(broken.problems().get(0).startsWith("cannot be read: "), broken.problems().get(0));
        InvalidCutOffsException wrongType = assertThrows(InvalidCutOffsException.class,
                () -> read("{\"rules\": [{\"instrument\": \"ASI\", \"minAge\": \"twelve\"}]}"));
        assertTrue(wrongType.problems().get(0).startsWith("cannot be read: "), wrongType.problems().get(0));
        for (String empty : List.of("{}", "{\"rules\": []}", "null")) {
            InvalidCutOffsException e = assertThrows(InvalidCutOffsException.class, () -> read(empty), empty);
            assertEquals(List.of("rules are required"), e.problems(), empty);
        }
        InvalidCutOffsException nullRule = assertThrows(InvalidCutOffsException.class, () -> read("{\"rules\": [null]}"));
        assertTrue(nullRule.problems().contains("rules[0] is empty"), nullRule.problems().toString());
    }
}
