package se.kommunmeny.treatmentplan.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

class TemplateCatalogTest {
    private static final Map<String, Integer> SHIPPED_WEEKS = Map.of("kbt-12", 12, "tolvsteg-16-24", 40,
            "cannabis-4-steg", 12, "vackarklockan", 22);
    private static final Set<String> SHIPPED = Set.of("kbt-12", "tolvsteg-16-24", "cannabis-4-steg", "vackarklockan",
            "olivia-faser", "dagbehandling-dk");

    private Set<String> templateFiles() throws IOException, URISyntaxException {
        URL dir = getClass().getResource("/templates");
        assertNotNull(dir, "templates are on the test class path");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private ProgrammeTemplate load(String file) {
        URL url = getClass().getResource("/templates/" + file);
        assertNotNull(url, file);
        Optional<ProgrammeTemplate> t = TemplateCatalog.read(url);
        assertTrue(t.isPresent(), file + " does not parse");
        return t.get();
    }

    private static int phaseWeeks(ProgrammeTemplate t) {
        return t.phases.stream().mapToInt(p -> {
            assertNotNull(p.weeks, t.id + ": phase " + p.name + " has no weeks");
            return p.weeks;
        }).sum();
    }

    @Test
    void theShippedTemplatesAreAllThere() throws Exception {
        Set<String> ids = templateFiles().stream().map(f -> f.substring(0, f.length() - ".json".length()))
                .collect(Collectors.toSet());
        assertTrue(ids.containsAll(SHIPPED), ids.toString());
    }

    @Test
    void everyTemplateIsValid() throws Exception {
        Set<String> files = templateFiles();
        assertFalse(files.isEmpty());
        for (String file : files) {
            ProgrammeTemplate t = load(file);
            assertNotNull(t.id, file);
            assertFalse(t.id.isBlank(), file);
            assertEquals(file.substring(0, file.length() - ".json".length()), t.id, "id must match the file name");
            assertNotNull(t.name, file);
            assertFalse(t.name.isBlank(), file);
            assertNotNull(t.type, file);
            ServiceType.valueOf(t.type);
            assertFalse(t.targetGroups.isEmpty(), file + ": a menu entry needs a target group");
            for (String g : t.targetGroups) {
                TargetGroup.valueOf(g);
            }
            assertFalse(t.phases.isEmpty(), file + " has no phases");
            for (ProgrammeTemplate.Phase p : t.phases) {
                assertNotNull(p.name, file + ": phase without name");
            }
            if (t.weeks != null) {
                assertEquals(t.weeks.intValue(), phaseWeeks(t), file + ": phase weeks must add up to weeks");
            }
            assertNotNull(t.description, file);
        }
    }

    @Test
    void shippedProgrammeLengths() {
        for (Map.Entry<String, Integer> e : SHIPPED_WEEKS.entrySet()) {
            ProgrammeTemplate t = load(e.getKey() + ".json");
            assertEquals(e.getValue(), t.weeks, e.getKey());
            assertEquals(e.getValue().intValue(), phaseWeeks(t), e.getKey());
        }
        ProgrammeTemplate olivia = load("olivia-faser.json");
        assertNull(olivia.weeks, "olivia-faser is open-ended");
        assertEquals(4, olivia.phases.size());
    }

    @Test
    void fieldsAreMapped() {
        ProgrammeTemplate t = load("tolvsteg-16-24.json");
        assertEquals("TREATING", t.type);
        assertEquals(List.of("ADULT_MEN", "ADULT_WOMEN"), t.targetGroups);
        assertTrue(t.capacitySharedWithAftercare);
        assertEquals(List.of("12-steg"), t.methods);
        assertEquals(List.of("Primärbehandling (16 v)", "Eftervård (24 v)"), t.phaseSummaries());
        assertTrue(t.description.scope.startsWith("16 veckor"), t.description.scope);
        assertFalse(load("kbt-12.json").capacitySharedWithAftercare);
        assertEquals("MAINTAINING", load("vackarklockan.json").type);
    }

    @Test
    void malformedJsonIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"id\": \"broken\", \"name\": ", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), TemplateCatalog.read(file.toUri().toURL()));
    }

    @Test
    void missingFileIsIgnored(@TempDir Path dir) throws IOException {
        assertEquals(Optional.empty(), TemplateCatalog.read(dir.resolve("absent.json").toUri().toURL()));
    }

    @Test
    void templateWithoutIdOrNameIsIgnored(@TempDir Path dir) throws IOException {
        Path noId = dir.resolve("no-id.json");
        Files.writeString(noId, "{\"name\": \"Nameless id\", \"type\": \"TREATING\", \"targetGroups\": [\"ADULT_MEN\"]}",
                StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), TemplateCatalog.read(noId.toUri().toURL()));

        Path noName = dir.resolve("no-name.json");
        Files.writeString(noName, "{\"id\": \"no-name\"}", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), TemplateCatalog.read(noName.toUri().toURL()));
    }

    @Test
    void minimalTemplateGetsDefaultsAndUnknownFieldsAreIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("minimal.json");
        Files.writeString(file, "{\"id\": \"minimal\", \"name\": \"Minimal\", \"targetGroups\": [\"ADULT_MEN\"], "
                + "\"futureField\": {\"x\": 1}}",
                StandardCharsets.UTF_8);
        ProgrammeTemplate t = TemplateCatalog.read(file.toUri().toURL()).orElseThrow();
        assertEquals("minimal", t.id);
        assertEquals("TREATING", t.type);
        assertNull(t.weeks);
        assertTrue(t.phases.isEmpty());
        assertEquals("", t.description.need);
    }

    @Test
    void catalogLooksTemplatesUp() {
        ProgrammeTemplate kbt = load("kbt-12.json");
        TemplateCatalog catalog = new TemplateCatalog(Map.of(kbt.id, kbt), null);
        assertEquals(Optional.of(kbt), catalog.get("kbt-12"));
        assertEquals(Optional.empty(), catalog.get("unknown"));
        assertEquals(Optional.empty(), catalog.get("../etc/passwd"));
        assertEquals(Set.of("kbt-12"), catalog.all().keySet());
    }

    @Test
    void aMunicipalityAddsAndOverridesTemplatesAsDataFiles(@TempDir Path etc) throws IOException {
        ProgrammeTemplate kbt = load("kbt-12.json");
        TemplateCatalog catalog = new TemplateCatalog(Map.of(kbt.id, kbt), etc);
        String own = "{\"id\": \"motivation-8\", \"name\": \"Motivationsgrupp\", \"type\": \"MOTIVATING_ADVISORY\","
                + " \"targetGroups\": [\"ADULT_MEN\", \"ADULT_WOMEN\"], \"weeks\": 8,"
                + " \"phases\": [{\"name\": \"Grupp\", \"weeks\": 8}],"
                + " \"sessions\": [{\"kind\": \"GROUP\", \"perWeek\": 1}],"
                + " \"documentsDue\": [{\"document\": \"CLOSING_REPORT\", \"week\": 8}]}";
        Files.writeString(etc.resolve("motivation-8.json"), own, StandardCharsets.UTF_8);
        ProgrammeTemplate found = catalog.get("motivation-8").orElseThrow();
        assertEquals("Motivationsgrupp", found.name);
        assertEquals(List.of("GROUP 1/week"), found.sessionSummaries());
        assertEquals(List.of("CLOSING_REPORT week 8"), found.documentSummaries());
        assertEquals(Set.of("kbt-12", "motivation-8"), catalog.all().keySet());
        // Read afresh: an edit takes effect at the next look-up.
        Files.writeString(etc.resolve("motivation-8.json"), own.replace("Motivationsgrupp", "Motivation"), StandardCharsets.UTF_8);
        assertEquals("Motivation", catalog.get("motivation-8").orElseThrow().name);
        // The municipality's own kbt-12 wins over the shipped one.
        String ownKbt = new String(getClass().getResourceAsStream("/templates/kbt-12.json").readAllBytes(), StandardCharsets.UTF_8)
                .replace("Behandlingsprogram enligt KBT, 12 veckor", "KBT hos oss");
        Files.writeString(etc.resolve("kbt-12.json"), ownKbt, StandardCharsets.UTF_8);
        assertEquals("KBT hos oss", catalog.get("kbt-12").orElseThrow().name);
        // A file whose id is not its name is not used.
        Files.writeString(etc.resolve("other.json"), own, StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), catalog.get("other"));
    }

    @Test
    void invalidTemplatesAreRefusedWithTheirProblems(@TempDir Path dir) throws IOException {
        ProgrammeTemplate t = new ProgrammeTemplate();
        t.id = "Bad Id";
        t.name = " ";
        t.type = "HEALING";
        t.targetGroups = List.of("TEENS");
        t.weeks = 10;
        ProgrammeTemplate.Phase phase = new ProgrammeTemplate.Phase();
        phase.name = "Fas";
        phase.weeks = 4;
        t.phases = List.of(phase);
        ProgrammeTemplate.Session session = new ProgrammeTemplate.Session();
        session.kind = "YOGA";
        t.sessions = List.of(session);
        ProgrammeTemplate.DocumentDue late = new ProgrammeTemplate.DocumentDue();
        late.document = "CLOSING_REPORT";
        late.week = 11;
        ProgrammeTemplate.DocumentDue twoWays = new ProgrammeTemplate.DocumentDue();
        twoWays.document = "MONTHLY_REPORT";
        twoWays.week = 4;
        twoWays.everyWeeks = 4;
        ProgrammeTemplate.DocumentDue unknown = new ProgrammeTemplate.DocumentDue();
        unknown.document = "POSTCARD";
        unknown.atEnd = true;
        t.documentsDue = List.of(late, twoWays, unknown);
        String problems = String.join("\n", t.problems());
        for (String expected : List.of("id must be", "name is required", "type 'HEALING'", "'TEENS'",
                "weeks is 10 but the phases add up to 4", "session kind 'YOGA'", "due in week 11",
                "MONTHLY_REPORT needs exactly one", "document 'POSTCARD'")) {
            assertTrue(problems.contains(expected), expected + " in\n" + problems);
        }
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"id\": \"bad\", \"name\": \"Bad\", \"targetGroups\": [\"ADULT_MEN\"], \"weeks\": 3}",
                StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), TemplateCatalog.read(file.toUri().toURL()), "weeks without phases that add up");
    }

    @Test
    void theDanishDayTreatmentReachesOutAsGuideline284Says() {
        ProgrammeTemplate t = load("dagbehandling-dk.json");
        assertEquals(List.of("SMS", "LETTER", "HOME_VISIT", "STREET", "CASE_OFFICER"),
                t.outreach.stream().map(s -> s.method).toList());
        assertTrue(t.description.content.contains("2.8.4"), t.description.content);
    }

    @Test
    void aMunicipalityConfiguresItsOwnOutreachLadder() {
        List<ProgrammeTemplate.OutreachStep> fallback = new ProgrammeTemplate().outreach;
        List<ProgrammeTemplate.OutreachStep> ladder = ConfiguredProgramme.outreach(
                new String[] {"sms:24, LETTER : 48", "HOME_VISIT:72"}, fallback, "p");
        assertEquals(List.of("SMS", "LETTER", "HOME_VISIT"), ladder.stream().map(s -> s.method).toList());
        assertEquals(List.of(24, 48, 72), ladder.stream().map(s -> s.withinHours).toList());
        assertSame(fallback, ConfiguredProgramme.outreach(new String[0], fallback, "p"));
        for (String bad : List.of("PIGEON:24", "SMS", "SMS:0", "SMS:721", "SMS:soon")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ConfiguredProgramme.outreach(new String[] {bad}, fallback, "p"), bad);
            assertTrue(e.getMessage().contains("METHOD:hours"), e.getMessage());
        }
    }
}
