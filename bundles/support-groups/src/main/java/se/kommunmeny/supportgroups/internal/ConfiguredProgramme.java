package se.kommunmeny.supportgroups.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

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
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.supportgroups.api.ProgrammeView;
import se.kommunmeny.supportgroups.api.SupportGroupsService;

/**
 * One group programme the municipality runs ({@code etc/se.kommunmeny.supportgroups.programme-<id>.cfg}): a menu
 * entry whose capacity is the places of its cohorts taking intake now.
 */
@Component(service = {ServiceOffering.class, ConfiguredProgramme.class}, configurationPid = ConfiguredProgramme.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ProgrammeConfig.class, factory = true)
public class ConfiguredProgramme implements ServiceOffering {
    public static final String FACTORY_PID = "se.kommunmeny.supportgroups.programme";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredProgramme.class);

    private final String id;
    private final String templateId;
    private final GroupTemplate activationTemplate;
    private final GroupTemplateCatalog catalog;
    private final SupportGroupsRepository repository;
    private final MenuEntry baseEntry;
    private final String jointWith;

    @Activate
    public ConfiguredProgramme(ProgrammeConfig config, @Reference GroupTemplateCatalog catalog,
            @Reference SupportGroupsRepository repository) {
        if (config.id() == null || !config.id().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException(FACTORY_PID + ": id must be lower-case letters, digits and -");
        }
        this.id = config.id();
        this.templateId = config.template() == null ? "" : config.template().trim();
        this.catalog = catalog;
        this.repository = repository;
        this.activationTemplate = catalog.get(templateId).orElseThrow(() -> new IllegalArgumentException(
                FACTORY_PID + " " + id + ": no usable group programme template '" + templateId + "'"));
        this.jointWith = config.jointWith() == null ? "" : config.jointWith().trim();
        this.baseEntry = entry(config, activationTemplate);
    }

    private MenuEntry entry(ProgrammeConfig c, GroupTemplate t) {
        boolean anonymous = c.anonymous() == null || c.anonymous().isBlank() ? t.anonymous
                : Boolean.parseBoolean(c.anonymous().trim());
        String providerName = c.providerName();
        if (!jointWith.isEmpty()) {
            providerName = providerName == null || providerName.isBlank() ? "Tillsammans med " + jointWith
                    : providerName + " (tillsammans med " + jointWith + ")";
        }
        return new MenuEntry(SupportGroupsService.OFFERING + "/" + id,
                c.name() == null || c.name().isBlank() ? t.name : c.name().trim(),
                ServiceType.valueOf(c.type().trim().toUpperCase(Locale.ROOT)), targetGroups(c, t), anonymous,
                c.decisionRequired(), new ServiceDescription(or(c.need(), t.need), or(c.offer(), t.offer),
                        or(c.content(), t.content), or(c.targetGroupText(), t.targetGroup), or(c.scope(), t.scope),
                        c.staff(), c.since()),
                new Provider(ProviderKind.valueOf(c.providerKind().trim().toUpperCase(Locale.ROOT)), providerName),
                null, null, methods(c, t), SupportGroupsService.OFFERING);
    }

    /** The municipality's own description of the service wins over the template's, field by field. */
    private static String or(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    private static List<String> methods(ProgrammeConfig c, GroupTemplate t) {
        List<String> configured = ConfigLists.items(c.methods());
        if (!configured.isEmpty()) {
            return configured;
        }
        return t.method == null || t.method.isBlank() ? List.of() : List.of(t.method);
    }

    private static Set<TargetGroup> targetGroups(ProgrammeConfig config, GroupTemplate template) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String g : ConfigLists.items(config.targetGroups())) {
            groups.add(TargetGroup.valueOf(g.trim().toUpperCase(Locale.ROOT)));
        }
        if (groups.isEmpty()) {
            groups.add(template.defaultTargetGroup());
        }
        return groups;
    }

    @Override
    public MenuEntry entry() {
        MenuEntry e = baseEntry;
        Integer capacity = null;
        Integer free = null;
        try {
            int[] figures = repository.read(this::intakeFigures);
            if (figures[0] > 0) {
                capacity = figures[0];
                free = Math.max(0, figures[0] - figures[1]);
            }
        } catch (RuntimeException ex) {
            LOG.debug("Capacity of group programme {} unavailable: {}", id, ex.toString());
        }
        return new MenuEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), e.decisionRequired(),
                e.description(), e.provider(), capacity, free, e.methods(), e.offering());
    }

    /** Places of the cohorts taking intake today, and the participants enrolled in them. */
    int[] intakeFigures(EntityManager em) {
        return SupportGroupsRepository.intakeFigures(em, id, DateFields.today());
    }

    /** The template as it reads now (a municipality may edit its own), or as it read when configured. */
    GroupTemplate template() {
        return catalog.get(templateId).orElse(activationTemplate);
    }

    String id() {
        return id;
    }

    String name() {
        return baseEntry.name();
    }

    boolean anonymous() {
        return baseEntry.anonymous();
    }

    ProgrammeView view() {
        GroupTemplate t = template();
        return new ProgrammeView(id, templateId, name(), t.audience, t.ageBand.min, t.ageBand.max, t.meetings,
                t.minutesPerMeeting, List.copyOf(t.themes), t.maxParticipants, anonymous(), t.parallelParentMeetings,
                t.method, t.questions.stream().map(q -> new ProgrammeView.Question(q.id, q.text)).toList(),
                baseEntry.targetGroups().stream().map(Enum::name).sorted().toList(), baseEntry.decisionRequired(),
                baseEntry.provider().kind().name(), baseEntry.provider().name(), jointWith);
    }
}
