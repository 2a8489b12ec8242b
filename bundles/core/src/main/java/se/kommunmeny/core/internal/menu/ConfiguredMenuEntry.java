package se.kommunmeny.core.internal.menu;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import se.kommunmeny.core.api.config.ConfigLists;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.Provider;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * A plain menu entry from a factory configuration ({@code etc/se.kommunmeny.menu.entry-<name>.cfg}). An invalid
 * configuration fails activation with a message naming the field, so it never half-appears.
 */
@Component(service = ServiceOffering.class, configurationPid = ConfiguredMenuEntry.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MenuEntryConfig.class, factory = true)
public class ConfiguredMenuEntry implements ServiceOffering {
    public static final String FACTORY_PID = "se.kommunmeny.menu.entry";

    private final MenuEntry entry;

    @Activate
    public ConfiguredMenuEntry(MenuEntryConfig config) {
        this.entry = toEntry(config);
    }

    static MenuEntry toEntry(MenuEntryConfig c) {
        if (c.id() == null || !c.id().matches("[a-z0-9][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException(FACTORY_PID + ": id must be lower-case letters, digits and -");
        }
        if (c.name() == null || c.name().isBlank()) {
            throw new IllegalArgumentException(FACTORY_PID + " " + c.id() + ": name is required");
        }
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String g : ConfigLists.items(c.targetGroups())) {
            groups.add(parse(TargetGroup.class, g, c.id(), "targetGroups"));
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(FACTORY_PID + " " + c.id() + ": targetGroups needs at least one value");
        }
        return new MenuEntry("configured/" + c.id(), c.name().trim(), parse(ServiceType.class, c.type(), c.id(), "type"),
                groups, c.anonymous(), c.decisionRequired(),
                new ServiceDescription(c.need(), c.offer(), c.content(), c.targetGroupText(), c.scope(), c.staff(),
                        c.since()),
                new Provider(parse(ProviderKind.class, c.providerKind(), c.id(), "providerKind"), c.providerName()),
                c.capacity() < 0 ? null : c.capacity(), null, ConfigLists.items(c.methods()), "configured");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String id, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(FACTORY_PID + " " + id + ": " + field + " has an unknown value", e);
        }
    }

    @Override
    public MenuEntry entry() {
        return entry;
    }
}
