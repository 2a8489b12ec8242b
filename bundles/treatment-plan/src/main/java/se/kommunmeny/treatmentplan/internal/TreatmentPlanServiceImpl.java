package se.kommunmeny.treatmentplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

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
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.EnrolmentRequest;
import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.NewPlan;
import se.kommunmeny.treatmentplan.api.PlanChange;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanRevision;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.ProgrammeDetail;
import se.kommunmeny.treatmentplan.api.ProgrammeView;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/** Implementation plans in the programmes this municipality runs. */
@Component(service = TreatmentPlanService.class)
public class TreatmentPlanServiceImpl implements TreatmentPlanService {
    static final int MAX_GOALS = 20;
    static final int MAX_GOAL_LENGTH = 500;

    private final PlanRepository plans;
    private final PersonService persons;
    private final AuditService audit;
    private final Map<String, ConfiguredProgramme> programmes = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    private final MunicipalityService municipality;
    private final Enrolments enrolments;
    private final CourseAccess access;

    @Activate
    public TreatmentPlanServiceImpl(@Reference PlanRepository plans, @Reference PersonService persons,
            @Reference AuditService audit, @Reference MunicipalityService municipality) {
        this.plans = plans;
        this.persons = persons;
        this.audit = audit;
        this.municipality = municipality;
        this.enrolments = new Enrolments(plans, persons, audit);
        this.access = new CourseAccess(audit);
    }

    @Override
    public EnrolmentView enrol(Caller caller, EnrolmentRequest request) {
        return access.attempt(caller, "treatment-plan/enrolment", () -> doEnrol(caller, request));
    }

    private EnrolmentView doEnrol(Caller caller, EnrolmentRequest request) {
        Municipality here = municipality.current().orElseThrow(
                () -> new UnavailableException("This instance has no valid municipality configuration."));
        ConfiguredProgramme programme = request == null || request.programmeId() == null ? null
                : programmes.get(request.programmeId());
        return enrolments.enrol(caller, request, programme, here, events);
    }

    @Override
    public EnrolmentView getEnrolment(Caller caller, String enrolmentId) {
        return access.attempt(caller, "treatment-plan/enrolment/" + enrolmentId, () -> doGetEnrolment(caller, enrolmentId));
    }

    private EnrolmentView doGetEnrolment(Caller caller, String enrolmentId) {
        return enrolments.get(caller, enrolmentId);
    }

    @Override
    public EnrolmentView extend(Caller caller, String enrolmentId, String grantedTo) {
        return access.attempt(caller, "treatment-plan/enrolment/" + enrolmentId + "/extension", () -> doExtend(caller, enrolmentId, grantedTo));
    }

    private EnrolmentView doExtend(Caller caller, String enrolmentId, String grantedTo) {
        return enrolments.extend(caller, enrolmentId, grantedTo);
    }

    @Override
    public EnrolmentView admit(Caller caller, String enrolmentId) {
        return access.attempt(caller, "treatment-plan/enrolment/" + enrolmentId + "/admission", () -> doAdmit(caller, enrolmentId));
    }

