package se.kommunmeny.employment.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import se.kommunmeny.employment.api.KindView;
import se.kommunmeny.employment.api.StepRule;

/**
 * One kind of employment support the municipality runs ({@code etc/se.kommunmeny.employment.kind-<id>.cfg}): a menu
 * entry whose capacity is the places of the kind's active work places.
 */
@Component(service = {ServiceOffering.class, ConfiguredKind.class}, configurationPid = ConfiguredKind.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = KindConfig.class, factory = true)
public class ConfiguredKind implements ServiceOffering {
    public static final String FACTORY_PID = "se.kommunmeny.employment.kind";
    static final String OFFERING = "employment-support";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredKind.class);

    private final String id;
    private final KindType type;
    private final StepModel steps;
    private final int maxHoursPerWeek;
    private final int followUpIntervalDays;
    private final MenuEntry baseEntry;
    private final EmploymentRepository repository;

    @Activate
    public ConfiguredKind(KindConfig config, @Reference EmploymentRepository repository) {
        if (config.id() == null || !config.id().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException(FACTORY_PID + ": id must be lower-case letters, digits and -");
        }
        this.id = config.id();
        this.repository = repository;
        this.type = KindType.valueOf(config.kind().trim().toUpperCase(Locale.ROOT));
        String model = config.stepModel().isBlank() ? type.defaultStepModel : config.stepModel();
        this.steps = "none".equalsIgnoreCase(model.trim()) ? StepModel.none() : StepModel.parse(model);
        if (config.maxHoursPerWeek() < 1 || config.followUpIntervalDays() < 1) {
            throw new IllegalArgumentException(FACTORY_PID + " " + id + ": maxHoursPerWeek and followUpIntervalDays "
                    + "must be at least 1");
        }
        this.maxHoursPerWeek = config.maxHoursPerWeek();
        this.followUpIntervalDays = config.followUpIntervalDays();
        this.baseEntry = new MenuEntry(OFFERING + "/" + id, config.name().isBlank() ? type.swedishName : config.name(),
                ServiceType.valueOf(config.type().trim().toUpperCase(Locale.ROOT)), targetGroups(config),
                config.anonymous(), config.decisionRequired(),
                description(config), new Provider(ProviderKind.valueOf(config.providerKind().trim()
                        .toUpperCase(Locale.ROOT)), config.providerName()), null, null, null, OFFERING);
    }

    private static Set<TargetGroup> targetGroups(KindConfig config) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String g : ConfigLists.items(config.targetGroups())) {
            groups.add(TargetGroup.valueOf(g.toUpperCase(Locale.ROOT)));
        }
        return groups.isEmpty() ? EnumSet.of(TargetGroup.ADULT_MEN, TargetGroup.ADULT_WOMEN) : groups;
    }

    private ServiceDescription description(KindConfig c) {
        ServiceDescription d = type.description;
        String scope = c.scope().isBlank() ? scopeText(steps) : c.scope();
        return new ServiceDescription(or(c.need(), d.need()), or(c.offer(), d.offer()), or(c.content(), d.content()),
                or(c.targetGroupText(), d.targetGroup()), scope, c.staff(), c.since());
    }

    private static String or(String configured, String fallback) {
        return configured.isBlank() ? fallback : configured;
    }

    /** The step model as the survey writes it: "Steg I 1-6 månader, steg II 2-12 månader, steg III individuellt". */
    static String scopeText(StepModel steps) {
        return steps.rules().stream().map(ConfiguredKind::stepText).collect(Collectors.joining(", "));
    }

    private static String stepText(StepRule r) {
        String name = "steg " + r.step().substring("STEP_".length());
        if (r.minMonths() == null) {
            return name + " individuellt";
        }
        return name + " " + r.minMonths() + (r.maxMonths() == null ? "-" : "-" + r.maxMonths()) + " m\u00e5nader";
    }

    @Override
    public MenuEntry entry() {
        MenuEntry e = baseEntry;
        Integer capacity = null;
        Integer free = null;
        try {
            int[] figures = repository.capacityAndTaken(id);
            capacity = figures[0];
            free = Math.max(0, figures[0] - figures[1]);
        } catch (RuntimeException ex) {
            LOG.debug("Free places of employment-support kind {} could not be counted: {}", id, ex.toString());
        }
        return new MenuEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), e.decisionRequired(),
                e.description(), e.provider(), capacity, free, e.methods(), e.offering());
    }

    KindView view() {
        int[] figures = repository.capacityAndTaken(id);
        int capacity = figures[0];
        int free = Math.max(0, figures[0] - figures[1]);
        return new KindView(id, baseEntry.name(), type.name(), steps.rules(), maxHoursPerWeek, followUpIntervalDays,
                capacity, free);
    }

    String id() {
        return id;
    }

    String name() {
        return baseEntry.name();
    }

    StepModel steps() {
        return steps;
    }

    int maxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    int followUpIntervalDays() {
        return followUpIntervalDays;
    }
}
