package se.kommunmeny.employment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.employment.api.EndRequest;
import se.kommunmeny.employment.api.PlacementRequest;
import se.kommunmeny.employment.api.PlacementView;
import se.kommunmeny.employment.api.TreatmentPlanLink;
import se.kommunmeny.employment.api.WorkPlan;
import se.kommunmeny.employment.api.WorkPlanChange;
import se.kommunmeny.employment.api.WorkPlanRevision;

/**
 * Placements, their places and waiting lists. Taking a place locks the work place's row, so concurrent placements
 * never take more places than there are; every read and change is audited in its transaction.
 */
final class Placements {
    static final Set<String> OUTCOMES = Set.of("JOB", "STUDIES", "REGISTERED_JOB_SEEKER", "ENDED");
    static final int MAX_STAFF = 20;
    static final int DEFAULT_FOLLOW_UP_DAYS = 30;

    private final EmploymentRepository repository;
    private final PersonService persons;
    private final PlacementAccess access;
    private final Map<String, ConfiguredKind> kinds;

    Placements(EmploymentRepository repository, PersonService persons, PlacementAccess access,
            Map<String, ConfiguredKind> kinds) {
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.kinds = kinds;
    }

    // ------------------------------------------------------------------ placing and the waiting list

    PlacementView place(Caller caller, PlacementRequest request) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.BEHANDLARE);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        // An anonymous code is stored as issued, whichever way it was typed (one contact, one reference).
        String personRef = PersonReferences.canonical(Dates.trimmed(request.personRef()));
        problems.require("personRef", personRef);
        if (personRef != null && !persons.exists(personRef)) {
            problems.add("personRef", "is neither a registered person's id nor an anonymous contact's code");
        }
        WorkPlaceEntity place = workPlace(request.workPlaceId(), problems);
        ConfiguredKind kind = place == null ? null : kinds.get(place.kindId);
        String reservation = reservation(request.reservation(), problems);
        LocalDate today = DateFields.today();
        LocalDate start = DateFields.parse(problems, "startDate", request.startDate(), today);
        if (start != null && start.isBefore(today.minusYears(1))) {
            problems.add("startDate", "is more than a year ago");
        }
        LocalDate plannedEnd = DateFields.parse(problems, "plannedEndDate", request.plannedEndDate(), null);
        if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
            problems.add("plannedEndDate", "is before startDate");
        }
        String step = kind == null ? null : WorkPlanRules.validate(request.workPlan(), kind.steps(),
                kind.maxHoursPerWeek(), PlacePools.LIGHT.equals(reservation), problems);
        problems.throwIfAny();
        if (PlacePools.YOUNG.equals(reservation)) {
            requireYoungAdult(caller, personRef, start);
        }
        if (kind == null) {
            throw new ConflictException("The work place's kind '" + place.kindId + "' is not run any more.");
        }
        boolean wait = Boolean.TRUE.equals(request.waitIfFull());
        return repository.inTransaction(em -> {
            WorkPlaceEntity w = WorkPlaces.find(em, place.id, true);
            if (!w.isActive()) {
                throw new ConflictException("The work place is closed; placements go to an active work place.");
            }
            requireNoOverlap(em, personRef, w.id, start, null);
            PlacementEntity p = new PlacementEntity(UUID.randomUUID().toString(), personRef, w.kindId, w.id,
                    reservation, start, plannedEnd, System.currentTimeMillis(), caller.user());
            p.step = step;
            p.hoursPerWeek = request.workPlan().hoursPerWeek();
            p.workPlanRevision = 1;
            String pool = PlacePools.choose(w.sizes(), reservation, WorkPlaces.stays(em, w.id), start);
            if (pool != null) {
                p.admit(pool, start, System.currentTimeMillis());
            } else if (!wait) {
                throw new ConflictException("The work place has no free " + placeWords(reservation) + " from " + start
                        + "; ask with waitIfFull to be put on its waiting list.");
            }
            em.persist(p);
            em.flush();
            em.persist(new WorkPlanRevisionEntity(UUID.randomUUID().toString(), p.id, 1, step, p.hoursPerWeek,
                    WorkPlanRules.store(request.workPlan()), caller.user(), System.currentTimeMillis()));
            if (Role.BEHANDLARE.equals(role)) {
                em.persist(new StaffEntity(p.id, caller.user(), System.currentTimeMillis(), caller.user()));
            }
            em.flush();
            access.record(caller, role, AuditAction.CREATE, p, null);
            return view(em, p);
        });
    }

    private static String placeWords(String reservation) {
        return switch (reservation) {
            case PlacePools.YOUNG -> "place reserved for ages 18-25 nor ordinary place";
            case PlacePools.LIGHT -> "light place";
            default -> "ordinary place";
        };
    }

    private WorkPlaceEntity workPlace(String id, ValidationException.Collector problems) {
        String workPlaceId = Dates.trimmed(id);
        if (workPlaceId == null) {
            problems.add("workPlaceId", "is required");
            return null;
        }
        WorkPlaceEntity w = repository.inTransaction(em -> em.find(WorkPlaceEntity.class, workPlaceId));
        if (w == null) {
            problems.add("workPlaceId", "is not a registered work place");
        }
        return w;
    }

    private static String reservation(String given, ValidationException.Collector problems) {
        String r = given == null || given.isBlank() ? PlacePools.NONE : given.trim().toUpperCase(Locale.ROOT);
        if (!PlacePools.RESERVATIONS.contains(r)) {
            problems.add("reservation", "must be NONE, AGE_18_25 or LIGHT");
            return PlacePools.NONE;
        }
        return r;
    }

    /** A place reserved for ages 18–25 needs the person's age on the start day from the person register. */
    private void requireYoungAdult(Caller caller, String personRef, LocalDate start) {
        if (!PersonReferences.isPersonId(personRef)) {
            throw new ValidationException("reservation", "AGE_18_25 needs a registered person: an anonymous "
                    + "contact's age is not known");
        }
        PersonView person = persons.get(caller, personRef);
        if (person.birthDate() == null) {
            throw new ValidationException("reservation", "AGE_18_25 needs the person's birth date, which the register "
                    + "does not hold");
        }
        if (!isYoungAdult(person.birthDate(), start)) {
            throw new ValidationException("reservation", "the person is not 18-25 years old on the start day");
        }
    }

    static boolean isYoungAdult(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        return age >= 18 && age <= 25;
    }

    /** One person holds one placement at a time at a work place (waiting, active, or an ended stay overlapping). */
    private static void requireNoOverlap(EntityManager em, String personRef, String workPlaceId, LocalDate start,
            String except) {
        for (PlacementEntity other : em.createQuery("SELECT p FROM PlacementEntity p WHERE p.personRef = :r "
                + "AND p.workPlaceId = :w AND p.status IN :s", PlacementEntity.class).setParameter("r", personRef)
                .setParameter("w", workPlaceId).setParameter("s", List.of(PlacementEntity.ACTIVE,
                        PlacementEntity.WAITING, PlacementEntity.ENDED)).getResultList()) {
            boolean held = !PlacementEntity.ENDED.equals(other.status)
                    || PlacePools.overlap(other.startDate, other.endedOn.minusDays(1), start, null);
            if (!other.id.equals(except) && held) {
                throw new ConflictException("The person already has a placement at this work place ("
                        + other.status + " from " + other.startDate + ").");
            }
        }
    }

    PlacementView admit(Caller caller, String id, String startDate) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate start = DateFields.parse(problems, "startDate", startDate, DateFields.today());
        problems.throwIfAny();
        return change(caller, role, id, null, (em, p) -> {
            if (!PlacementEntity.WAITING.equals(p.status)) {
                throw new ConflictException("Only a placement on the waiting list is admitted (this one is "
                        + p.status + ").");
            }
            WorkPlaceEntity w = WorkPlaces.find(em, p.workPlaceId, true);
            if (!w.isActive()) {
                throw new ConflictException("The work place is closed.");
            }
            requireNoOverlap(em, p.personRef, w.id, start, p.id);
            String pool = PlacePools.choose(w.sizes(), p.reservation, WorkPlaces.stays(em, w.id), start);
            if (pool == null) {
                throw new ConflictException("The work place still has no free " + placeWords(p.reservation) + " from "
                        + start + ".");
            }
            p.admit(pool, start, System.currentTimeMillis());
        });
    }

    PlacementView cancel(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF, Role.BEHANDLARE);
        return change(caller, role, id, "cancellation", (em, p) -> {
            if (!PlacementEntity.WAITING.equals(p.status)) {
                throw new ConflictException("Only a placement on the waiting list is cancelled; an active one is ended.");
            }
            p.status = PlacementEntity.CANCELLED;
        });
    }

    List<PlacementView> waitingList(Caller caller, String workPlaceId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE);
        return repository.inTransaction(em -> {
            WorkPlaces.find(em, workPlaceId, false);
            List<PlacementEntity> waiting = em.createQuery("SELECT p FROM PlacementEntity p WHERE p.workPlaceId = :w "
                    + "AND p.status = :s ORDER BY p.requestedAt, p.id", PlacementEntity.class)
                    .setParameter("w", workPlaceId).setParameter("s", PlacementEntity.WAITING).getResultList();
            access.search(caller, role, null, "employment-support/waiting-list", "workPlace=" + workPlaceId);
            return waiting.stream().map(p -> view(em, p)).toList();
        });
    }

    // ------------------------------------------------------------------ reading

    PlacementView get(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            access.record(caller, role, AuditAction.READ, p, null);
            return view(em, p);
        });
    }

    List<PlacementView> find(Caller caller, String personRef) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        String ref = Dates.trimmed(personRef);
        if (ref == null) {
            throw new ValidationException("personRef", "is required");
        }
        return repository.inTransaction(em -> {
            List<PlacementEntity> found = em.createQuery("SELECT p FROM PlacementEntity p WHERE p.personRef = :r "
                    + "ORDER BY p.startDate DESC, p.id", PlacementEntity.class).setParameter("r", ref).getResultList();
            access.search(caller, role, PersonReferences.personIdOrNull(ref), "employment-support/placements", null);
            return found.stream().map(p -> view(em, p)).toList();
        });
    }

    // ------------------------------------------------------------------ staff and work plan

    PlacementView assignStaff(Caller caller, String id, List<String> staff) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        Set<String> names = userNames(staff);
        return change(caller, role, id, "staff", (em, p) -> {
            em.createQuery("DELETE FROM StaffEntity s WHERE s.placementId = :p").setParameter("p", p.id)
                    .executeUpdate();
            long now = System.currentTimeMillis();
            names.forEach(n -> em.persist(new StaffEntity(p.id, n, now, caller.user())));
        });
    }

    static Set<String> userNames(List<String> staff) {
        ValidationException.Collector problems = new ValidationException.Collector();
        Set<String> names = new LinkedHashSet<>();
        if (staff == null) {
            problems.add("staff", "is required (an empty list removes everyone)");
        } else if (staff.size() > MAX_STAFF) {
            problems.add("staff", "at most " + MAX_STAFF);
        } else {
            for (int i = 0; i < staff.size(); i++) {
                String name = staff.get(i);
                if (name == null || !name.trim().matches("[A-Za-z0-9._@-]{1,100}")) {
                    problems.add("staff[" + i + "]", "is not a user name");
                } else {
                    names.add(name.trim());
                }
            }
        }
        problems.throwIfAny();
        return names;
    }

    PlacementView reviseWorkPlan(Caller caller, String id, WorkPlanChange change) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        if (change.version() == null) {
            throw new ValidationException("version", "is required: the version of the placement you edited");
        }
        return change(caller, role, id, "work-plan", (em, p) -> {
            if (!PlacementEntity.ACTIVE.equals(p.status) && !PlacementEntity.WAITING.equals(p.status)) {
                throw new ConflictException("The placement is " + p.status + "; its work plan is no longer revised.");
            }
            if (p.version != change.version()) {
                throw new ConflictException("The placement was changed by someone else since you read it (it is now at "
                        + "version " + p.version + "); read it again and apply your change to that version.");
            }
            ConfiguredKind kind = kind(p);
            ValidationException.Collector problems = new ValidationException.Collector();
            WorkPlanRules.validate(change.workPlan(), kind.steps(), kind.maxHoursPerWeek(),
                    PlacePools.LIGHT.equals(p.reservation), problems);
            String step = change.workPlan() == null ? null : Dates.trimmed(change.workPlan().step());
            if (step != null && !step.equalsIgnoreCase(String.valueOf(p.step))) {
                problems.add("workPlan.step", "is changed only by a step change decided by a care conference");
            }
            problems.throwIfAny();
            p.workPlanRevision++;
            p.hoursPerWeek = change.workPlan().hoursPerWeek();
            em.persist(new WorkPlanRevisionEntity(UUID.randomUUID().toString(), p.id, p.workPlanRevision, p.step,
                    p.hoursPerWeek, WorkPlanRules.store(change.workPlan()), caller.user(), System.currentTimeMillis()));
        });
    }

    List<WorkPlanRevision> revisions(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE, Role.ENHETSCHEF);
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, false);
            access.record(caller, role, AuditAction.READ, p, "work-plan/revisions");
            return em.createQuery("SELECT r FROM WorkPlanRevisionEntity r WHERE r.placementId = :p ORDER BY r.revision",
                    WorkPlanRevisionEntity.class).setParameter("p", p.id).getResultList().stream()
                    .map(r -> new WorkPlanRevision(r.revision, WorkPlanRules.read(r.content, r.hoursPerWeek, r.step),
                            r.changedBy, Instant.ofEpochMilli(r.changedAt))).toList();
        });
    }

    // ------------------------------------------------------------------ the end and the treatment plan

    PlacementView end(Caller caller, String id, EndRequest request) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.ENHETSCHEF, Role.BEHANDLARE);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate today = DateFields.today();
        LocalDate on = DateFields.notFuture(problems, "endedOn", request.endedOn(), today);
        String outcome = request.outcome() == null ? "" : request.outcome().trim().toUpperCase(Locale.ROOT);
        if (!OUTCOMES.contains(outcome)) {
            problems.add("outcome", "must be JOB, STUDIES, REGISTERED_JOB_SEEKER or ENDED");
        }
        problems.maxLength("note", request.note(), 2000);
        problems.throwIfAny();
        return change(caller, role, id, "end", (em, p) -> {
            if (!PlacementEntity.ACTIVE.equals(p.status)) {
                throw new ConflictException("Only an active placement is ended (this one is " + p.status + ").");
            }
            if (on.isBefore(p.startDate)) {
                throw new ValidationException("endedOn", "is before the placement started (" + p.startDate + ")");
            }
            p.status = PlacementEntity.ENDED;
            p.endedOn = on;
            p.outcome = outcome;
            p.endNote = Dates.trimmed(request.note());
        });
    }

    /** Checks the caller reaches the placement (no audit: the link that follows is audited). */
    PlacementEntity reach(Caller caller, String role, String id) {
        return repository.inTransaction(em -> PlacementAccess.placement(em, caller, role, id, false));
    }

    PlacementView link(Caller caller, String role, String id, String planId, String enrolmentId, String goal) {
        return change(caller, role, id, "treatment-plan-link", (em, p) -> {
            p.tpPlanId = planId;
            p.tpEnrolmentId = enrolmentId;
            p.tpGoal = goal == null ? null : goal.length() > 2000 ? goal.substring(0, 2000) : goal;
            p.tpLinkedAt = System.currentTimeMillis();
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The placement's view for the platform's own use (an event to post), not shown to anyone: not audited. */
    PlacementView unaudited(String id) {
        return repository.inTransaction(em -> view(em, em.find(PlacementEntity.class, id)));
    }

    interface Change {
        void apply(EntityManager em, PlacementEntity placement);
    }

    /** Changes a placement under a lock, audits it and answers its new view. */
    PlacementView change(Caller caller, String role, String id, String what, Change change) {
        return repository.inTransaction(em -> {
            PlacementEntity p = PlacementAccess.placement(em, caller, role, id, true);
            change.apply(em, p);
            em.flush();
            access.record(caller, role, AuditAction.UPDATE, p, what);
            return view(em, p);
        });
    }

    ConfiguredKind kind(PlacementEntity p) {
        ConfiguredKind kind = kinds.get(p.kindId);
        if (kind == null) {
            throw new ConflictException("The kind '" + p.kindId + "' is not run any more.");
        }
        return kind;
    }

    int followUpDays(String kindId) {
        ConfiguredKind kind = kinds.get(kindId);
        return kind == null ? DEFAULT_FOLLOW_UP_DAYS : kind.followUpIntervalDays();
    }

    PlacementView view(EntityManager em, PlacementEntity p) {
        Integer position = null;
        if (PlacementEntity.WAITING.equals(p.status)) {
            position = em.createQuery("SELECT COUNT(w) FROM PlacementEntity w WHERE w.workPlaceId = :wp "
                    + "AND w.status = :s AND (w.requestedAt < :t OR (w.requestedAt = :t AND w.id < :id))", Long.class)
                    .setParameter("wp", p.workPlaceId).setParameter("s", PlacementEntity.WAITING)
                    .setParameter("t", p.requestedAt).setParameter("id", p.id).getSingleResult().intValue() + 1;
        }
        WorkPlanRevisionEntity r = em.createQuery("SELECT r FROM WorkPlanRevisionEntity r WHERE r.placementId = :p "
                + "AND r.revision = :n", WorkPlanRevisionEntity.class).setParameter("p", p.id)
                .setParameter("n", p.workPlanRevision).getResultList().stream().findFirst().orElse(null);
        WorkPlan plan = r == null ? null : WorkPlanRules.read(r.content, p.hoursPerWeek, p.step);
        LocalDate nextFollowUp = null;
        if (PlacementEntity.ACTIVE.equals(p.status)) {
            LocalDate lastMeeting = Dates.of(em.createQuery("SELECT MAX(m.heldOn) FROM MeetingEntity m "
                    + "WHERE m.placementId = :p").setParameter("p", p.id).getSingleResult());
            nextFollowUp = Reminders.nextFollowUp(p.startDate, lastMeeting, followUpDays(p.kindId));
        }
        TreatmentPlanLink link = p.tpPlanId == null ? null : new TreatmentPlanLink(p.tpPlanId, p.tpEnrolmentId,
                p.tpGoal, Instant.ofEpochMilli(p.tpLinkedAt));
        return new PlacementView(p.id, p.personRef, p.kindId, p.workPlaceId, p.reservation, p.placeType, p.status,
                p.startDate, p.plannedEndDate, position, plan, p.workPlanRevision, p.stepSince,
                PlacementAccess.staff(em, p.id), nextFollowUp, p.endedOn, p.outcome, p.endNote, link,
                Instant.ofEpochMilli(p.requestedAt), p.createdBy, p.version);
    }
}
