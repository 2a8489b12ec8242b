package se.kommunmeny.housing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.housing.api.BreachView;
import se.kommunmeny.housing.api.CaseEventView;
import se.kommunmeny.housing.api.FollowUpView;
import se.kommunmeny.housing.api.GoalProgress;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.KeyEventView;
import se.kommunmeny.housing.api.NewBreach;
import se.kommunmeny.housing.api.NewFollowUp;
import se.kommunmeny.housing.api.NewKeyEvent;
import se.kommunmeny.housing.api.NewVisit;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.VisitView;
import se.kommunmeny.housing.api.WorkPlan;
import se.kommunmeny.housing.api.WorkPlanChange;
import se.kommunmeny.housing.api.WorkPlanRevision;

/**
 * The case records of a placement: work plan revisions, home visits, keys, breaches, follow-ups and case events.
 * Assigned support workers, the case officer and the unit manager write and read them; each is audited.
 */
final class CaseRecords {
    static final Set<String> CONSEQUENCES = Set.of("NONE", "WARNING", "LOCK_OUT", "EVICTION");
    /** Consequences only the unit manager decides. */
    static final Set<String> MANAGER_DECISIONS = Set.of("LOCK_OUT", "EVICTION");
    static final Set<String> GOAL_STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "ACHIEVED", "ABANDONED");
    static final int MAX_LONG_TEXT = 4000;

    private final HousingRepository repository;
    private final PlacementAccess access;
    private final Kinds kinds;

    CaseRecords(HousingRepository repository, PlacementAccess access, Kinds kinds) {
        this.repository = repository;
        this.access = access;
        this.kinds = kinds;
    }

    PlacementView reviseWorkPlan(Caller caller, String id, WorkPlanChange change) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        if (change.version() == null) {
            problems.add("version", "is required: the version of the placement the change was made to");
        }
        if (change.workPlan() == null) {
            problems.add("workPlan", "is required");
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (change.version() != p.version) {
                throw new ConflictException("The placement was changed by someone else (version " + p.version + ").");
            }
            if (!p.isActive() && !p.isWaiting()) {
                throw new ConflictException("The placement has ended; its work plan is kept as it was.");
            }
            UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId);
            WorkPlan plan = WorkPlans.normalise(problems, "workPlan", change.workPlan(),
                    kinds.rules(p.kindId, unit).followUpIntervalDays());
            String json = Json.bounded(problems, "workPlan", plan);
            problems.throwIfAny();
            p.workPlanRevision++;
            p.workPlan = json;
            p.followUpIntervalDays = plan.followUpIntervalDays();
            em.persist(new WorkPlanRevisionEntity(p.id, p.workPlanRevision, json, System.currentTimeMillis(),
                    caller.user()));
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, p, PlacementAccess.resource(p.id, "work-plan"));
            return Views.placement(em, p, kinds);
        });
    }

    List<WorkPlanRevision> workPlanRevisions(Caller caller, String id) {
        return list(caller, id, "work-plan/revisions", em -> Views.rowsOf(em, WorkPlanRevisionEntity.class, id,
                "r.revision").stream().map(r -> new WorkPlanRevision(r.revision, Json.workPlan(r.workPlan),
                        Dates.instant(r.revisedAt), r.revisedBy)).toList());
    }

    VisitView recordVisit(Caller caller, String id, NewVisit visit) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (visit == null) {
            throw new ValidationException("body", "is required");
        }
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            requireHeldPlace(p);
            ValidationException.Collector problems = new ValidationException.Collector();
            VisitEntity v = new VisitEntity(UUID.randomUUID().toString(), p.id, caller.user(), System.currentTimeMillis());
            v.visitedOn = DateFields.pastDay(problems, "visitedOn", visit.visitedOn(), lastDay(p), p.startDate, "the start");
            List<String> visitors = Texts.items(problems, "visitors", visit.visitors());
            v.visitors = Json.bounded(problems, "visitors", visitors.isEmpty() ? List.of(caller.user()) : visitors);
            v.activities = Json.bounded(problems, "activities", Texts.items(problems, "activities", visit.activities()));
            v.support = Texts.text(problems, "support", visit.support(), MAX_LONG_TEXT);
            v.control = Texts.text(problems, "control", visit.control(), MAX_LONG_TEXT);
            v.note = Texts.text(problems, "note", visit.note(), MAX_LONG_TEXT);
            problems.throwIfAny();
            em.persist(v);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, PlacementAccess.resource(p.id, "visits/" + v.id));
            return Views.visit(v);
        });
    }

    List<VisitView> visits(Caller caller, String id) {
        return list(caller, id, "visits", em -> Views.rowsOf(em, VisitEntity.class, id, "r.visitedOn, r.recordedAt")
                .stream().map(Views::visit).toList());
    }

    KeyEventView recordKeyEvent(Caller caller, String id, NewKeyEvent event) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (event == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String kind = Texts.code(problems, "event", event.event(), Set.copyOf(Keys.EVENTS), null);
        String label = Texts.text(problems, "keyLabel", event.keyLabel(), 100);
        if (label == null && (Keys.HANDED_OUT.equals(kind) || Keys.RETURNED.equals(kind))) {
            problems.add("keyLabel", "is required to hand out or take back a key");
        }
        String note = Texts.text(problems, "note", event.note(), Texts.MAX_TEXT);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            requireHeldPlace(p);
            ValidationException.Collector dates = new ValidationException.Collector();
            LocalDate on = Texts.trimmed(event.occurredOn()) == null ? DateFields.today()
                    : DateFields.pastDay(dates, "occurredOn", event.occurredOn(), DateFields.today(), p.startDate, "the start");
            dates.throwIfAny();
            List<String> out = Keys.outstanding(Views.keyEvents(em, p.id));
            if (Keys.HANDED_OUT.equals(kind) && !p.isActive()) {
                throw new ConflictException("Keys are handed out only to an active placement.");
            }
            if (Keys.HANDED_OUT.equals(kind) && out.contains(label)) {
                throw new ConflictException("The key " + label + " is already handed out.");
            }
            if (Keys.RETURNED.equals(kind) && !out.contains(label)) {
                throw new ConflictException("The key " + label + " was not handed out, or was already returned.");
            }
            KeyEventEntity k = new KeyEventEntity(UUID.randomUUID().toString(), p.id, kind, label, on, note,
                    caller.user(), System.currentTimeMillis());
            em.persist(k);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, PlacementAccess.resource(p.id, "keys/" + k.id));
            return Views.key(k);
        });
    }

    List<KeyEventView> keyEvents(Caller caller, String id) {
        return list(caller, id, "keys", em -> Views.rowsOf(em, KeyEventEntity.class, id, "r.recordedAt, r.id")
                .stream().map(Views::key).toList());
    }

    /** The breach and whether it evicted the tenant (the caller posts the events after the commit). */
    record BreachResult(BreachView breach, PlacementView placement) {
    }

    /**
     * Whether a breach's consequence is the unit manager's to decide. A missing or unknown consequence (null here) is
     * a field problem the caller collects, not a decision ({@code Set.of(…).contains(null)} would throw).
     */
    static boolean isManagerDecision(String consequence) {
        return consequence != null && MANAGER_DECISIONS.contains(consequence);
    }

    BreachResult recordBreach(Caller caller, String id, NewBreach breach) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (breach == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String consequence = Texts.code(problems, "consequence", breach.consequence(), CONSEQUENCES, null);
        boolean managerDecision = isManagerDecision(consequence);
        String decisionRole = managerDecision ? caller.requireAnyRole(Role.ENHETSCHEF) : role;
        String description = Texts.required(problems, "description", breach.description(), MAX_LONG_TEXT);
        String condition = Texts.text(problems, "condition", breach.condition(), Texts.MAX_ITEM);
        String reason = managerDecision ? Texts.required(problems, "reason", breach.reason(), Texts.MAX_TEXT)
                : Texts.text(problems, "reason", breach.reason(), Texts.MAX_TEXT);
        String decisionMaker = Texts.text(problems, "decisionMaker", breach.decisionMaker(), 100);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, decisionRole, id, true);
            if (!p.isActive()) {
                throw new ConflictException("Breaches are recorded on an active placement.");
            }
            ValidationException.Collector dates = new ValidationException.Collector();
            LocalDate on = DateFields.pastDay(dates, "occurredOn", breach.occurredOn(), DateFields.today(), p.startDate, "the start");
            dates.throwIfAny();
            BreachEntity b = new BreachEntity(UUID.randomUUID().toString(), p.id, caller.user(), System.currentTimeMillis());
            b.occurredOn = on;
            b.description = description;
            b.condition = condition;
            b.consequence = consequence;
            b.reason = reason;
            b.decisionMaker = decisionMaker == null ? caller.user() : decisionMaker;
            if ("EVICTION".equals(consequence)) {
                evict(em, p, b);
            }
            em.persist(b);
            em.flush();
            access.record(caller, decisionRole, AuditAction.CREATE, p, PlacementAccess.resource(p.id, "breaches/" + b.id));
            return new BreachResult(Views.breach(b), Views.placement(em, p, kinds));
        });
    }

    private void evict(EntityManager em, PlacementEntity p, BreachEntity b) {
        UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId);
        int notice = kinds.rules(p.kindId, unit).evictionNoticeHours();
        if (unit == null || notice < 0) {
            throw new ConflictException("The unit's rules do not allow eviction.");
        }
        b.moveOutBy = StayRules.moveOutBy(b.occurredOn, notice);
        p.end(PlacementEntity.EVICTED, b.occurredOn, PlacementEntity.EVICTED, null);
        p.moveOutBy = b.moveOutBy;
    }

    static void postEviction(EventAdmin events, BreachResult result) {
        if (PlacementEntity.EVICTED.equals(result.placement().status())
                && "EVICTION".equals(result.breach().consequence())) {
            Events.post(events, HousingSupportService.TOPIC_EVICTED, result.placement(), result.breach().reason());
            Events.post(events, HousingSupportService.TOPIC_ENDED, result.placement(), PlacementEntity.EVICTED);
        }
    }

    List<BreachView> breaches(Caller caller, String id) {
        return list(caller, id, "breaches", em -> Views.rowsOf(em, BreachEntity.class, id, "r.occurredOn, r.recordedAt")
                .stream().map(Views::breach).toList());
    }

    FollowUpView recordFollowUp(Caller caller, String id, NewFollowUp followUp) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (followUp == null) {
            throw new ValidationException("body", "is required");
        }
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (!p.isActive()) {
                throw new ConflictException("Follow-ups are held while the placement is active.");
            }
            ValidationException.Collector problems = new ValidationException.Collector();
            FollowUpEntity f = new FollowUpEntity(UUID.randomUUID().toString(), p.id, caller.user(),
                    System.currentTimeMillis());
            f.heldOn = DateFields.pastDay(problems, "heldOn", followUp.heldOn(), DateFields.today(), p.startDate, "the start");
            f.participants = Json.bounded(problems, "participants",
                    Texts.items(problems, "participants", followUp.participants()));
            f.goalProgress = Json.bounded(problems, "goalProgress", progress(problems, followUp.goalProgress()));
            f.note = Texts.text(problems, "note", followUp.note(), MAX_LONG_TEXT);
            problems.throwIfAny();
            f.nextDue = f.heldOn.plusDays(p.followUpIntervalDays);
            if (p.lastFollowUpOn == null || f.heldOn.isAfter(p.lastFollowUpOn)) {
                p.lastFollowUpOn = f.heldOn;
            }
            em.persist(f);
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, PlacementAccess.resource(p.id, "follow-ups/" + f.id));
            return Views.followUp(f);
        });
    }

    private static List<GoalProgress> progress(ValidationException.Collector problems, List<GoalProgress> given) {
        List<GoalProgress> progress = new ArrayList<>();
        if (given == null) {
            return progress;
        }
        if (given.size() > Texts.MAX_ITEMS) {
            problems.add("goalProgress", "must have at most " + Texts.MAX_ITEMS + " goals");
            return progress;
        }
        for (int i = 0; i < given.size(); i++) {
            String at = "goalProgress[" + i + "]";
            GoalProgress g = given.get(i);
            if (g == null) {
                problems.add(at, "is empty");
                continue;
            }
            progress.add(new GoalProgress(Texts.required(problems, at + ".goal", g.goal(), Texts.MAX_ITEM),
                    Texts.code(problems, at + ".status", g.status(), GOAL_STATUSES, null),
                    Texts.text(problems, at + ".note", g.note(), Texts.MAX_ITEM)));
        }
        return progress;
    }

    List<FollowUpView> followUps(Caller caller, String id) {
        return list(caller, id, "follow-ups", em -> Views.rowsOf(em, FollowUpEntity.class, id, "r.heldOn, r.recordedAt")
                .stream().map(Views::followUp).toList());
    }

    List<CaseEventView> caseEvents(Caller caller, String id) {
        return list(caller, id, "events", em -> Views.rowsOf(em, CaseEventEntity.class, id, "r.occurredAt, r.id")
                .stream().map(Views::caseEvent).toList());
    }

    /** Reads one kind of record of a placement the caller may reach, audited as a READ. */
    private <T> List<T> list(Caller caller, String id, String part, Function<EntityManager, List<T>> rows) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            access.record(caller, role, AuditAction.READ, p, PlacementAccess.resource(p.id, part));
            return rows.apply(em);
        });
    }

    /** Visits and keys belong to a place held now or earlier, not to a request in the queue. */
    private static void requireHeldPlace(PlacementEntity p) {
        if (p.isWaiting() || PlacementEntity.CANCELLED.equals(p.status)) {
            throw new ConflictException("The placement has not begun.");
        }
    }

    /** The last day records may be dated: today while active, the day it ended after. */
    private static LocalDate lastDay(PlacementEntity p) {
        LocalDate today = DateFields.today();
        return p.endedOn == null || p.endedOn.isAfter(today) ? today : p.endedOn;
    }
}
