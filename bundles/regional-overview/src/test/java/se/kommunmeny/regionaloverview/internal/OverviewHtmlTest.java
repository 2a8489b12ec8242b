package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_MEN;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;

class OverviewHtmlTest {
    private static final String HOSTILE = "<script>alert(\"x\")</script>&'";

    private static Overview overview(PlatformState... states) {
        return OverviewBuilder.build("Vad finns p\u00e5 menyn?", Instant.parse("2026-11-22T18:05:00Z"),
                List.of(states));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static String td(String html, String code, ServiceType row, String column) {
        Matcher m = Pattern.compile("<tr data-municipality=\"" + code + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no row for " + code);
        Matcher cell = Pattern.compile("<td data-row=\"" + row.name() + "\" data-column=\"" + column
                + "\"[^>]*>.*?</td>", Pattern.DOTALL).matcher(m.group(1));
        assertTrue(cell.find(), "no cell " + row + " " + column);
        return cell.group();
    }

    @Test
    void oneRowPerMunicipalityWithThirtySixCells() {
        String html = OverviewHtml.render(overview(Fixtures.answered("vasteras", Fixtures.menu("vasteras.json")),
                Fixtures.answered("arboga", Fixtures.menu("arboga.json"))), Language.SV);
        assertTrue(html.indexOf("data-municipality=\"1984\"") < html.indexOf("data-municipality=\"1980\""),
                "sorted by name");
        assertEquals(2 * 36, count(html, "<td data-row="));
        String treating = td(html, "1984", ServiceType.TREATING, "ADULT_MEN");
        assertTrue(treating.contains("data-count=\"1\""), treating);
        assertTrue(treating.contains("k-partner-municipality"), treating);
        assertTrue(treating.contains("Prim\u00e4rbehandling"), "the service in the tooltip");
        String gap = td(html, "1984", ServiceType.WORK_SUPPORT, "ADULT_MEN");
        assertTrue(gap.contains("data-count=\"0\"") && gap.contains("class=\"none"), gap);
        String aa = td(html, "1984", ServiceType.OTHER, "ADULT_MEN");
        assertTrue(aa.contains("k-other-organisation") && aa.contains("<span class=\"anon\">*</span>"), aa);
        assertTrue(td(html, "1980", ServiceType.TREATING, "ADULT_WOMEN").contains("k-purchased"));
        assertEquals(6, count(html, "data-group="), "six column groups");
        assertTrue(html.contains("Unga vuxna") && html.contains("Anh\u00f6riga"), "band headers");
        assertFalse(html.contains("<script") || html.contains("http://") && html.contains("src="),
                "no script, nothing external");
    }

    @Test
    void severalKindsOfProviderInACellAreStriped() {
        PlatformMenu menu = Fixtures.menu("1983", "K\u00f6ping",
                Fixtures.entry("Egen", ServiceType.TREATING, Set.of(ADULT_MEN)),
                Fixtures.withProvider(Fixtures.entry("K\u00f6pt", ServiceType.TREATING, Set.of(ADULT_MEN)),
                        ProviderCategory.PURCHASED));
        String cell = td(OverviewHtml.render(overview(Fixtures.answered("koping", menu)), Language.EN), "1983",
                ServiceType.TREATING, "ADULT_MEN");
        assertTrue(cell.contains("class=\"mixed") && cell.contains("repeating-linear-gradient"), cell);
        assertTrue(cell.contains("data-count=\"2\""), cell);
    }

    @Test
    void summaryAndPlatformRowsCarryStableAttributes() {
        PlatformState silent = PlatformState.initial(Fixtures.settings("heby"))
                .after(Reading.failed(Fixtures.T0, "timeout"));
        PlatformState stale = Fixtures.answered("vasteras", Fixtures.menu("vasteras.json"))
                .after(Reading.failed(Fixtures.T0.plusSeconds(60), "HTTP 503"));
        String html = OverviewHtml.render(overview(Fixtures.answered("arboga", Fixtures.menu("arboga.json")), silent,
                stale), Language.SV);
        assertTrue(html.contains("<tr data-summary=\"twelveStep\" data-count=\"1\">"), html);
        assertTrue(html.contains("<tr data-summary=\"women\" data-count=\"1\">"));
        assertTrue(html.contains("<tr data-summary=\"youngAdults\" data-count=\"0\">"));
        assertTrue(html.contains("<tr data-platform=\"arboga\" data-status=\"OK\">"));
        assertTrue(html.contains("<tr data-platform=\"heby\" data-status=\"UNANSWERED\" class=\"warn\">"));
        assertTrue(html.contains("<tr data-platform=\"vasteras\" data-status=\"UNANSWERED\" class=\"warn\">"));
        assertTrue(html.contains("<tr data-municipality=\"1980\" class=\"stale\">"), "stale municipality flagged");
        assertTrue(html.contains("senast k\u00e4nda meny visas"));
    }

    @Test
    void everyTextFromAPlatformIsEscaped() {
        PlatformMenu hostile = new PlatformMenu(new MunicipalityRef("1907\"><b>", HOSTILE, HOSTILE, "SE"),
                Fixtures.T0, List.of(new ReadEntry("x", HOSTILE, ServiceType.OTHER, Set.of(ADULT_MEN), false,
                        ProviderCategory.PURCHASED, HOSTILE, null, List.of(), HOSTILE)));
        String html = OverviewHtml.render(overview(Fixtures.answered("surahammar", hostile)), Language.EN);
        assertFalse(html.contains("<script"), "no markup from a platform");
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"));
        assertTrue(html.contains("data-municipality=\"1907&quot;&gt;&lt;b&gt;\""));
    }
}
