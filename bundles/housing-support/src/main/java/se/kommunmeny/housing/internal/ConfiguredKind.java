package se.kommunmeny.housing.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.config.ConfigLists;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.Provider;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.KindView;

/**
 * One form of housing support the municipality offers ({@code etc/se.kommunmeny.housing.kind-<id>.cfg}): a menu
 * entry in the row Bostadsstöd with its default rules and live capacity.
 */
@Component(service = {ServiceOffering.class, ConfiguredKind.class}, configurationPid = ConfiguredKind.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = KindConfig.class, factory = true)
public class ConfiguredKind implements ServiceOffering {
    public static final String FACTORY_PID = "se.kommunmeny.housing.kind";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredKind.class);

    private final String id;
    private final HousingKind kind;
    private final Rules rules;
    private final int caseload;
    private final int statedPlaces;
    private final MenuEntry baseEntry;
    private final HousingRepository repository;

    @Activate
    public ConfiguredKind(KindConfig config, @Reference HousingRepository repository) {
        if (config.id() == null || !config.id().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException(FACTORY_PID + ": id must be lower-case letters, digits and -");
        }
        this.id = config.id();
        this.repository = repository;
        this.kind = HousingKind.valueOf(config.kind().trim().toUpperCase(Locale.ROOT));
        this.rules = new Rules(atLeastMinusOne(config.maxStayMonths()), atLeastMinusOne(config.contractTransferAfterMonths()),
                atLeastMinusOne(config.evictionNoticeHours()), config.staffing().trim(),
                config.followUpIntervalDays() > 0 ? config.followUpIntervalDays() : Rules.DEFAULT_FOLLOW_UP_DAYS);
        this.caseload = kind.hasUnits ? -1 : atLeastMinusOne(config.caseload());
        this.statedPlaces = kind.hasUnits ? atLeastMinusOne(config.places()) : -1;
        this.baseEntry = new MenuEntry(HousingSupportService.OFFERING + "/" + id,
                config.name().isBlank() ? kind.swedishName : config.name().trim(),
                ServiceType.valueOf(config.type().trim().toUpperCase(Locale.ROOT)),
                targetGroups(config), config.anonymous(), config.decisionRequired(), description(config),
                new Provider(ProviderKind.valueOf(config.providerKind().trim().toUpperCase(Locale.ROOT)),
                        config.providerName()),
                null, null, List.of(), HousingSupportService.OFFERING);
        if (!kind.hasUnits) {
            repository.ensureLockRow(CapacityLockEntity.forKind(id));
        }
    }

    private static int atLeastMinusOne(int value) {
        return Math.max(-1, value);
    }

    private static Set<TargetGroup> targetGroups(KindConfig config) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        List<String> configured = ConfigLists.items(config.targetGroups());
        for (String g : configured.isEmpty() ? List.of("ADULT_MEN", "ADULT_WOMEN") : configured) {
            groups.add(TargetGroup.valueOf(g.trim().toUpperCase(Locale.ROOT)));
        }
        return groups;
    }

    private ServiceDescription description(KindConfig c) {
        ServiceDescription d = KindDescriptions.of(kind);
        return new ServiceDescription(or(c.need(), d.need()), or(c.offer(), d.offer()), or(c.content(), d.content()),
                or(c.targetGroupText(), d.targetGroup()), or(c.scope(), defaultScope()), c.staff(), c.since());
    }

    private String defaultScope() {
        if (rules.maxStayMonths() >= 0) {
            return "Högst " + rules.maxStayMonths() + " månader";
        }
        return caseload >= 0 ? caseload + " klienter" : "";
    }

    private static String or(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    @Override
    public MenuEntry entry() {
        MenuEntry e = baseEntry;
        Integer capacity = null;
        Integer free = null;
        try {
            int[] figures = repository.read(em -> new int[] {capacity(em), HousingRepository.occupiedInKind(em, id)});
            if (figures[0] == 0 && statedPlaces >= 0) {
                // No units registered yet: the places the municipality states, free places unknown.
                capacity = statedPlaces;
            } else if (figures[0] >= 0) {
                capacity = figures[0];
                free = Math.max(0, figures[0] - figures[1]);
            }
        } catch (RuntimeException ex) {
            LOG.debug("Capacity of housing kind {} unavailable: {}", id, ex.toString());
            capacity = caseload >= 0 ? caseload : null;
        }
        return new MenuEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), e.decisionRequired(),
                e.description(), e.provider(), capacity, free, e.methods(), e.offering());
    }

    /** Places of the kind's active units, or its caseload; -1 for no limit. */
    int capacity(javax.persistence.EntityManager em) {
        return kind.hasUnits ? HousingRepository.placesOfKind(em, id) : caseload;
    }

    KindView view(javax.persistence.EntityManager em) {
        int capacity = capacity(em);
        int occupied = HousingRepository.occupiedInKind(em, id);
        return new KindView(id, kind.name(), baseEntry.name(), rules.maxStayMonths(), rules.contractTransferAfterMonths(),
                rules.evictionNoticeHours(), rules.staffing(), caseload, rules.followUpIntervalDays(),
                baseEntry.targetGroups().stream().map(Enum::name).sorted().toList(), baseEntry.anonymous(),
                baseEntry.decisionRequired(), capacity, capacity < 0 ? -1 : Math.max(0, capacity - occupied),
                HousingRepository.waitingInKind(em, id));
    }

    String id() {
        return id;
    }

    HousingKind kind() {
        return kind;
    }

    Rules rules() {
        return rules;
    }

    int caseload() {
        return caseload;
    }

    String name() {
        return baseEntry.name();
    }
}
