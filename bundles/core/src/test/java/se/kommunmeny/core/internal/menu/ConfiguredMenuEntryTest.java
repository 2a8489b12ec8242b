package se.kommunmeny.core.internal.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

class ConfiguredMenuEntryTest {

    /** Mutable values behind a hand-written {@link MenuEntryConfig}; starts valid. */
    static final class Values {
        String id = "aa";
        String name = "Anonyma Alkoholister";
        String type = "MAINTAINING";
        String[] targetGroups = {"ADULT_MEN", "ADULT_WOMEN"};
        boolean anonymous = true;
        boolean decisionRequired = false;
        String need = "Nykterhet";
        String offer = "Självhjälpsgrupp";
        String content = "Möten";
        String targetGroupText = "Vuxna";
        String scope = "Veckovis";
        String staff = "Ideella";
        String since = "1950";
        String providerKind = "PARTNER_MUNICIPALITY";
        String providerName = "Köping";
        int capacity = 12;
        String[] methods = {"12-steg", "MI"};
    }

    static MenuEntryConfig config(Consumer<Values> change) {
        Values v = new Values();
        change.accept(v);
        return new MenuEntryConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MenuEntryConfig.class;
            }

            @Override
            public String id() {
                return v.id;
            }

            @Override
            public String name() {
                return v.name;
            }

            @Override
            public String type() {
                return v.type;
            }

            @Override
            public String[] targetGroups() {
                return v.targetGroups;
            }

            @Override
            public boolean anonymous() {
                return v.anonymous;
            }

            @Override
            public boolean decisionRequired() {
                return v.decisionRequired;
            }

            @Override
            public String need() {
                return v.need;
            }

            @Override
            public String offer() {
                return v.offer;
            }

            @Override
            public String content() {
                return v.content;
            }

            @Override
            public String targetGroupText() {
                return v.targetGroupText;
            }

            @Override
            public String scope() {
                return v.scope;
            }

            @Override
            public String staff() {
                return v.staff;
            }

            @Override
            public String since() {
                return v.since;
            }

            @Override
            public String providerKind() {
                return v.providerKind;
            }

            @Override
            public String providerName() {
                return v.providerName;
            }

            @Override
            public int capacity() {
                return v.capacity;
            }

            @Override
            public String[] methods() {
                return v.methods;
            }
        };
    }

    private static IllegalArgumentException invalid(Consumer<Values> change) {
        return assertThrows(IllegalArgumentException.class, () -> ConfiguredMenuEntry.toEntry(config(change)));
    }

    @Test
    void validConfigurationMapsEveryField() {
        MenuEntry e = ConfiguredMenuEntry.toEntry(config(v -> v.name = "  Anonyma Alkoholister  "));
        assertEquals("configured/aa", e.id());
        assertEquals("Anonyma Alkoholister", e.name());
        assertEquals(ServiceType.MAINTAINING, e.type());
        assertEquals(EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN), e.targetGroups());
        assertTrue(e.anonymous());
        assertEquals(false, e.decisionRequired());
        assertEquals(new ServiceDescription("Nykterhet", "Självhjälpsgrupp", "Möten", "Vuxna", "Veckovis", "Ideella",
                "1950"), e.description());
        assertEquals(ProviderKind.PARTNER_MUNICIPALITY, e.provider().kind());
        assertEquals("Köping", e.provider().name());
        assertEquals(12, e.capacity());
        assertNull(e.freePlaces());
        assertEquals(List.of("12-steg", "MI"), e.methods());
        assertEquals("configured", e.offering());
    }

    @Test
    void componentExposesTheEntry() {
        ConfiguredMenuEntry component = new ConfiguredMenuEntry(config(v -> { }));
        assertEquals("configured/aa", component.entry().id());
        assertSame(component.entry(), component.entry());
    }

    @Test
    void negativeCapacityMeansUnknown() {
        assertNull(ConfiguredMenuEntry.toEntry(config(v -> v.capacity = -1)).capacity());
        assertEquals(0, ConfiguredMenuEntry.toEntry(config(v -> v.capacity = 0)).capacity());
    }

    @Test
    void enumValuesAreCaseAndSpaceInsensitive() {
        MenuEntry e = ConfiguredMenuEntry.toEntry(config(v -> {
            v.type = " treating ";
            v.targetGroups = new String[] {"relatives_children", " Young_Adult_Women"};
            v.providerKind = "purchased";
            v.methods = new String[0];
            v.decisionRequired = true;
        }));
        assertEquals(ServiceType.TREATING, e.type());
        assertEquals(EnumSet.of(TargetGroup.RELATIVES_CHILDREN, TargetGroup.YOUNG_ADULT_WOMEN), e.targetGroups());
        assertEquals(ProviderKind.PURCHASED, e.provider().kind());
        assertEquals(List.of(), e.methods());
        assertTrue(e.decisionRequired());
    }

    @Test
    void invalidIdIsRejected() {
        for (String id : new String[] {"AA", "a a", "-aa", "", "a/b", "a".repeat(62)}) {
            IllegalArgumentException e = invalid(v -> v.id = id);
            assertTrue(e.getMessage().contains("id must be"), id + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(ConfiguredMenuEntry.FACTORY_PID), e.getMessage());
        }
        IllegalArgumentException nullId = invalid(v -> v.id = null);
        assertTrue(nullId.getMessage().contains("id must be"), nullId.getMessage());
        // The longest id that is still allowed.
        assertEquals("configured/" + "a".repeat(61),
                ConfiguredMenuEntry.toEntry(config(v -> v.id = "a".repeat(61))).id());
    }

    @Test
    void blankNameIsRejected() {
        for (String name : new String[] {"", "   ", null}) {
            IllegalArgumentException e = invalid(v -> v.name = name);
            assertTrue(e.getMessage().contains("aa: name is required"), e.getMessage());
        }
    }

    @Test
    void unknownTypeIsRejected() {
        IllegalArgumentException e = invalid(v -> v.type = "DETOX");
        assertTrue(e.getMessage().contains("aa: type has an unknown value"), e.getMessage());
        IllegalArgumentException nullType = invalid(v -> v.type = null);
        assertTrue(nullType.getMessage().contains("type has an unknown value"), nullType.getMessage());
    }

    @Test
    void unknownTargetGroupIsRejected() {
        IllegalArgumentException e = invalid(v -> v.targetGroups = new String[] {"ADULT_MEN", "CHILDREN"});
        assertTrue(e.getMessage().contains("aa: targetGroups has an unknown value"), e.getMessage());
    }

    @Test
    void unknownProviderKindIsRejected() {
        IllegalArgumentException e = invalid(v -> v.providerKind = "PRIVATE");
        assertTrue(e.getMessage().contains("aa: providerKind has an unknown value"), e.getMessage());
    }
}
