package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_MEN;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;

class OverviewCsvTest {

    private static Overview overview(PlatformState... states) {
        return OverviewBuilder.build("L\u00e4nsbild", Instant.parse("2026-11-22T18:05:00Z"), List.of(states));
    }

    @Test
    void oneLinePerMunicipalityRowAndColumn() {
        String csv = OverviewCsv.render(overview(Fixtures.answered("arboga", Fixtures.menu("arboga.json")),
                Fixtures.answered("vasteras", Fixtures.menu("vasteras.json"))), Language.SV);
        String[] lines = csv.split("\r\n");
        assertEquals("municipality_code;municipality;row;column;count;services", lines[0]);
        assertEquals(1 + 2 * 36, lines.length);
        assertTrue(csv.contains("1984;Arboga;Behandlande;Vuxna \u2013 M\u00e4n;1;Prim\u00e4rbehandling\r\n"), csv);
        assertTrue(csv.contains("1984;Arboga;Annat;Vuxna \u2013 Kvinnor;1;AA *\r\n"), "anonymous marked *");
        assertTrue(csv.contains("1984;Arboga;Arbetsst\u00f6d;Unga vuxna \u2013 M\u00e4n;0;\r\n"), "empty cells too");
        String en = OverviewCsv.render(overview(Fixtures.answered("arboga", Fixtures.menu("arboga.json"))),
                Language.EN);
        assertTrue(en.contains("1984;Arboga;Treating;Relatives \u2013 Children;1;Dropp\r\n"), en);
    }

    @Test
    void servicesAreJoinedAndDistrictsNamed() {
        String csv = OverviewCsv.render(overview(Fixtures.answered("skultuna", Fixtures.menu("skultuna.json")),
                Fixtures.answered("vasteras", Fixtures.menu("vasteras.json"))), Language.SV);
        assertTrue(csv.contains(";Bostadsst\u00f6d;Vuxna \u2013 M\u00e4n;1;Boendest\u00f6d (Skultuna)\r\n"), csv);
        PlatformMenu two = Fixtures.menu("1917", "Heby", Fixtures.entry("Samtal", ServiceType.TREATING,
                Set.of(ADULT_MEN)), Fixtures.entry("Grupp", ServiceType.TREATING, Set.of(ADULT_MEN)));
        assertTrue(OverviewCsv.render(overview(Fixtures.answered("heby", two)), Language.SV)
                .contains(";2;Samtal | Grupp\r\n"));
    }

    @Test
    void quotedWhereNeededAndSafeAgainstFormulas() {
        assertEquals("Samtal", OverviewCsv.cell("Samtal"));
        assertEquals("\"Samtal; grupp\"", OverviewCsv.cell("Samtal; grupp"));
        assertEquals("\"Samtal, grupp\"", OverviewCsv.cell("Samtal, grupp"));
        assertEquals("\"\u201dGruppen\u201d \"\"ny\"\"\"", OverviewCsv.cell("\u201dGruppen\u201d \"ny\""));
        assertEquals("\"rad1\nrad2\"", OverviewCsv.cell("rad1\nrad2"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"", OverviewCsv.cell("=HYPERLINK(\"http://x\";\"y\")"));
        assertEquals("'+46", OverviewCsv.cell("+46"));
        assertEquals("'-1", OverviewCsv.cell("-1"));
        assertEquals("'@SUM(A1)", OverviewCsv.cell("@SUM(A1)"));
        assertEquals("", OverviewCsv.cell(null));

        PlatformMenu hostile = Fixtures.menu("1907", "=cmd|' /C calc'!A0", Fixtures.entry("=1+1", ServiceType.OTHER,
                Set.of(ADULT_MEN)));
        String csv = OverviewCsv.render(overview(Fixtures.answered("surahammar", hostile)), Language.SV);
        assertTrue(csv.contains("1907;'=cmd|' /C calc'!A0;Annat;Vuxna \u2013 M\u00e4n;1;'=1+1\r\n"), csv);
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(";")) {
                assertTrue(field.isEmpty() || "=+-@".indexOf(field.charAt(0)) < 0, field);
            }
        }
    }
}
