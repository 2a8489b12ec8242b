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
    private final List<ProgrammeTemplate.OutreachStep> outreach;

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
        this.outreach = outreach(config.outreach(), template.outreach, id);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        List<String> configured = ConfigLists.items(config.targetGroups());
        for (String g : configured.isEmpty() ? template.targetGroups : configured) {
            groups.add(TargetGroup.valueOf(g.trim().toUpperCase(Locale.ROOT)));
        }
        // The municipality's own description of the service wins over the template's, field by field.
        ProgrammeTemplate.Description d = template.description;
        List<String> methods = ConfigLists.items(config.methods());
        this.baseEntry = new MenuEntry(OFFERING + "/" + id, config.name().isBlank() ? template.name : config.name(),
                ServiceType.valueOf(or(config.type(), template.type).trim().toUpperCase(Locale.ROOT)), groups,
                config.anonymous(), config.decisionRequired(),
                new ServiceDescription(or(config.need(), d.need), or(config.offer(), d.offer),
                        or(config.content(), d.content), or(config.targetGroupText(), d.targetGroup),
                        or(config.scope(), d.scope), config.staff(), config.since()),
                new Provider(ProviderKind.valueOf(config.providerKind().trim().toUpperCase(Locale.ROOT)),
                        config.providerName()),
                capacity, null, methods.isEmpty() ? template.methods : methods, OFFERING);
        plans.ensureLockRow(id);
    }

    private static String or(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
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

    /**
     * The outreach ladder as the municipality configures it, e.g. {@code SMS:24, LETTER:48, HOME_VISIT:72} (the
     * method and the hours within which it is tried), or the template's when empty.
     */
    static List<ProgrammeTemplate.OutreachStep> outreach(String[] configured,
            List<ProgrammeTemplate.OutreachStep> fallback, String id) {
        List<String> items = ConfigLists.items(configured);
        if (items.isEmpty()) {
            return fallback;
        }
        List<ProgrammeTemplate.OutreachStep> ladder = new java.util.ArrayList<>();
        for (String item : items) {
            String[] parts = item.trim().split("\\s*:\\s*");
            String method = parts[0].trim().toUpperCase(Locale.ROOT);
            int hours;
            try {
                hours = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : -1;
            } catch (NumberFormatException e) {
                hours = -1;
            }
            if (!ProgrammeTemplate.OUTREACH_METHODS.contains(method) || hours < 1 || hours > 24 * 30) {
                throw new IllegalArgumentException(FACTORY_PID + " " + id + ": outreach level '" + item.trim()
                        + "' must be METHOD:hours with a method of " + new java.util.TreeSet<>(
                                ProgrammeTemplate.OUTREACH_METHODS) + " and 1-720 hours");
            }
            ladder.add(new ProgrammeTemplate.OutreachStep(method, hours));
        }
        return List.copyOf(ladder);
    }

    /** The outreach ladder of this programme: configured, else the template's. */
    List<ProgrammeTemplate.OutreachStep> outreach() {
        return outreach;
    }

    ProgrammeTemplate template() {
        return template;
    }

    String name() {
        return baseEntry.name();
    }
}
