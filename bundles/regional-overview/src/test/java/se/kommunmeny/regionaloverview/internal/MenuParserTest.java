package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

class MenuParserTest {

    @Test
    void readsAMenuAsThePlatformSendsIt() {
        PlatformMenu menu = Fixtures.menu("arboga.json");
        assertEquals(new MunicipalityRef("1984", "Arboga", "V\u00e4stmanlands l\u00e4n", "SE"), menu.municipality());
        assertEquals(Instant.parse("2026-11-22T18:00:00Z"), menu.menuReadAt());
        assertEquals(4, menu.entries().size());
        ReadEntry aa = menu.entries().get(0);
        assertEquals("configured/aa", aa.id());
        assertEquals("AA", aa.name());
        assertEquals(ServiceType.OTHER, aa.type());
        assertEquals(EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN), aa.targetGroups());
        assertTrue(aa.anonymous());
        assertEquals(ProviderCategory.OTHER_ORGANISATION, aa.providerKind());
        assertEquals("Anonyma Alkoholister", aa.providerName());
        assertNull(aa.capacity());
        assertEquals(List.of("12-steg"), aa.methods());
        assertNull(aa.district());
        ReadEntry primary = menu.entries().get(1);
        assertEquals(ProviderCategory.PARTNER_MUNICIPALITY, primary.providerKind());
        assertEquals(10, primary.capacity());
    }

    @Test
    void skipsValuesItDoesNotKnowAndKeepsTheRest() {
        PlatformMenu menu = Fixtures.menu("unknown-values.json");
        assertEquals("1982", menu.municipality().code());
        assertEquals(3, menu.entries().size());

        ReadEntry future = menu.entries().get(0);
        assertNull(future.type(), "an unknown row is skipped, the entry kept");
        assertEquals(Set.of(TargetGroup.ADULT_MEN), future.targetGroups());
        assertTrue(SummaryRules.twelveStep(future), "what is known of it still counts");

        ReadEntry talks = menu.entries().get(1);
        assertEquals(ServiceType.MOTIVATING_ADVISORY, talks.type());
        assertEquals(EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.RELATIVES_ADULTS), talks.targetGroups());
        assertNull(talks.providerKind(), "an unknown provider kind");
        assertEquals("Kooperativet", talks.providerName());
        assertEquals(List.of("MI"), talks.methods(), "a method that is not text is skipped");

        ReadEntry housing = menu.entries().get(2);
        assertEquals("V\u00e4stanfors", housing.district());
        assertNull(housing.capacity(), "a capacity that is not a number");
    }

    @Test
    void missingFieldsTakeTheirNeutralValue() {
        PlatformMenu menu = Fixtures.menu("missing-fields.json");
        assertEquals(new MunicipalityRef("1917", "1917", "", ""), menu.municipality());
        assertNull(menu.menuReadAt());
        assertEquals(2, menu.entries().size(), "an entry with neither id nor name, and a non-object, are skipped");
        ReadEntry minimal = menu.entries().get(0);
        assertNull(minimal.type());
        assertTrue(minimal.targetGroups().isEmpty());
        assertFalse(minimal.anonymous());
        assertNull(minimal.providerKind());
        assertEquals(List.of(), minimal.methods());
        ReadEntry noId = menu.entries().get(1);
        assertEquals("", noId.id());
        assertEquals("Utan id", noId.name());
        assertEquals(ServiceType.WORK_SUPPORT, noId.type());
    }

    @Test
    void aDistrictIsOptional() {
        assertNull(Fixtures.menu("vasteras.json").entries().get(0).district());
        assertEquals("Skultuna", Fixtures.menu("skultuna.json").entries().get(0).district());
    }

    @Test
    void refusesWhatIsNotAMenu() {
        assertEquals("invalid JSON", assertThrows(InvalidMenuException.class,
                () -> MenuParser.parse(Fixtures.bytes("invalid.json"))).getMessage());
        assertEquals("invalid menu: no municipality code", assertThrows(InvalidMenuException.class,
                () -> MenuParser.parse(Fixtures.bytes("no-municipality.json"))).getMessage());
        assertThrows(InvalidMenuException.class, () -> MenuParser.parse(new byte[0]));
        assertThrows(InvalidMenuException.class, () -> MenuParser.parse("[1,2]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidMenuException.class,
                () -> MenuParser.parse("<html>Login</html>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidMenuException.class, () -> MenuParser.parse(
                "{\"municipality\":{\"code\":\"1\"}} trailing".getBytes(StandardCharsets.UTF_8)));
    }
}
