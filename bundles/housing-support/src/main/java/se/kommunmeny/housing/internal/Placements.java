package se.kommunmeny.housing.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.housing.api.ContractTerms;
import se.kommunmeny.housing.api.Extension;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.MoveOut;
import se.kommunmeny.housing.api.PlacementRequest;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.StayDecision;
import se.kommunmeny.housing.api.WorkPlan;

/**
 * Placements and their waiting lists. Taking a place locks the unit's (or unit-less kind's) lock row, so concurrent
 * placements never take more places than there are; every read and change is audited in its transaction.
 */
final class Placements {
    static final Set<String> CONTRACT_TYPES = Set.of("SECOND_HAND", "NONE");
    static final Set<String> MOVE_OUT_REASONS = Set.of("OWN_LEASE", "TREATMENT", "INSTITUTION", "OTHER_HOUSING",
            "LEFT", "DECEASED", "OTHER");
    static final int MAX_RENT = 100_000;
    /** How far back a placement may start: tenancies running when the platform is taken into use. */
    static final int MAX_YEARS_BACK = 5;
    private static final String USER_NAME = "[A-Za-z0-9._@-]{1,100}";

    private final HousingRepository repository;
    private final PersonService persons;
    private final PlacementAccess access;
    private final Kinds kinds;

    Placements(HousingRepository repository, PersonService persons, PlacementAccess access, Kinds kinds) {
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.kinds = kinds;
    }

    /** Where a placement goes: a unit of a kind, or a unit-less kind. */
    private record Target(ConfiguredKind kind, UnitEntity unit) {
        int capacity(EntityManager em) {
            return unit == null ? kind.caseload() : unit.places;
        }

        int occupied(EntityManager em) {
            return unit == null ? HousingRepository.occupiedInKind(em, kind.id())
                    : HousingRepository.occupiedInUnit(em, unit.id);
        }

        String lockKey() {
            return unit == null ? CapacityLockEntity.forKind(kind.id()) : CapacityLockEntity.forUnit(unit.id);
        }
    }

