package se.kommunmeny.core.internal.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.Provider;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.municipality.Municipality;

class MenuRendererTest {
    private static final Municipality ARBOGA = new Municipality("1984", "Arboga", "Västmanlands län", Country.SE);
    private static final Pattern ROW = Pattern.compile("<tr data-type=\"([A-Z_]+)\">(.*?)</tr>");

    private static MenuEntry entry(String id, String name, ServiceType type, Set<TargetGroup> groups) {
        return entry(id, name, type, groups, false, null, null, ServiceDescription.empty(), Provider.own());
    }

    private static MenuEntry entry(String id, String name, ServiceType type, Set<TargetGroup> groups,
            boolean anonymous, Integer capacity, Integer free, ServiceDescription description, Provider provider) {
        return new MenuEntry(id, name, type, groups, anonymous, false, description, provider, capacity, free,
                List.of("KBT", "MI"), "test");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** The body of the single table cell of an entry, or fails if there is not exactly one. */
    private static String onlyCell(String html, String id) {
        Matcher m = Pattern.compile("<td class=\"entry\"[^>]* data-entry=\"" + Pattern.quote(id) + "\">.*?</td>")
                .matcher(html);
        assertTrue(m.find(), "no cell for " + id);
        String cell = m.group();
        assertFalse(m.find(), "more than one cell for " + id);
        return cell;
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void csvHasHeaderAndOneRowPerEntry() {
        List<MenuEntry> entries = List.of(
                entry("treatment-plan/kbt-12", "KBT 12", ServiceType.TREATING,
                        EnumSet.of(TargetGroup.ADULT_WOMEN, TargetGroup.ADULT_MEN), true, 10, 3,
                        new ServiceDescription("need", "offer", "content", "tg", "12 weeks", "staff", "2019"),
                        new Provider(ProviderKind.PURCHASED, "Provider AB")),
                entry("configured/aa", "AA", ServiceType.MAINTAINING, EnumSet.of(TargetGroup.RELATIVES_ADULTS)));

        String csv = MenuRenderer.csv(entries, Language.EN);
        assertTrue(csv.endsWith("\r\n"));
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        assertEquals("id,name,type,target_groups,anonymous,decision_required,provider,provider_name,capacity,"
                + "free_places,methods,offering,need,offer,content,target_group,scope,staff,since", lines[0]);
        assertEquals("treatment-plan/kbt-12,KBT 12,Treating,ADULT_MEN ADULT_WOMEN,true,false,PURCHASED,Provider AB,"
                + "10,3,KBT MI,test,need,offer,content,tg,12 weeks,staff,2019", lines[1]);
        assertEquals("configured/aa,AA,Maintaining,RELATIVES_ADULTS,false,false,OWN,,,,KBT MI,test,,,,,,,", lines[2]);
        for (String line : lines) {
            assertEquals(19, line.split(",", -1).length, line);
        }
    }

    @Test
    void csvHeaderAndTypeLabelsAreSwedishByDefault() {
        String csv = MenuRenderer.csv(List.of(entry("a", "A", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN))),
                Language.SV);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("id,namn,typ,malgrupper,anonym,biståndsbeslut,utförare,"), lines[0]);
        assertTrue(lines[1].startsWith("a,A,Behandlande,ADULT_MEN,"), lines[1]);
    }

    @Test
    void csvWithNoEntriesIsOnlyTheHeader() {
        String csv = MenuRenderer.csv(List.of(), Language.EN);
        assertEquals(1, csv.split("\r\n").length);
        assertTrue(csv.startsWith("id,name,"));
    }

