package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_MEN;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_WOMEN;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.regionaloverview.internal.Overview.MunicipalityView;
import se.kommunmeny.regionaloverview.internal.Overview.PlatformView;
import se.kommunmeny.regionaloverview.internal.Overview.Service;
import se.kommunmeny.regionaloverview.internal.Overview.SummaryView;
import se.kommunmeny.regionaloverview.internal.Overview.Unanswered;

class OverviewBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-22T18:05:00Z");

    private static Overview build(PlatformState... states) {
        return OverviewBuilder.build("Vad finns p\u00e5 menyn?", NOW, List.of(states));
    }

    private static SummaryView summary(Overview o, String key) {
        return o.summary().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static MunicipalityView municipality(Overview o, String code) {
        return o.municipalities().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyMunicipalityHasAllThirtySixCellsInOrder() {
        Overview o = build(Fixtures.answered("arboga", Fixtures.menu("arboga.json")));
        MunicipalityView arboga = municipality(o, "1984");
        assertEquals(36, arboga.cells().size());
        int i = 0;
        for (ServiceType row : ServiceType.values()) {
            for (TargetGroup column : TargetGroup.values()) {
                assertEquals(row, arboga.cells().get(i).row());
                assertEquals(column, arboga.cells().get(i).column());
                i++;
            }
        }
        assertEquals(List.of("Prim\u00e4rbehandling"), arboga.cell(ServiceType.TREATING, ADULT_MEN).services()
                .stream().map(Service::name).toList());
        assertEquals(List.of("Dropp"), arboga.cell(ServiceType.TREATING, TargetGroup.RELATIVES_CHILDREN).services()
                .stream().map(Service::name).toList());
        assertTrue(arboga.cell(ServiceType.WORK_SUPPORT, ADULT_MEN).services().isEmpty());
        Service aa = arboga.cell(ServiceType.OTHER, ADULT_WOMEN).services().get(0);
        assertEquals("OTHER_ORGANISATION", aa.provider().kind());
        assertTrue(aa.anonymous());
        assertEquals("arboga", aa.platform());
    }

    @Test
    void platformsOfOneMunicipalityAreMergedWithTheirDistricts() {
        Overview o = build(Fixtures.answered("skultuna", Fixtures.menu("skultuna.json")),
                Fixtures.answered("vasteras", Fixtures.menu("vasteras.json")),
                Fixtures.answered("arboga", Fixtures.menu("arboga.json")));
        assertEquals(List.of("Arboga", "V\u00e4ster\u00e5s"), o.municipalities().stream().map(MunicipalityView::name)
                .toList());
        MunicipalityView vasteras = municipality(o, "1980");
        assertEquals(List.of("Skultuna"), vasteras.districts());
        assertEquals(List.of("skultuna", "vasteras"), vasteras.platforms());
        Service housing = vasteras.cell(ServiceType.HOUSING_SUPPORT, ADULT_MEN).services().get(0);
        assertEquals("Skultuna", housing.district());
        assertEquals(1, vasteras.cell(ServiceType.TREATING, ADULT_WOMEN).services().size(), "Olivia");

        // Skultuna's services count inside Västerås: one municipality, as the survey counts.
        assertEquals(List.of("Arboga", "V\u00e4ster\u00e5s"), summary(o, "housingSupport").municipalities());
        assertEquals(List.of("V\u00e4ster\u00e5s"), summary(o, "employmentSupport").municipalities());
        assertEquals(List.of("Arboga"), summary(o, "employmentSupport").without());
        assertEquals(2, o.platforms().stream().filter(p -> p.municipality() != null
                && p.municipality().code().equals("1980")).count());
    }

    @Test
    void theSummaryFollowsFromTheMenus() {
        PlatformMenu vasteras = Fixtures.menu("vasteras.json");
        Overview before = build(Fixtures.answered("arboga", Fixtures.menu("arboga.json")),
                Fixtures.answered("vasteras", vasteras));
        SummaryView twelveStep = summary(before, "twelveStep");
        assertEquals(1, twelveStep.count());
        assertEquals(List.of("Arboga"), twelveStep.municipalities());
        assertEquals(List.of("V\u00e4ster\u00e5s"), twelveStep.without());
        assertEquals("12-stegsbehandling", twelveStep.label());
        assertEquals("12-step treatment", twelveStep.labelEn());
        assertEquals(List.of("Arboga"), summary(before, "cooperation").municipalities());
        assertEquals(List.of("V\u00e4ster\u00e5s"), summary(before, "women").municipalities());
        assertEquals(2, summary(before, "anonymous").count());
        assertEquals(0, summary(before, "youngAdults").count());
        assertEquals(List.of("Arboga", "V\u00e4ster\u00e5s"), summary(before, "youngAdults").without());

        List<ReadEntry> more = new java.util.ArrayList<>(vasteras.entries());
        more.add(Fixtures.withMethods(Fixtures.entry("Prim\u00e4rbehandling", ServiceType.TREATING,
                Set.of(ADULT_MEN)), "Tolvsteg"));
        Overview after = build(Fixtures.answered("arboga", Fixtures.menu("arboga.json")),
                Fixtures.answered("vasteras", new PlatformMenu(vasteras.municipality(), vasteras.menuReadAt(), more)));
        assertEquals(2, summary(after, "twelveStep").count());
        assertEquals(List.of(), summary(after, "twelveStep").without());
    }

    @Test
    void gapsNameMissingItemsUncoveredCellsAndSilentPlatforms() {
        PlatformState silent = PlatformState.initial(PlatformSettings.of("heby", "http://127.0.0.1:1/kommunmeny",
                "lansstyrelsen", "x", "Heby")).after(Reading.failed(NOW, "connection refused"));
        Overview o = build(Fixtures.answered("arboga", Fixtures.menu("arboga.json")), silent);

        Overview.MissingItem work = o.gaps().summary().stream().filter(g -> g.key().equals("employmentSupport"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Arboga"), work.municipalities());
        assertTrue(o.gaps().uncoveredCells().contains(new Overview.CellRef(ServiceType.TREATING,
                TargetGroup.YOUNG_ADULT_MEN)));
        assertFalse(o.gaps().uncoveredCells().contains(new Overview.CellRef(ServiceType.TREATING, ADULT_MEN)));
        assertEquals(36 - 7, o.gaps().uncoveredCells().size(), "Arboga covers 7 cells");

        assertEquals(List.of(new Unanswered("heby", "Heby", "UNANSWERED", "connection refused", false, null)),
                o.gaps().unanswered());
        assertEquals(1, o.municipalities().size(), "a platform that never answered has no municipality");
    }

    @Test
    void aPlatformThatStopsAnsweringIsShownStaleWithItsLastMenuAndStillCounted() {
        Instant later = Fixtures.T0.plusSeconds(600);
        PlatformState state = Fixtures.answered("arboga", Fixtures.menu("arboga.json"))
                .after(Reading.failed(later, "HTTP 503"));
        Overview o = build(state);
        PlatformView p = o.platforms().get(0);
        assertEquals("UNANSWERED", p.status());
        assertEquals("HTTP 503", p.reason());
        assertTrue(p.stale());
        assertEquals(Fixtures.T0, p.readAt(), "when the menu shown was read");
        assertEquals(later, p.attemptedAt());
        assertEquals(Instant.parse("2026-11-22T18:00:00Z"), p.menuReadAt());
        assertEquals(4, p.entries());
        MunicipalityView arboga = municipality(o, "1984");
        assertTrue(arboga.stale());
        assertEquals(1, summary(o, "twelveStep").count());
        Unanswered gap = o.gaps().unanswered().get(0);
        assertTrue(gap.stale());
        assertEquals("Arboga", gap.municipality());
        assertEquals(Fixtures.T0, gap.readAt());

        PlatformView again = build(state.after(Reading.ok(later.plusSeconds(60), Fixtures.menu("arboga.json"))))
                .platforms().get(0);
        assertEquals("OK", again.status());
        assertFalse(again.stale());
        assertNull(again.reason());
    }

    @Test
    void anInvalidConfigurationIsReportedNotDropped() {
        PlatformState invalid = PlatformState.initial(PlatformSettings.of("sala", "ftp://sala.example/kommunmeny",
                "lansstyrelsen", "x", "Sala"));
        Overview o = build(invalid);
        PlatformView p = o.platforms().get(0);
        assertEquals("INVALID_CONFIGURATION", p.status());
        assertEquals("url must be an http or https URL", p.reason());
        assertEquals("INVALID_CONFIGURATION", o.gaps().unanswered().get(0).status());
        assertTrue(o.municipalities().isEmpty());
        assertEquals(36, o.gaps().uncoveredCells().size());
    }

    @Test
    void municipalitiesAreSortedTheSwedishWay() {
        Overview o = build(Fixtures.answered("orebro", Fixtures.menu("1880", "\u00d6rebro")),
                Fixtures.answered("vasteras", Fixtures.menu("1980", "V\u00e4ster\u00e5s")),
                Fixtures.answered("angelholm", Fixtures.menu("1292", "\u00c4ngelholm")),
                Fixtures.answered("arboga", Fixtures.menu("1984", "Arboga")));
        assertEquals(List.of("Arboga", "V\u00e4ster\u00e5s", "\u00c4ngelholm", "\u00d6rebro"),
                o.municipalities().stream().map(MunicipalityView::name).toList());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        PlatformState never = PlatformState.initial(Fixtures.settings("heby")).after(Reading.failed(NOW, "timeout"));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(build(
                Fixtures.answered("arboga", Fixtures.menu("arboga.json")), never)));
        assertEquals("Vad finns p\u00e5 menyn?", json.get("title").asText());
        assertEquals("2026-11-22T18:05:00Z", json.get("generatedAt").asText());
        JsonNode arboga = json.get("platforms").get(0);
        assertEquals("arboga", arboga.get("id").asText());
        assertEquals("1984", arboga.get("municipality").get("code").asText());
        assertEquals("2026-11-22T18:00:00Z", arboga.get("readAt").asText());
        assertTrue(json.get("platforms").get(1).get("municipality").isNull());
        assertEquals("timeout", json.get("platforms").get(1).get("reason").asText());
        assertFalse(json.toString().contains("secret"), "no password in the overview");
        JsonNode cells = json.get("municipalities").get(0).get("cells");
        assertEquals(36, cells.size());
        assertEquals("MOTIVATING_ADVISORY", cells.get(0).get("row").asText());
        assertEquals("ADULT_MEN", cells.get(0).get("column").asText());
        JsonNode primary = cells.get(ServiceType.TREATING.ordinal() * 6).get("services").get(0);
        assertEquals("PARTNER_MUNICIPALITY", primary.get("provider").get("kind").asText());
        assertEquals(10, primary.get("capacity").asInt());
        assertEquals(9, json.get("summary").size());
        assertEquals("Support to adult relatives", json.get("summary").get(1).get("labelEn").asText());
        assertTrue(json.get("gaps").has("uncoveredCells"));
    }
}
