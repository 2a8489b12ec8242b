package se.kommunmeny.treatmentplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.EnrolmentRequest;
import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.NewPlan;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.ProgrammeDetail;
import se.kommunmeny.treatmentplan.api.ProgrammeView;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/** Implementation plans in the programmes this municipality runs. */
@Component(service = TreatmentPlanService.class)
public class TreatmentPlanServiceImpl implements TreatmentPlanService {
    static final int MAX_GOALS = 20;
    static final int MAX_GOAL_LENGTH = 500;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final PlanRepository plans;
    private final PersonService persons;
    private final AuditService audit;
    private final Map<String, ConfiguredProgramme> programmes = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    private final MunicipalityService municipality;
    private final Enrolments enrolments;

    @Activate
    public TreatmentPlanServiceImpl(@Reference PlanRepository plans, @Reference PersonService persons,
            @Reference AuditService audit, @Reference MunicipalityService municipality) {
        this.plans = plans;
        this.persons = persons;
        this.audit = audit;
        this.municipality = municipality;
        this.enrolments = new Enrolments(plans, persons, audit);
    }

    @Override
    public EnrolmentView enrol(Caller caller, EnrolmentRequest request) {
        Municipality here = municipality.current().orElseThrow(
                () -> new UnavailableException("This instance has no valid municipality configuration."));
        ConfiguredProgramme programme = request == null || request.programmeId() == null ? null
                : programmes.get(request.programmeId());
        return enrolments.enrol(caller, request, programme, here, events);
    }

    @Override
    public EnrolmentView getEnrolment(Caller caller, String enrolmentId) {
        return enrolments.get(caller, enrolmentId);
    }

    @Override
    public EnrolmentView extend(Caller caller, String enrolmentId, String grantedTo) {
        return enrolments.extend(caller, enrolmentId, grantedTo);
    }

    @Override
    public EnrolmentView admit(Caller caller, String enrolmentId) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        String programmeId = enrolments.get(caller, enrolmentId).programmeId();
        return enrolments.admit(caller, enrolmentId, programmes.get(programmeId), events);
    }

    @Override
    public EnrolmentView moveToAftercare(Caller caller, String enrolmentId) {
        return enrolments.moveToAftercare(caller, enrolmentId);
    }

    @Override
    public EnrolmentView end(Caller caller, String enrolmentId, String reason) {
        return enrolments.end(caller, enrolmentId, reason, events);
    }

    @Override
    public List<EnrolmentView> waitingList(Caller caller, String programmeId) {
        if (programmeId == null || !programmes.containsKey(programmeId)) {
            caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
            throw new NotFoundException("This municipality runs no programme with this id.");
        }
        return enrolments.waitingList(caller, programmeId);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProgramme(ConfiguredProgramme programme) {
        programmes.put(programme.id(), programme);
    }

    void removeProgramme(ConfiguredProgramme programme) {
        programmes.remove(programme.id(), programme);
    }

    @Override
    public List<ProgrammeView> programmes(Caller caller) {
        caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        return programmes.values().stream().map(ConfiguredProgramme::view)
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public ProgrammeDetail programme(Caller caller, String programmeId) {
        caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        ConfiguredProgramme programme = programmeId == null ? null : programmes.get(programmeId);
        if (programme == null) {
            throw new NotFoundException("This municipality runs no programme with this id.");
        }
        return programme.detail();
    }

    @Override
    public PlanView createPlan(Caller caller, NewPlan plan) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (plan == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("personRef", plan.personRef());
        if (plan.personRef() != null && !plan.personRef().isBlank() && !persons.exists(plan.personRef())) {
            problems.add("personRef", "is neither a registered person's id nor an anonymous contact's code");
        }
        ConfiguredProgramme programme = plan.programmeId() == null ? null : programmes.get(plan.programmeId());
        if (plan.programmeId() == null || plan.programmeId().isBlank()) {
            problems.add("programmeId", "is required");
        } else if (programme == null) {
            problems.add("programmeId", "is not a programme this municipality runs");
        }
        List<String> goals = plan.goals() == null ? List.of() : plan.goals();
        if (goals.isEmpty()) {
            problems.add("goals", "at least one goal from the decision is required");
        } else if (goals.size() > MAX_GOALS) {
            problems.add("goals", "at most " + MAX_GOALS + " goals");
        }
        for (int i = 0; i < Math.min(goals.size(), MAX_GOALS); i++) {
            String goal = goals.get(i);
            if (goal == null || goal.isBlank()) {
                problems.add("goals[" + i + "]", "is empty");
            } else if (goal.length() > MAX_GOAL_LENGTH) {
                problems.add("goals[" + i + "]", "must be at most " + MAX_GOAL_LENGTH + " characters");
            }
        }
        LocalDate start = LocalDate.now(ZONE);
        if (plan.startDate() != null && !plan.startDate().isBlank()) {
            try {
                start = LocalDate.parse(plan.startDate().trim());
            } catch (DateTimeParseException e) {
                problems.add("startDate", "must be a date written yyyy-mm-dd");
            }
        }
        problems.throwIfAny();
        LocalDate startDate = start;
        PlanView created = plans.inTransaction(em -> {
            PlanEntity entity = new PlanEntity(UUID.randomUUID().toString(), plan.personRef().trim(), programme.id(),
                    startDate, goals.stream().map(String::trim).toList(), System.currentTimeMillis(), caller.user());
            em.persist(entity);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, PersonReferences.personIdOrNull(entity.personRef()),
                    "treatment-plan/plan/" + entity.id(), null));
            return view(entity);
        });
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(TOPIC_PLAN_CREATED, Map.of("plan.id", created.id(), "programme.id",
                    created.programmeId())));
        }
        return created;
    }

    @Override
    public PlanView getPlan(Caller caller, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        if (!isPlanId(planId)) {
            throw new ValidationException("id", "is not a plan id");
        }
        return plans.inTransaction(em -> {
            PlanEntity entity = em.find(PlanEntity.class, planId);
            if (entity == null) {
                throw new NotFoundException("No plan with this id.");
            }
            audit.record(new AuditEvent(caller, role, AuditAction.READ, PersonReferences.personIdOrNull(entity.personRef()),
                    "treatment-plan/plan/" + entity.id(), null));
            return view(entity);
        });
    }

    /** Plan ids are random UUIDs, written in lower case. */
    static boolean isPlanId(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static PlanView view(PlanEntity e) {
        return new PlanView(e.id(), e.personRef(), e.programmeId(), e.status(), List.copyOf(e.goals()), e.startDate(),
                Instant.ofEpochMilli(e.createdAt()), e.createdBy(), e.version());
    }
}