    @Test
    void csvCellQuotesCommasQuotesAndNewlines() {
        assertEquals("plain", MenuRenderer.csvCell("plain"));
        assertEquals("", MenuRenderer.csvCell(null));
        assertEquals("\"a,b\"", MenuRenderer.csvCell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", MenuRenderer.csvCell("say \"hi\""));
        assertEquals("\"line1\nline2\"", MenuRenderer.csvCell("line1\nline2"));
        assertEquals("\"line1\r\nline2\"", MenuRenderer.csvCell("line1\r\nline2"));
    }

    @Test
    void csvOutputQuotesFieldsOfEntries() {
        MenuEntry e = entry("x", "Smith, \"AA\"", ServiceType.OTHER, EnumSet.of(TargetGroup.ADULT_MEN), false, null,
                null, new ServiceDescription("first\nsecond", "", "", "", "", "", ""), Provider.own());
        String csv = MenuRenderer.csv(List.of(e), Language.EN);
        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertTrue(row.startsWith("x,\"Smith, \"\"AA\"\"\",Other,"), row);
        assertTrue(row.contains(",\"first\nsecond\","), row);
    }

    @Test
    void csvCellPrefixesFormulaStarters() {
        assertEquals("'=1+1", MenuRenderer.csvCell("=1+1"));
        assertEquals("'+1", MenuRenderer.csvCell("+1"));
        assertEquals("'-1", MenuRenderer.csvCell("-1"));
        assertEquals("'@SUM(A1)", MenuRenderer.csvCell("@SUM(A1)"));
        // Prefix is applied before quoting, so it ends up inside the quotes.
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                MenuRenderer.csvCell("=HYPERLINK(\"http://x\",\"y\")"));
        // Only the first character matters.
        assertEquals("a=b", MenuRenderer.csvCell("a=b"));
        assertEquals("1-2", MenuRenderer.csvCell("1-2"));
    }

    @Test
    void csvOutputNeutralisesFormulaInEntryFields() {
        MenuEntry e = entry("x", "=cmd|' /C calc'!A0", ServiceType.OTHER, EnumSet.of(TargetGroup.ADULT_MEN), false,
                null, null, ServiceDescription.empty(), new Provider(ProviderKind.OWN, "@evil"));
        String csv = MenuRenderer.csv(List.of(e), Language.EN);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.contains(",'@evil,"), csv);
        assertFalse(csv.contains(",=cmd"), csv);
    }

    // ---------------------------------------------------------------- HTML

    @Test
    void htmlEscapesScriptInNamesAndDescriptions() {
        MenuEntry e = entry("x", "<script>alert(1)</script>", ServiceType.TREATING,
                EnumSet.of(TargetGroup.ADULT_MEN), false, null, null,
                new ServiceDescription("<script>steal()</script>", "a & b", "", "", "", "", ""),
                new Provider(ProviderKind.OWN, "<script>p</script>"));
        Municipality evil = new Municipality("1984", "<script>m</script>", "\"län\"", Country.SE);
        String html = MenuRenderer.html(evil, List.of(e), Language.SV);
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;script&gt;steal()&lt;/script&gt;"));
        assertTrue(html.contains("&lt;script&gt;p&lt;/script&gt;"));
        assertTrue(html.contains("a &amp; b"));
        assertTrue(html.contains("&quot;län&quot;"));
    }

    @Test
    void htmlHasOneRowGroupPerServiceTypeInOrder() {
        List<MenuEntry> entries = List.of(
                entry("h", "H", ServiceType.HOUSING_SUPPORT, EnumSet.of(TargetGroup.ADULT_MEN)),
                entry("t1", "T1", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN)),
                entry("t2", "T2", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN)),
                entry("m", "M", ServiceType.MOTIVATING_ADVISORY, EnumSet.of(TargetGroup.RELATIVES_CHILDREN)));
        String html = MenuRenderer.html(ARBOGA, entries, Language.SV);

        List<String> rowTypes = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rowTypes.add(m.group(1));
        }
        List<String> groups = new ArrayList<>();
        for (String t : rowTypes) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(t)) {
                groups.add(t);
            }
        }
        assertEquals(Arrays.stream(ServiceType.values()).map(Enum::name).toList(), groups);
        // Two treating entries in the same column need two lines; the row header spans them.
        assertEquals(2, rowTypes.stream().filter("TREATING"::equals).count());
        assertTrue(html.contains("<th scope=\"row\" rowspan=\"2\">Behandlande</th>"), html);
        assertTrue(html.contains("<th scope=\"row\" rowspan=\"1\">Annat</th>"), html);
    }

    @Test
    void everyTableRowCoversAllColumns() {
        List<MenuEntry> entries = List.of(
                entry("a", "A", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN)),
                entry("b", "B", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_WOMEN,
                        TargetGroup.YOUNG_ADULT_MEN, TargetGroup.RELATIVES_CHILDREN)),
                entry("c", "C", ServiceType.OTHER, EnumSet.allOf(TargetGroup.class)));
        String html = MenuRenderer.html(null, entries, Language.EN);
        Matcher m = ROW.matcher(html);
        int rows = 0;
        while (m.find()) {
            rows++;
            String body = m.group(2);
            int width = 0;
            Matcher td = Pattern.compile("<td(?: class=\"entry\")?(?: colspan=\"(\\d+)\")?").matcher(body);
            while (td.find()) {
                width += td.group(1) == null ? 1 : Integer.parseInt(td.group(1));
            }
            assertEquals(TargetGroup.values().length, width, body);
        }
        assertTrue(rows >= ServiceType.values().length);
        assertTrue(onlyCell(html, "c").contains("colspan=\"6\""));
    }

    @Test
    void adjacentColumnsShareOneCell() {
        String html = MenuRenderer.html(ARBOGA, List.of(entry("kbt", "KBT", ServiceType.TREATING,
                EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN))), Language.SV);
        String cell = onlyCell(html, "kbt");
        assertTrue(cell.startsWith("<td class=\"entry\" colspan=\"2\" data-entry=\"kbt\">"), cell);
    }

    @Test
    void nonAdjacentColumnsGetOneCellPerRun() {
        String html = MenuRenderer.html(ARBOGA, List.of(entry("split", "Split", ServiceType.TREATING,
                EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.RELATIVES_CHILDREN))), Language.SV);
        assertEquals(2, count(html, "data-entry=\"split\""), html);
        assertFalse(html.contains("colspan=\"2\" data-entry=\"split\""), html);
        Matcher m = ROW.matcher(html);
        String treatingRow = null;
        while (m.find()) {
            if (m.group(1).equals("TREATING")) {
                assertEquals(null, treatingRow, "expected a single treating line");
                treatingRow = m.group(2);
            }
        }
        assertTrue(treatingRow != null);
        // ADULT_MEN cell, four empty cells, RELATIVES_CHILDREN cell.
        String cells = treatingRow.replaceAll("<th.*?</th>", "").replaceAll("<td class=\"entry\".*?</td>", "E")
                .replace("<td></td>", "_");
        assertEquals("E____E", cells);
    }

    @Test
    void anonymousEntriesCarryTheStarMarker() {
        MenuEntry anon = entry("anon", "Anonymous counselling", ServiceType.MOTIVATING_ADVISORY,
                EnumSet.of(TargetGroup.ADULT_MEN), true, null, null, ServiceDescription.empty(), Provider.own());
        MenuEntry named = entry("named", "Registered only", ServiceType.MOTIVATING_ADVISORY,
                EnumSet.of(TargetGroup.ADULT_WOMEN), false, null, null, ServiceDescription.empty(), Provider.own());
        String html = MenuRenderer.html(ARBOGA, List.of(anon, named), Language.SV);
        assertTrue(onlyCell(html, "anon").contains("<span class=\"anon\">*</span>"));
        assertFalse(onlyCell(html, "named").contains("*"));
        assertTrue(html.contains("<h3>Anonymous counselling *</h3>"), html);
        assertTrue(html.contains("<h3>Registered only</h3>"), html);
    }

    @Test
    void labelsFollowTheLanguage() {
        List<MenuEntry> entries = List.of(entry("a", "A", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN)));
        String en = MenuRenderer.html(ARBOGA, entries, Language.EN);
        String sv = MenuRenderer.html(ARBOGA, entries, Language.SV);

        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains(">Treating</th>"), en);
        assertTrue(en.contains("<th colspan=\"2\">Relatives</th>"), en);
        assertTrue(en.contains("<th colspan=\"2\">Adults</th>"), en);
        assertTrue(en.contains("<title>What is on the menu? Arboga</title>"));
        assertFalse(en.contains("Behandlande"));
        assertFalse(en.contains("Anhöriga"));

        assertTrue(sv.contains("<html lang=\"sv\">"));
        assertTrue(sv.contains(">Behandlande</th>"), sv);
        assertTrue(sv.contains("<th colspan=\"2\">Anhöriga</th>"), sv);
        assertTrue(sv.contains("<title>Vad finns på menyn? Arboga</title>"));
        assertFalse(sv.contains(">Treating<"));
        assertFalse(sv.contains(">Relatives<"));
    }

    @Test
    void aDanishMunicipalitysMenuIsLabelledInDanish() {
        Municipality bornholm = new Municipality("0400", "Bornholm", "Region Hovedstaden", Country.DK);
        List<MenuEntry> entries = List.of(entry("d", "Dagbehandling", ServiceType.TREATING,
                EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN), true, 12, 4,
                new ServiceDescription("Behov", "", "", "", "", "", ""),
                new Provider(ProviderKind.PURCHASED, "Sct. Ols")));
        String da = MenuRenderer.html(bornholm, entries, Language.DA);
        assertTrue(da.contains("<html lang=\"da\">"), da);
        assertTrue(da.contains("<title>Hvad er på menuen? Bornholm</title>"), da);
        assertTrue(da.contains(">Behandlende</th>") && da.contains("<th colspan=\"2\">Pårørende</th>")
                && da.contains("<th colspan=\"2\">Unge voksne</th>") && da.contains("<th>Kvinder</th>"), da);
        assertTrue(da.contains("<small>(4/12 pladser)</small>"), da);
        assertTrue(da.contains("<dt>Udfører</dt><dd>Købt: Sct. Ols</dd>"), da);
        assertTrue(da.contains("tilbuddet kan benyttes anonymt"), da);
        assertFalse(da.contains("Behandlande") || da.contains("platser"), da);
        String csv = MenuRenderer.csv(entries, Language.DA);
        assertTrue(csv.startsWith("id,navn,type,"), csv);
    }

    @Test
    void aDistrictsServicesAreMarkedWithTheDistrict() {
        Municipality skultuna = new Municipality("1980", "Västerås", "Västmanlands län", Country.SE, "Skultuna");
        MenuEntry e = entry("b", "Boendestöd", ServiceType.HOUSING_SUPPORT, EnumSet.of(TargetGroup.ADULT_MEN))
                .inDistrict("Skultuna");
        String sv = MenuRenderer.html(skultuna, List.of(e), Language.SV);
        assertTrue(sv.contains("<title>Vad finns på menyn? Västerås, Skultuna</title>"), sv);
        assertTrue(onlyCell(sv, "b").contains("Boendestöd</a> <span class=\"district\">(Skultuna)</span>"), sv);
        assertTrue(sv.contains("<dt>Kommundel</dt><dd>Skultuna</dd>"), sv);
    }

    @Test
    void freePlacesAndCapacityAreShown() {
        MenuEntry both = entry("both", "Both", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_MEN), false, 10, 3,
                ServiceDescription.empty(), Provider.own());
        MenuEntry capOnly = entry("cap", "Cap", ServiceType.TREATING, EnumSet.of(TargetGroup.ADULT_WOMEN), false, 8,
                null, ServiceDescription.empty(), Provider.own());
        MenuEntry none = entry("none", "None", ServiceType.TREATING, EnumSet.of(TargetGroup.YOUNG_ADULT_MEN), false,
                null, null, ServiceDescription.empty(), Provider.own());

        String en = MenuRenderer.html(ARBOGA, List.of(both, capOnly, none), Language.EN);
        assertTrue(onlyCell(en, "both").contains("<small>(3/10 places)</small>"), en);
        assertTrue(onlyCell(en, "cap").contains("<small>(8 places)</small>"), en);
        assertFalse(onlyCell(en, "none").contains("<small>"), en);
        assertTrue(en.contains("<dt>Places</dt><dd>10, free now: 3</dd>"), en);
        assertTrue(en.contains("<dt>Places</dt><dd>8</dd>"), en);

        String sv = MenuRenderer.html(ARBOGA, List.of(both), Language.SV);
        assertTrue(onlyCell(sv, "both").contains("<small>(3/10 platser)</small>"), sv);
        assertTrue(sv.contains("<dt>Platser</dt><dd>10, lediga nu: 3</dd>"), sv);
    }

    @Test
    void municipalityIsNamedWhenKnown() {
        String html = MenuRenderer.html(ARBOGA, List.of(), Language.SV);
        assertTrue(html.contains("<p class=\"municipality\">Arboga 1984, Västmanlands län</p>"), html);
        String without = MenuRenderer.html(null, List.of(), Language.SV);
        assertFalse(without.contains("class=\"municipality\""));
        // Even without entries every row type is present.
        Matcher m = ROW.matcher(without);
        int rows = 0;
        while (m.find()) {
            rows++;
        }
        assertEquals(ServiceType.values().length, rows);
    }
}
