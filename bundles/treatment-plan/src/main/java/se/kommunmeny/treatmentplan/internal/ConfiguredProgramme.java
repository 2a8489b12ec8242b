package se.kommunmeny.treatmentplan.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.kommunmeny.core.api.config.ConfigLists;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.Provider;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;
import se.kommunmeny.treatmentplan.api.ProgrammeDetail;
import se.kommunmeny.treatmentplan.api.ProgrammeView;

/**
 * One programme the municipality runs ({@code etc/se.kommunmeny.treatmentplan.programme-<id>.cfg}): a menu entry
 * with the template's description and its live free places.
 */
@Component(service = {ServiceOffering.class, ConfiguredProgramme.class}, configurationPid = ConfiguredProgramme.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ProgrammeConfig.class, factory = true)
public class ConfiguredProgramme implements ServiceOffering {
    public static final String FACTORY_PID = "se.kommunmeny.treatmentplan.programme";
    static final String OFFERING = "treatment-plan";

    private final String id;
    private final ProgrammeTemplate template;
    private final Integer capacity;
    private final MenuEntry baseEntry;
    private final PlanRepository plans;

    @Activate
    public ConfiguredProgramme(ProgrammeConfig config, @Reference TemplateCatalog templates,
            @Reference PlanRepository plans) {
        if (config.id() == null || !config.id().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException(FACTORY_PID + ": id must be lower-case letters, digits and -");
        }
        this.id = config.id();
        this.plans = plans;
        this.template = templates.get(config.template()).orElseThrow(() -> new IllegalArgumentException(
                FACTORY_PID + " " + id + ": unknown template '" + config.template() + "'"));
        this.capacity = config.capacity() < 0 ? null : config.capacity();
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        List<String> configured = ConfigLists.items(config.targetGroups());
        for (String g : configured.isEmpty() ? template.targetGroups : configured) {
            groups.add(TargetGroup.valueOf(g.trim().toUpperCase(Locale.ROOT)));
        }
        ProgrammeTemplate.Description d = template.description;
        String scope = config.scope().isBlank() ? d.scope : config.scope();
        this.baseEntry = new MenuEntry(OFFERING + "/" + id, config.name().isBlank() ? template.name : config.name(),
                ServiceType.valueOf(template.type), groups, config.anonymous(), config.decisionRequired(),
                new ServiceDescription(d.need, d.offer, d.content, d.targetGroup, scope, config.staff(), config.since()),
                new Provider(ProviderKind.valueOf(config.providerKind().trim().toUpperCase(Locale.ROOT)),
                        config.providerName()),
                capacity, null, template.methods, OFFERING);
        plans.ensureLockRow(id);
    }

    @Override
    public MenuEntry entry() {
        Integer free = capacity == null ? null : Math.max(0, capacity - placesTaken());
        MenuEntry e = baseEntry;
        return new MenuEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), e.decisionRequired(),
                e.description(), e.provider(), e.capacity(), free, e.methods(), e.offering());
    }

    String id() {
        return id;
    }

    boolean aftercareSharesPlaces() {
        return template.capacitySharedWithAftercare;
    }

    int placesTaken() {
        return plans.placesTaken(id, template.capacitySharedWithAftercare);
    }

    Integer capacity() {
        return capacity;
    }

    ProgrammeDetail detail() {
        return new ProgrammeDetail(view(), template.sessionSummaries(), template.documentSummaries(),
                template.capacitySharedWithAftercare, List.copyOf(template.methods));
    }

    ProgrammeView view() {
        return new ProgrammeView(id, baseEntry.name(), template.id, template.weeks, template.phaseSummaries(), capacity,
                plans.activePlans(id));
    }

    ProgrammeTemplate template() {
        return template;
    }

    String name() {
        return baseEntry.name();
    }
}