    private EnrolmentView doAdmit(Caller caller, String enrolmentId) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        String programmeId = enrolments.get(caller, enrolmentId).programmeId();
        return enrolments.admit(caller, enrolmentId, programmes.get(programmeId), events);
    }

    @Override
    public EnrolmentView moveToAftercare(Caller caller, String enrolmentId) {
        return access.attempt(caller, "treatment-plan/enrolment/" + enrolmentId + "/aftercare", () -> doMoveToAftercare(caller, enrolmentId));
    }

    private EnrolmentView doMoveToAftercare(Caller caller, String enrolmentId) {
        return enrolments.moveToAftercare(caller, enrolmentId);
    }

    @Override
    public EnrolmentView end(Caller caller, String enrolmentId, String reason) {
        return end(caller, enrolmentId, reason, null);
    }

    @Override
    public EnrolmentView end(Caller caller, String enrolmentId, String reason, String endedOn) {
        return access.attempt(caller, "treatment-plan/enrolment/" + enrolmentId + "/end",
                () -> enrolments.end(caller, enrolmentId, reason, endedOn, events));
    }

    @Override
    public List<EnrolmentView> waitingList(Caller caller, String programmeId) {
        return access.attempt(caller, "treatment-plan/waiting-list/" + programmeId, () -> doWaitingList(caller, programmeId));
    }

    private List<EnrolmentView> doWaitingList(Caller caller, String programmeId) {
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
        return access.attempt(caller, "treatment-plan/programme/" + programmeId, () -> doProgramme(caller, programmeId));
    }

    private ProgrammeDetail doProgramme(Caller caller, String programmeId) {
        caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        ConfiguredProgramme programme = programmeId == null ? null : programmes.get(programmeId);
        if (programme == null) {
            throw new NotFoundException("This municipality runs no programme with this id.");
        }
        return programme.detail();
    }

    @Override
    public PlanView createPlan(Caller caller, NewPlan plan) {
        return access.attempt(caller, "treatment-plan/plan", () -> doCreatePlan(caller, plan));
    }

    private PlanView doCreatePlan(Caller caller, NewPlan plan) {
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
        LocalDate start = DateFields.parse(problems, "startDate", plan.startDate(), DateFields.today());
        String enrolmentId = plan.enrolmentId() == null || plan.enrolmentId().isBlank() ? null : plan.enrolmentId().trim();
        if (enrolmentId != null && !isPlanId(enrolmentId)) {
            problems.add("enrolmentId", "is not an enrolment id");
        }
        problems.throwIfAny();
        LocalDate startDate = start;
        PlanView created = plans.inTransaction(em -> {
            if (enrolmentId != null) {
                EnrolmentEntity enrolment = em.find(EnrolmentEntity.class, enrolmentId);
                if (enrolment == null || !enrolment.personRef().equals(PersonReferences.canonical(plan.personRef()))
                        || !enrolment.programmeId().equals(programme.id())) {
                    throw new ValidationException("enrolmentId", "is not this client's enrolment in this programme");
                }
                if (!EnrolmentEntity.ACTIVE.equals(enrolment.status())) {
                    throw new ConflictException("The enrolment is not active: a plan is written for a client who has a place.");
                }
                CourseAccess.requireAssigned(em, caller, role, enrolment);
            }
            PlanEntity entity = new PlanEntity(UUID.randomUUID().toString(), PersonReferences.canonical(plan.personRef()), programme.id(),
                    startDate, goals.stream().map(String::trim).toList(), System.currentTimeMillis(), caller.user(),
                    enrolmentId);
            em.persist(entity);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.CREATE, PersonReferences.personIdOrNull(entity.personRef()),
                    "treatment-plan/plan/" + entity.id(), null));
            return view(em, entity);
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
        return access.attempt(caller, "treatment-plan/plan/" + planId, () -> doGetPlan(caller, planId));
    }

    private PlanView doGetPlan(Caller caller, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return plans.inTransaction(em -> {
            PlanEntity entity = findPlan(em, caller, role, planId, LockModeType.NONE);
            audit.record(new AuditEvent(caller, role, AuditAction.READ, PersonReferences.personIdOrNull(entity.personRef()),
                    "treatment-plan/plan/" + entity.id(), null));
            return view(em, entity);
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

    static PlanView view(EntityManager em, PlanEntity e) {
        PlanContent content = Reports.content(em, e);
        LocalDate today = DateFields.today();
        return new PlanView(e.id(), e.personRef(), e.programmeId(), e.status(), List.copyOf(e.goals()), e.startDate(),
                Instant.ofEpochMilli(e.createdAt()), e.createdBy(), e.version(), e.revision(), content,
                e.approvedRevision(), e.approvedOn(), PlanContents.nextDue(e.startDate(), 1, today),
                PlanContents.nextDue(e.startDate(), 3, today), e.enrolmentId(), e.sentRevision(), e.sentTo());
    }

    @Override
    public PlanView revise(Caller caller, String planId, PlanChange change) {
        return access.attempt(caller, "treatment-plan/plan/" + planId + "/revision", () -> doRevise(caller, planId, change));
    }

    private PlanView doRevise(Caller caller, String planId, PlanChange change) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        ValidationException.Collector problems = new ValidationException.Collector();
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        if (change.version() == null) {
            problems.add("version", "is required: the version of the plan you edited");
        }
        problems.require("summary", change.summary()).maxLength("summary", change.summary(), 500);
        PlanContents.validate(change.content(), problems);
        problems.throwIfAny();
        String json = PlanContents.store(change.content());
        return plans.inTransaction(em -> {
            PlanEntity plan = findPlan(em, caller, role, planId, LockModeType.PESSIMISTIC_WRITE);
            if (!PlanEntity.ACTIVE.equals(plan.status())) {
                throw new ConflictException("The plan is closed; it can no longer be revised.");
            }
            if (plan.version() != change.version()) {
                throw new ConflictException("The plan was changed by someone else since you read it (it is now at "
                        + "version " + plan.version() + "); read it again and apply your change to that version.");
            }
            int revision = plan.nextRevision();
            em.persist(new PlanRevisionEntity(UUID.randomUUID().toString(), plan.id(), revision, caller.user(),
                    System.currentTimeMillis(), change.summary().trim(), json));
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.UPDATE, PersonReferences.personIdOrNull(plan.personRef()),
                    "treatment-plan/plan/" + plan.id() + "/revision/" + revision, null));
            return view(em, plan);
        });
    }

    @Override
    public List<PlanRevision> revisions(Caller caller, String planId) {
        return access.attempt(caller, "treatment-plan/plan/" + planId + "/revisions", () -> doRevisions(caller, planId));
    }

    private List<PlanRevision> doRevisions(Caller caller, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        return plans.inTransaction(em -> {
            PlanEntity plan = findPlan(em, caller, role, planId, LockModeType.NONE);
            audit.record(new AuditEvent(caller, role, AuditAction.READ, PersonReferences.personIdOrNull(plan.personRef()),
                    "treatment-plan/plan/" + plan.id() + "/revisions", null));
            return em.createQuery("SELECT r FROM PlanRevisionEntity r WHERE r.planId = :p ORDER BY r.revision",
                    PlanRevisionEntity.class).setParameter("p", plan.id()).getResultList().stream()
                    .map(r -> new PlanRevision(r.revision(), r.changedBy(), Instant.ofEpochMilli(r.changedAt()),
                            r.summary(), PlanContents.read(r.content()))).toList();
        });
    }

    @Override
    public PlanView recordApproval(Caller caller, String planId, String approvedOn) {
        return access.attempt(caller, "treatment-plan/plan/" + planId + "/approval", () -> doRecordApproval(caller, planId, approvedOn));
    }

    private PlanView doRecordApproval(Caller caller, String planId, String approvedOn) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate on = DateFields.notFuture(problems, "approvedOn", approvedOn, DateFields.today());
        problems.throwIfAny();
        return plans.inTransaction(em -> {
            PlanEntity plan = findPlan(em, caller, role, planId, LockModeType.PESSIMISTIC_WRITE);
            if (plan.revision() == 0) {
                throw new ConflictException("The plan has no content yet for the client to approve.");
            }
            if (on.isBefore(plan.startDate().minusMonths(1))) {
                throw new ValidationException("approvedOn", "is long before the plan starts");
            }
            plan.approve(on);
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.UPDATE, PersonReferences.personIdOrNull(plan.personRef()),
                    "treatment-plan/plan/" + plan.id() + "/approval", null));
            return view(em, plan);
        });
    }

    @Override
    public PlanView recordSent(Caller caller, String planId) {
        PlanView sent = access.attempt(caller, "treatment-plan/plan/" + planId + "/sent",
                () -> doRecordSent(caller, planId));
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(TOPIC_PLAN_SENT, Map.of("plan.id", sent.id(), "person.ref", sent.personRef(),
                    "commissioner.code", sent.sentTo() == null ? "" : sent.sentTo())));
        }
        return sent;
    }

    private PlanView doRecordSent(Caller caller, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        return plans.inTransaction(em -> {
            PlanEntity plan = findPlan(em, caller, role, planId, LockModeType.PESSIMISTIC_WRITE);
            if (plan.approvedRevision() == null) {
                throw new ConflictException("The client has not approved the plan; only an approved plan is sent.");
            }
            EnrolmentEntity enrolment = plan.enrolmentId() == null ? null
                    : em.find(EnrolmentEntity.class, plan.enrolmentId());
            if (enrolment == null) {
                throw new ConflictException("The plan belongs to no enrolment, so its commissioner is not known.");
            }
            plan.sent(enrolment.commissionerCode(), System.currentTimeMillis());
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.UPDATE, PersonReferences.personIdOrNull(plan.personRef()),
                    "treatment-plan/plan/" + plan.id() + "/sent", "to=" + enrolment.commissionerCode()));
            return view(em, plan);
        });
    }

    @Override
    public PlanView close(Caller caller, String planId) {
        return access.attempt(caller, "treatment-plan/plan/" + planId + "/closed", () -> doClose(caller, planId));
    }

    private PlanView doClose(Caller caller, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        return plans.inTransaction(em -> {
            PlanEntity plan = findPlan(em, caller, role, planId, LockModeType.PESSIMISTIC_WRITE);
            if (!PlanEntity.ACTIVE.equals(plan.status())) {
                throw new ConflictException("The plan is already closed.");
            }
            plan.close(System.currentTimeMillis());
            em.flush();
            audit.record(new AuditEvent(caller, role, AuditAction.UPDATE, PersonReferences.personIdOrNull(plan.personRef()),
                    "treatment-plan/plan/" + plan.id() + "/closed", null));
            return view(em, plan);
        });
    }

    /**
     * The plan, when the caller may reach it: a practitioner must be assigned to the plan's enrolment, or have written
     * a plan that belongs to no enrolment.
     */
    private static PlanEntity findPlan(EntityManager em, Caller caller, String role, String planId, LockModeType lock) {
        if (!isPlanId(planId)) {
            throw new ValidationException("id", "is not a plan id");
        }
        PlanEntity plan = em.find(PlanEntity.class, planId, lock);
        if (plan == null) {
            throw new NotFoundException("No plan with this id.");
        }
        if (Role.BEHANDLARE.equals(role)) {
            boolean reaches = plan.enrolmentId() == null ? plan.createdBy().equals(caller.user())
                    : CourseAccess.isAssigned(em, plan.enrolmentId(), caller.user());
            if (!reaches) {
                throw new CourseAccess.NotAssignedException(PersonReferences.personIdOrNull(plan.personRef()));
            }
        }
        return plan;
    }
}
