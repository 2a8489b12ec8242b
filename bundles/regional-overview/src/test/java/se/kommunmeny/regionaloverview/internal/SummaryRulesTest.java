package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_MEN;
import static se.kommunmeny.core.api.menu.TargetGroup.ADULT_WOMEN;
import static se.kommunmeny.core.api.menu.TargetGroup.RELATIVES_ADULTS;
import static se.kommunmeny.core.api.menu.TargetGroup.RELATIVES_CHILDREN;
import static se.kommunmeny.core.api.menu.TargetGroup.YOUNG_ADULT_MEN;
import static se.kommunmeny.core.api.menu.TargetGroup.YOUNG_ADULT_WOMEN;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.ServiceType;

class SummaryRulesTest {
    private static final ReadEntry ADULTS = Fixtures.entry("Samtal", ServiceType.TREATING, Set.of(ADULT_MEN, ADULT_WOMEN));

    @Test
    void twelveStepByMethodOrName() {
        for (String method : List.of("12-steg", "12-STEP", "Tolvsteg", "12 steps", "12-trins", "12-stegsbehandling")) {
            assertTrue(SummaryRules.twelveStep(Fixtures.withMethods(ADULTS, "MI", method)), method);
        }
        assertTrue(SummaryRules.twelveStep(Fixtures.entry("Prim\u00e4rbehandling 12-steg", ServiceType.TREATING,
                Set.of(ADULT_MEN))));
        assertTrue(SummaryRules.twelveStep(Fixtures.entry("Eftervård 12 steg", ServiceType.MAINTAINING,
                Set.of(ADULT_MEN))));
        assertFalse(SummaryRules.twelveStep(Fixtures.withMethods(ADULTS, "KBT", "MI", "12 veckor")));
        assertFalse(SummaryRules.twelveStep(Fixtures.entry("KBT 12 veckor", ServiceType.TREATING, Set.of(ADULT_MEN))));
    }

    @Test
    void adultRelatives() {
        assertTrue(SummaryRules.adultRelatives(Fixtures.entry("Anh\u00f6riggrupp", ServiceType.TREATING,
                Set.of(ADULT_MEN, RELATIVES_ADULTS))));
        assertFalse(SummaryRules.adultRelatives(Fixtures.entry("Dropp", ServiceType.TREATING,
                Set.of(RELATIVES_CHILDREN))));
    }

    @Test
    void childrensGroups() {
        assertTrue(SummaryRules.childrensGroups(Fixtures.entry("Dropp", ServiceType.TREATING,
                Set.of(RELATIVES_CHILDREN))));
        assertFalse(SummaryRules.childrensGroups(Fixtures.entry("Anh\u00f6riggrupp", ServiceType.TREATING,
                Set.of(RELATIVES_ADULTS))));
    }

    @Test
    void cooperationIsWithAMunicipalityOnly() {
        assertTrue(SummaryRules.cooperation(Fixtures.withProvider(ADULTS, ProviderCategory.PARTNER_MUNICIPALITY)));
        for (ProviderCategory other : List.of(ProviderCategory.OWN, ProviderCategory.PURCHASED,
                ProviderCategory.OTHER_ORGANISATION)) {
            assertFalse(SummaryRules.cooperation(Fixtures.withProvider(ADULTS, other)), other.name());
        }
        assertFalse(SummaryRules.cooperation(Fixtures.withProvider(ADULTS, null)), "an unknown kind");
    }

    @Test
    void anonymous() {
        assertTrue(SummaryRules.anonymous(Fixtures.anonymous(ADULTS)));
        assertFalse(SummaryRules.anonymous(ADULTS));
    }

    @Test
    void womenOnlyWhenEveryColumnIsAWomensColumn() {
        assertTrue(SummaryRules.women(Fixtures.entry("Olivia", ServiceType.TREATING, Set.of(ADULT_WOMEN))));
        assertTrue(SummaryRules.women(Fixtures.entry("Resurscentrum", ServiceType.OTHER,
                Set.of(ADULT_WOMEN, YOUNG_ADULT_WOMEN))));
        assertFalse(SummaryRules.women(ADULTS));
        assertFalse(SummaryRules.women(Fixtures.entry("Kvinnor och anh\u00f6riga", ServiceType.OTHER,
                Set.of(ADULT_WOMEN, RELATIVES_ADULTS))));
        assertFalse(SummaryRules.women(Fixtures.entry("Ok\u00e4nd", ServiceType.OTHER, Set.of())));
    }

    @Test
    void youngAdultsOnlyWhenEveryColumnIsAYoungAdultsColumn() {
        assertTrue(SummaryRules.youngAdults(Fixtures.entry("Unga", ServiceType.TREATING,
                Set.of(YOUNG_ADULT_MEN, YOUNG_ADULT_WOMEN))));
        assertFalse(SummaryRules.youngAdults(Fixtures.entry("Rutten", ServiceType.MAINTAINING,
                Set.of(ADULT_MEN, ADULT_WOMEN, YOUNG_ADULT_MEN, YOUNG_ADULT_WOMEN))), "also adults: not counted");
        assertFalse(SummaryRules.youngAdults(Fixtures.entry("Ok\u00e4nd", ServiceType.OTHER, Set.of())));
    }

    @Test
    void housingAndEmploymentSupportByRow() {
        ReadEntry housing = Fixtures.entry("Tr\u00e4ningsl\u00e4genhet", ServiceType.HOUSING_SUPPORT, Set.of(ADULT_MEN));
        ReadEntry work = Fixtures.entry("Arbetstr\u00e4ning", ServiceType.WORK_SUPPORT, Set.of(ADULT_MEN));
        assertTrue(SummaryRules.housingSupport(housing));
        assertFalse(SummaryRules.housingSupport(work));
        assertTrue(SummaryRules.employmentSupport(work));
        assertFalse(SummaryRules.employmentSupport(housing));
        assertFalse(SummaryRules.employmentSupport(Fixtures.entry("Ok\u00e4nd rad", null, Set.of(ADULT_MEN))));
    }

    @Test
    void theNineItemsInTheSurveysOrderWithLabels() {
        assertEquals(List.of("twelveStep", "adultRelatives", "childrensGroups", "cooperation", "anonymous", "women",
                "youngAdults", "housingSupport", "employmentSupport"),
                Arrays.stream(SummaryRules.Item.values()).map(SummaryRules.Item::key).toList());
        assertEquals("Barngrupper", SummaryRules.Item.CHILDRENS_GROUPS.label(Language.SV));
        assertEquals("Children's groups", SummaryRules.Item.CHILDRENS_GROUPS.label(Language.EN));
    }
}