    PlacementView place(Caller caller, PlacementRequest request, EventAdmin events) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.BEHANDLARE);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        // An anonymous code is stored as issued, whichever way it was typed (one contact, one reference).
        String personRef = PersonReferences.canonical(Texts.trimmed(request.personRef()));
        if (personRef == null) {
            problems.add("personRef", "is required");
        } else if (!persons.exists(personRef)) {
            problems.add("personRef", "is neither a registered person's id nor an anonymous contact's code");
        }
        LocalDate today = DateFields.today();
        LocalDate start = DateFields.parse(problems, "startDate", request.startDate(), today);
        // A tenancy that began before the platform came into use is registered with its real start (the qualifying
        // period counts from it), so the start may lie some years back.
        if (start != null && (start.isBefore(today.minusYears(MAX_YEARS_BACK)) || start.isAfter(today.plusYears(1)))) {
            problems.add("startDate", "must be at most " + MAX_YEARS_BACK + " years back and at most a year ahead");
        }
        LocalDate plannedEnd = DateFields.parse(problems, "plannedEndDate", request.plannedEndDate(), null);
        if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
            problems.add("plannedEndDate", "is before startDate");
        }
        boolean waitIfFull = Boolean.TRUE.equals(request.waitIfFull());
        PlacementView view = repository.inTransaction(em -> {
            Target target = target(em, problems, request);
            Rules rules = target == null ? Rules.NONE : target.kind().rules().of(target.unit());
            ContractTerms contract = contract(problems, request.contract(), target);
            WorkPlan plan = WorkPlans.normalise(problems, "workPlan", request.workPlan(), rules.followUpIntervalDays());
            String planJson = Json.bounded(problems, "workPlan", plan);
            StayDecision decision = decision(problems, "stayDecision", request.stayDecision(), false);
            LocalDate end = plannedEnd(problems, "plannedEndDate", start, plannedEnd, rules, decision);
            problems.throwIfAny();
            em.find(CapacityLockEntity.class, CapacityLockEntity.PERSONS, LockModeType.PESSIMISTIC_WRITE);
            em.find(CapacityLockEntity.class, target.lockKey(), LockModeType.PESSIMISTIC_WRITE);
            PlacementEntity p = new PlacementEntity(UUID.randomUUID().toString(), personRef, target.kind().id(),
                    target.unit() == null ? null : target.unit().id, System.currentTimeMillis(), caller.user());
            p.startDate = start;
            p.plannedEndDate = end;
            p.plannedEndGiven = plannedEnd != null ? 1 : 0;
            p.contractType = contract.type();
            p.rentPerMonth = contract.rentPerMonth();
            p.workPlan = planJson;
            p.workPlanRevision = 1;
            p.followUpIntervalDays = plan.followUpIntervalDays();
            setDecision(p, decision);
            requireNotQueuedTwice(em, p);
            if (Capacity.hasPlace(target.capacity(em), target.occupied(em))) {
                requireNoOverlap(em, p);
                p.admit(System.currentTimeMillis());
            } else if (!waitIfFull) {
                throw new ConflictException("There is no free place on " + start
                        + "; ask with waitIfFull to join the waiting list.");
            }
            em.persist(p);
            em.flush();
            em.persist(new WorkPlanRevisionEntity(p.id, 1, planJson, p.requestedAt, caller.user()));
            if (Role.BEHANDLARE.equals(role)) {
                em.persist(new StaffEntity(p.id, caller.user(), p.requestedAt, caller.user()));
            }
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, PlacementAccess.resource(p.id, null));
            return Views.placement(em, p, kinds);
        });
        if (PlacementEntity.ACTIVE.equals(view.status())) {
            Events.post(events, HousingSupportService.TOPIC_PLACED, view, null);
        }
        return view;
    }

    private Target target(EntityManager em, ValidationException.Collector problems, PlacementRequest request) {
        String unitId = Texts.trimmed(request.unitId());
        String kindId = Texts.trimmed(request.kindId());
        if (unitId == null) {
            ConfiguredKind kind = kinds.get(kindId);
            if (kindId == null) {
                problems.add("unitId", "is required (or kindId for home support)");
            } else if (kind == null) {
                problems.add("kindId", "is not a housing kind this municipality runs");
            } else if (kind.kind().hasUnits) {
                problems.add("unitId", "is required: a place of kind " + kindId + " is in one of its units");
            } else {
                return new Target(kind, null);
            }
            return null;
        }
        UnitEntity unit = PlacementAccess.isId(unitId) ? em.find(UnitEntity.class, unitId) : null;
        ConfiguredKind kind = unit == null ? null : kinds.get(unit.kindId);
        if (unit == null) {
            problems.add("unitId", "is not a unit of the housing stock");
        } else if (!unit.isActive()) {
            problems.add("unitId", "has left the housing stock");
        } else if (kind == null) {
            problems.add("unitId", "belongs to a housing kind that is no longer run");
        } else if (kindId != null && !kindId.equals(unit.kindId)) {
            problems.add("kindId", "does not match the unit's kind " + unit.kindId);
        } else {
            return new Target(kind, unit);
        }
        return null;
    }

    private static ContractTerms contract(ValidationException.Collector problems, ContractTerms c, Target target) {
        HousingKind kind = target == null ? null : target.kind().kind();
        String fallback = kind != null && kind.secondHandByDefault ? "SECOND_HAND" : "NONE";
        String type = Texts.code(problems, "contract.type", c == null ? null : c.type(), CONTRACT_TYPES, fallback);
        if ("SECOND_HAND".equals(type) && kind != null && !kind.allowsLease()) {
            problems.add("contract.type", "a " + kind + " placement has no lease: NONE");
        }
        Integer rent = c == null ? null : c.rentPerMonth();
        if (rent != null && (rent < 0 || rent > MAX_RENT)) {
            problems.add("contract.rentPerMonth", "must be between 0 and " + MAX_RENT);
        }
        return new ContractTerms(type, rent);
    }

    /** A stay decision's fields, or {@code null} when none is given and none is required. */
    static StayDecision decision(ValidationException.Collector problems, String field, StayDecision d,
            boolean required) {
        if (d == null) {
            if (required) {
                problems.add(field, "is required");
            }
            return null;
        }
        String by = Texts.required(problems, field + ".decidedBy", d.decidedBy(), 100);
        LocalDate on = DateFields.pastDay(problems, field + ".decidedOn", d.decidedOn(), DateFields.today(), null, null);
        String reason = Texts.required(problems, field + ".reason", d.reason(), Texts.MAX_TEXT);
        return new StayDecision(by, on == null ? null : on.toString(), reason);
    }

    /** The planned end: as asked (within the maximum stay unless decided), else the maximum stay's last day. */
    static LocalDate plannedEnd(ValidationException.Collector problems, String field, LocalDate start,
            LocalDate asked, Rules rules, StayDecision decision) {
        if (start == null) {
            return asked;
        }
        LocalDate last = StayRules.maxStayLastDay(start, rules.maxStayMonths());
        if (asked == null) {
            return last;
        }
        if (StayRules.beyondMaxStay(start, asked, rules.maxStayMonths()) && decision == null) {
            problems.add(field, "is beyond the maximum stay of " + rules.maxStayMonths() + " months (last day "
                    + last + "); a stayDecision is required");
        }
        return asked;
    }

    private static void setDecision(PlacementEntity p, StayDecision d) {
        if (d != null) {
            p.stayDecidedBy = d.decidedBy();
            p.stayDecidedOn = LocalDate.parse(d.decidedOn());
            p.stayReason = d.reason();
        }
    }

    private static void requireNotQueuedTwice(EntityManager em, PlacementEntity p) {
        String target = p.unitId == null ? "q.kindId = :t AND q.unitId IS NULL" : "q.unitId = :t";
        long same = em.createQuery("SELECT COUNT(q) FROM PlacementEntity q WHERE q.personRef = :r AND " + target
                + " AND q.status IN :s", Long.class).setParameter("r", p.personRef)
                .setParameter("t", p.unitId == null ? p.kindId : p.unitId)
                .setParameter("s", List.of(PlacementEntity.WAITING, PlacementEntity.ACTIVE)).getSingleResult();
        if (same > 0) {
            throw new ConflictException("The person already has a place or a place in the queue here.");
        }
    }

    /** A person lives in one place: no two active housing placements over the same days. */
    private static void requireNoOverlap(EntityManager em, PlacementEntity p) {
        List<PlacementEntity> active = em.createQuery("SELECT q FROM PlacementEntity q WHERE q.personRef = :r "
                + "AND q.status = :s AND q.id <> :id", PlacementEntity.class).setParameter("r", p.personRef)
                .setParameter("s", PlacementEntity.ACTIVE).setParameter("id", p.id).getResultList();
        for (PlacementEntity q : active) {
            if (Capacity.overlaps(q.startDate, q.plannedEndDate, p.startDate, p.plannedEndDate)) {
                throw new ConflictException("The person already has an active housing placement over these days ("
                        + q.startDate + (q.plannedEndDate == null ? " on" : " to " + q.plannedEndDate) + ").");
            }
        }
    }

    PlacementView get(Caller caller, String id) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            access.record(caller, role, AuditAction.READ, p, PlacementAccess.resource(p.id, null));
            return Views.placement(em, p, kinds);
        });
    }

    /** The person reference of a placement the caller may reach (not audited: the caller's next step is). */
    String personRef(Caller caller, String id) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.read(em -> PlacementAccess.placement(em, caller, role, id, false).personRef);
    }

    List<PlacementView> byPerson(Caller caller, String personRef) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        String ref = Texts.trimmed(personRef);
        if (ref == null) {
            throw new ValidationException("personRef", "is required");
        }
        return repository.inTransaction(em -> {
            List<PlacementEntity> found = em.createQuery("SELECT p FROM PlacementEntity p WHERE p.personRef = :r "
                    + "ORDER BY p.requestedAt DESC, p.id", PlacementEntity.class).setParameter("r", ref).getResultList();
            access.searchPerson(caller, role, "housing-support/placements", ref);
            return found.stream().map(p -> Views.placement(em, p, kinds)).toList();
        });
    }

    List<PlacementView> unitWaitingList(Caller caller, String unitId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            Stock.find(em, unitId, false);
            access.search(caller, role, "housing-support/waiting-list", "unit=" + unitId);
            return waiting(em, "p.unitId = :t", unitId);
        });
    }

    List<PlacementView> kindWaitingList(Caller caller, String kindId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        if (kinds.get(kindId) == null) {
            throw new NotFoundException("No housing kind with this id.");
        }
        return repository.inTransaction(em -> {
            access.search(caller, role, "housing-support/waiting-list", "kind=" + kindId);
            return waiting(em, "p.kindId = :t", kindId);
        });
    }

    private List<PlacementView> waiting(EntityManager em, String where, String value) {
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE " + where + " AND p.status = :s "
                + "ORDER BY p.requestedAt, p.id", PlacementEntity.class).setParameter("t", value)
                .setParameter("s", PlacementEntity.WAITING).getResultList().stream()
                .map(p -> Views.placement(em, p, kinds)).toList();
    }

    PlacementView admit(Caller caller, String id, String startDate, EventAdmin events) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate today = DateFields.today();
        LocalDate start = DateFields.parse(problems, "startDate", startDate, today);
        if (start != null && (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(1)))) {
            problems.add("startDate", "must be within a year of today");
        }
        problems.throwIfAny();
        PlacementView view = repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            em.find(CapacityLockEntity.class, CapacityLockEntity.PERSONS, LockModeType.PESSIMISTIC_WRITE);
            em.find(CapacityLockEntity.class, p.lockKey(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
            if (!p.isWaiting()) {
                throw new ConflictException("Only a placement on the waiting list can be admitted.");
            }
            Target target = currentTarget(em, p);
            Rules rules = target.kind().rules().of(target.unit());
            if (p.plannedEndGiven == 1 && p.plannedEndDate != null && p.plannedEndDate.isBefore(start)) {
                throw new ValidationException("startDate", "is after the planned end " + p.plannedEndDate);
            }
            if (!Capacity.hasPlace(target.capacity(em), target.occupied(em))) {
                throw new ConflictException("There is still no free place.");
            }
            p.startDate = start;
            if (p.plannedEndGiven == 0) {
                p.plannedEndDate = StayRules.maxStayLastDay(start, rules.maxStayMonths());
            }
            requireNoOverlap(em, p);
            p.admit(System.currentTimeMillis());
            return changed(em, caller, role, p, "admission");
        });
        Events.post(events, HousingSupportService.TOPIC_PLACED, view, null);
        return view;
    }

    private Target currentTarget(EntityManager em, PlacementEntity p) {
        ConfiguredKind kind = kinds.get(p.kindId);
        if (kind == null) {
            throw new ConflictException("The housing kind " + p.kindId + " is no longer run.");
        }
        UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId);
        if (unit != null && !unit.isActive()) {
            throw new ConflictException("The unit has left the housing stock.");
        }
        return new Target(kind, unit);
    }

    PlacementView cancel(Caller caller, String id) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (!p.isWaiting()) {
                throw new ConflictException("Only a request on the waiting list can be withdrawn.");
            }
            p.status = PlacementEntity.CANCELLED;
            return changed(em, caller, role, p, "cancellation");
        });
    }

    PlacementView assignStaff(Caller caller, String id, List<String> staff) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        Set<String> names = new LinkedHashSet<>();
        if (staff == null) {
            throw new ValidationException("staff", "is required (an empty list removes everyone)");
        }
        List<String> given = staff;
        if (given.size() > Texts.MAX_ITEMS) {
            problems.add("staff", "must have at most " + Texts.MAX_ITEMS + " user names");
        }
        for (int i = 0; i < given.size() && i < Texts.MAX_ITEMS; i++) {
            String name = Texts.trimmed(given.get(i));
            if (name == null || !name.matches(USER_NAME)) {
                problems.add("staff[" + i + "]", "must be a user name");
            } else {
                names.add(name);
            }
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            em.createQuery("DELETE FROM StaffEntity s WHERE s.placementId = :p").setParameter("p", p.id).executeUpdate();
            long now = System.currentTimeMillis();
            for (String name : names) {
                em.persist(new StaffEntity(p.id, name, now, caller.user()));
            }
            return changed(em, caller, role, p, "staff");
        });
    }

    PlacementView extend(Caller caller, String id, Extension extension) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF);
        if (extension == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate end = DateFields.parse(problems, "plannedEndDate", extension.plannedEndDate(), null);
        if (end == null && problems.isEmpty()) {
            problems.add("plannedEndDate", "is required");
        }
        StayDecision decision = decision(problems, "decision", extension.decision(), true);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (!p.isActive() && !p.isWaiting()) {
                throw new ConflictException("The placement has ended.");
            }
            if (end.isBefore(p.startDate)) {
                throw new ValidationException("plannedEndDate", "is before the start " + p.startDate);
            }
            p.plannedEndDate = end;
            p.plannedEndGiven = 1;
            setDecision(p, decision);
            return changed(em, caller, role, p, "extension");
        });
    }

    PlacementView moveOut(Caller caller, String id, MoveOut moveOut, EventAdmin events) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (moveOut == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String reason = Texts.trimmed(moveOut.reason());
        if ("CONTRACT_TRANSFERRED".equalsIgnoreCase(reason)) {
            problems.add("reason", "a contract passing to the tenant is recorded as a contract transfer");
        } else {
            reason = Texts.code(problems, "reason", reason, MOVE_OUT_REASONS, null);
        }
        String note = Texts.text(problems, "note", moveOut.note(), Texts.MAX_TEXT);
        problems.throwIfAny();
        String why = reason;
        PlacementView view = repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (!p.isActive()) {
                throw new ConflictException("Only an active placement moves out.");
            }
            ValidationException.Collector dates = new ValidationException.Collector();
            LocalDate on = DateFields.pastDay(dates, "movedOutOn", moveOut.movedOutOn(), DateFields.today(), p.startDate, "the start");
            dates.throwIfAny();
            p.end(PlacementEntity.MOVED_OUT, on, why, note);
            return changed(em, caller, role, p, "move-out");
        });
        Events.post(events, HousingSupportService.TOPIC_MOVED_OUT, view, why);
        Events.post(events, HousingSupportService.TOPIC_ENDED, view, PlacementEntity.MOVED_OUT);
        return view;
    }

    PlacementView transferContract(Caller caller, String id, String transferredOn, EventAdmin events) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF);
        PlacementView view = repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            if (!p.isActive()) {
                throw new ConflictException("Only an active placement's contract passes to the tenant.");
            }
            ValidationException.Collector problems = new ValidationException.Collector();
            LocalDate today = DateFields.today();
            LocalDate on = Texts.trimmed(transferredOn) == null ? today
                    : DateFields.pastDay(problems, "transferredOn", transferredOn, today, p.startDate, "the start");
            problems.throwIfAny();
            UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId, LockModeType.PESSIMISTIC_WRITE);
            requireTransferable(em, p, unit, on);
            p.end(PlacementEntity.CONTRACT_TRANSFERRED, on, PlacementEntity.CONTRACT_TRANSFERRED, null);
            unit.active = 0;
            return changed(em, caller, role, p, "contract-transfer");
        });
        Events.post(events, HousingSupportService.TOPIC_CONTRACT_TRANSFERRED, view, null);
        Events.post(events, HousingSupportService.TOPIC_ENDED, view, PlacementEntity.CONTRACT_TRANSFERRED);
        return view;
    }

    private void requireTransferable(EntityManager em, PlacementEntity p, UnitEntity unit, LocalDate on) {
        Rules rules = kinds.rules(p.kindId, unit);
        LocalDate earliest = StayRules.earliestTransfer(p.startDate, rules.contractTransferAfterMonths());
        if (unit == null || earliest == null) {
            throw new ConflictException("The unit's rules do not let the contract pass to the tenant.");
        }
        if (on.isBefore(earliest)) {
            throw new ConflictException("The qualifying period has not passed: the contract may pass to the tenant "
                    + "on " + earliest + " at the earliest.");
        }
        long evictions = em.createQuery("SELECT COUNT(b) FROM BreachEntity b WHERE b.placementId = :p "
                + "AND b.consequence = 'EVICTION'", Long.class).setParameter("p", p.id).getSingleResult();
        if (evictions > 0) {
            throw new ConflictException("An eviction was decided on this placement.");
        }
        if (HousingRepository.occupiedInUnit(em, unit.id) > 1) {
            throw new ConflictException("Others live in the unit; it cannot leave the stock.");
        }
    }

    /** Records the link to a plan already read and checked. */
    PlacementView link(Caller caller, String id, String planId, String enrolmentId, String goal) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            p.planId = planId;
            p.planEnrolmentId = enrolmentId;
            p.planGoal = goal == null || goal.length() <= Texts.MAX_TEXT ? goal : goal.substring(0, Texts.MAX_TEXT);
            p.planLinkedAt = System.currentTimeMillis();
            return changed(em, caller, role, p, "treatment-plan-link");
        });
    }

    private PlacementView changed(EntityManager em, Caller caller, String role, PlacementEntity p, String part) {
        em.flush();
        access.record(caller, role, AuditAction.UPDATE, p, PlacementAccess.resource(p.id, part));
        return Views.placement(em, p, kinds);
    }
}
