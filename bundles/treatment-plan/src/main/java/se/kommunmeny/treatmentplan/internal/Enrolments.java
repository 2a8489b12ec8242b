package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.CourseService;
import se.kommunmeny.treatmentplan.api.EnrolmentRequest;
import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.LegalBasis;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/**
 * Enrolments, places and waiting lists. Taking a place locks the programme's row, so concurrent enrolments never
 * take more places than there are; every read and change is audited in its transaction.
 */
final class Enrolments {
    static final Set<String> END_REASONS = Set.of("COMPLETED", "DISCHARGED", "DROPPED_OUT");

    private final PlanRepository repository;
    private final PersonService persons;
    private final AuditService audit;

    Enrolments(PlanRepository repository, PersonService persons, AuditService audit) {
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
    }

    EnrolmentView enrol(Caller caller, EnrolmentRequest request, ConfiguredProgramme programme,
            Municipality here, EventAdmin events) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.BEHANDLARE);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        problems.require("personRef", request.personRef());
        boolean registered = PersonReferences.isPersonId(request.personRef());
        if (request.personRef() != null && !request.personRef().isBlank() && !persons.exists(request.personRef())) {
            problems.add("personRef", "is neither a registered person's id nor an anonymous contact's code");
        }
        if (request.programmeId() == null || request.programmeId().isBlank()) {
            problems.add("programmeId", "is required");
        } else if (programme == null) {
            problems.add("programmeId", "is not a programme this municipality runs");
        }
        LegalBasis basis = null;
        try {
            // Voluntary care by default: socialtjänstlagen in Sweden, serviceloven § 101 in Denmark.
            String voluntary = here.country() == Country.DK ? "SERVICELOVEN" : "SOL";
            basis = LegalBasis.valueOf(request.legalBasis() == null || request.legalBasis().isBlank() ? voluntary
                    : request.legalBasis().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("legalBasis", "must be SOL, LVM, KRIMINALVARD or SERVICELOVEN");
        }
        if (basis != null && !basis.voluntary() && !registered && request.personRef() != null) {
            problems.add("legalBasis", "an anonymous contact can only be enrolled voluntarily (SOL, SERVICELOVEN)");
        }
        String code = request.commissionerCode() == null || request.commissionerCode().isBlank() ? here.code()
                : request.commissionerCode().trim();
        if (!code.matches("\\d{3,4}")) {
            problems.add("commissionerCode", "must be a municipality code of three or four digits");
        }
        String name = request.commissionerName() == null || request.commissionerName().isBlank()
                ? (code.equals(here.code()) ? here.name() : null) : request.commissionerName().trim();
        if (name == null) {
            problems.add("commissionerName", "is required when another municipality commissions the place");
        }
        problems.maxLength("commissionerName", name, 100);
        LocalDate today = DateFields.today();
        LocalDate from = DateFields.parse(problems, "grantedFrom", request.grantedFrom(), today);
        LocalDate to = DateFields.parse(problems, "grantedTo", request.grantedTo(), from == null ? null : from.plusMonths(3).minusDays(1));
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("grantedTo", "is before grantedFrom");
        }
        if (from != null && from.isBefore(today.minusYears(1))) {
            problems.add("grantedFrom", "is more than a year ago");
        }
        String phase = request.phase() == null ? EnrolmentEntity.PRIMARY : request.phase().trim().toUpperCase(Locale.ROOT);
        if (!phase.equals(EnrolmentEntity.PRIMARY) && !phase.equals(EnrolmentEntity.AFTERCARE)) {
            problems.add("phase", "must be PRIMARY or AFTERCARE");
        }
        problems.throwIfAny();
        LegalBasis legal = basis;
        EnrolmentView view = repository.inTransaction(em -> {
            lock(em, programme);
            EnrolmentEntity e = new EnrolmentEntity(UUID.randomUUID().toString(),
                    PersonReferences.canonical(request.personRef()),
                    programme.id(), legal.name(), code, name, phase, from, to, System.currentTimeMillis(), caller.user());
            if (hasPlace(em, programme, phase)) {
                e.admit(System.currentTimeMillis());
            }
            em.persist(e);
            em.flush();
            if (Role.BEHANDLARE.equals(role)) {
                em.persist(new AssignmentEntity(e.id(), caller.user(), System.currentTimeMillis(), caller.user()));
            }
            em.flush();
            audit(caller, role, AuditAction.CREATE, e);
            return view(em, e);
        });
        if ("ACTIVE".equals(view.status())) {
            post(events, TreatmentPlanService.TOPIC_ENROLLED, view, null);
        }
        return view;
    }

    EnrolmentView get(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE, Role.BEHANDLARE, Role.ENHETSCHEF);
        return repository.inTransaction(em -> {
            EnrolmentEntity e = find(em, id);
            CourseAccess.requireAssigned(em, caller, role, e);
            audit(caller, role, AuditAction.READ, e);
            return view(em, e);
        });
    }

    EnrolmentView extend(Caller caller, String id, String grantedTo) {
        String role = caller.requireAnyRole(Role.HANDLAGGARE);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate newEnd = DateFields.parse(problems, "grantedTo", grantedTo, null);
        if (newEnd == null && problems.isEmpty()) {
            problems.add("grantedTo", "is required");
        }
        problems.throwIfAny();
        return change(caller, role, id, (em, e) -> {
            requireOpen(e);
            if (!newEnd.isAfter(e.grantedTo())) {
                throw new ValidationException("grantedTo", "must be after the current last day " + e.grantedTo());
            }
            e.extendTo(newEnd);
        });
    }

    EnrolmentView admit(Caller caller, String id, ConfiguredProgramme programme, EventAdmin events) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.BEHANDLARE);
        EnrolmentView view = change(caller, role, id, (em, e) -> {
            if (!EnrolmentEntity.WAITING.equals(e.status())) {
                throw new ConflictException("Only a client on the waiting list can be admitted.");
            }
            if (programme == null) {
                throw new ConflictException("The programme is not run any more.");
            }
            lock(em, programme);
            if (!hasPlace(em, programme, e.phase())) {
                throw new ConflictException("The programme has no free place.");
            }
            e.admit(System.currentTimeMillis());
        });
        post(events, TreatmentPlanService.TOPIC_ENROLLED, view, null);
        return view;
    }

    EnrolmentView moveToAftercare(Caller caller, String id) {
        String role = caller.requireAnyRole(Role.BEHANDLARE);
        return change(caller, role, id, (em, e) -> {
            if (!EnrolmentEntity.ACTIVE.equals(e.status()) || !EnrolmentEntity.PRIMARY.equals(e.phase())) {
                throw new ConflictException("Only an active client in primary treatment moves to aftercare.");
            }
            e.moveToAftercare();
        });
    }

    EnrolmentView end(Caller caller, String id, String reason, String endedOn, EventAdmin events) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        String why = reason == null ? "" : reason.trim().toUpperCase(Locale.ROOT);
        ValidationException.Collector problems = new ValidationException.Collector();
        if (!END_REASONS.contains(why)) {
            problems.add("reason", "must be COMPLETED, DISCHARGED or DROPPED_OUT");
        }
        LocalDate today = DateFields.today();
        LocalDate on = DateFields.parse(problems, "endedOn", endedOn, today);
        if (on != null && on.isAfter(today)) {
            problems.add("endedOn", "cannot be in the future");
        }
        problems.throwIfAny();
        EnrolmentView view = change(caller, role, id, (em, e) -> {
            requireOpen(e);
            if (on.isBefore(e.grantedFrom())) {
                throw new ValidationException("endedOn", "is before the granted period began (" + e.grantedFrom() + ")");
            }
            e.end(why, on.equals(today) ? System.currentTimeMillis() : on.atStartOfDay(DateFields.ZONE).toInstant().toEpochMilli());
            em.createQuery("UPDATE SessionEntity s SET s.status = 'CANCELLED', s.attendanceNote = :note, "
                    + "s.version = s.version + 1 WHERE s.enrolmentId = :e AND s.status = 'PLANNED' AND s.date > :on")
                    .setParameter("note", "Inskrivningen avslutad " + on).setParameter("e", e.id())
                    .setParameter("on", on).executeUpdate();
        });
        post(events, TreatmentPlanService.TOPIC_ENDED, view, why);
        post(events, "COMPLETED".equals(why) ? CourseService.TOPIC_COMPLETED : CourseService.TOPIC_DISCHARGED, view, why);
        return view;
    }

    List<EnrolmentView> waitingList(Caller caller, String programmeId) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        return repository.inTransaction(em -> {
            List<EnrolmentEntity> waiting = em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.programmeId = :p "
                    + "AND e.status = :s ORDER BY e.requestedAt, e.id", EnrolmentEntity.class)
                    .setParameter("p", programmeId).setParameter("s", EnrolmentEntity.WAITING).getResultList();
            audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, null, "treatment-plan/waiting-list",
                    "programme=" + programmeId));
            return waiting.stream().map(e -> view(em, e)).toList();
        });
    }

    private interface Change {
        void apply(EntityManager em, EnrolmentEntity enrolment);
    }

    private EnrolmentView change(Caller caller, String role, String id, Change change) {
        return repository.inTransaction(em -> {
            EnrolmentEntity e = find(em, id);
            change.apply(em, e);
            em.flush();
            audit(caller, role, AuditAction.UPDATE, e);
            return view(em, e);
        });
    }

    private static void requireOpen(EnrolmentEntity e) {
        if (!EnrolmentEntity.ACTIVE.equals(e.status()) && !EnrolmentEntity.WAITING.equals(e.status())) {
            throw new ConflictException("The enrolment has ended.");
        }
    }

    private static void lock(EntityManager em, ConfiguredProgramme programme) {
        em.find(ProgrammeLockEntity.class, programme.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static boolean hasPlace(EntityManager em, ConfiguredProgramme programme, String phase) {
        if (programme.capacity() == null) {
            return true;
        }
        if (EnrolmentEntity.AFTERCARE.equals(phase) && !programme.aftercareSharesPlaces()) {
            return true;
        }
        return PlanRepository.placesTaken(em, programme.id(), programme.aftercareSharesPlaces()) < programme.capacity();
    }

    private static EnrolmentEntity find(EntityManager em, String id) {
        if (!TreatmentPlanServiceImpl.isPlanId(id)) {
            throw new ValidationException("id", "is not an enrolment id");
        }
        EnrolmentEntity e = em.find(EnrolmentEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No enrolment with this id.");
        }
        return e;
    }

    private void audit(Caller caller, String role, AuditAction action, EnrolmentEntity e) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(e.personRef()),
                "treatment-plan/enrolment/" + e.id(), null));
    }

    static EnrolmentView view(EntityManager em, EnrolmentEntity e) {
        Integer position = null;
        if (EnrolmentEntity.WAITING.equals(e.status())) {
            position = em.createQuery("SELECT COUNT(w) FROM EnrolmentEntity w WHERE w.programmeId = :p AND w.status = :s "
                    + "AND (w.requestedAt < :t OR (w.requestedAt = :t AND w.id < :id))", Long.class)
                    .setParameter("p", e.programmeId()).setParameter("s", EnrolmentEntity.WAITING)
                    .setParameter("t", e.requestedAt()).setParameter("id", e.id()).getSingleResult().intValue() + 1;
        }
        return new EnrolmentView(e.id(), e.personRef(), e.programmeId(), LegalBasis.valueOf(e.legalBasis()),
                e.commissionerCode(), e.commissionerName(), e.phase(), e.status(), e.grantedFrom(), e.grantedTo(),
                position, List.copyOf(e.extensions()), e.version());
    }

    private static void post(EventAdmin events, String topic, EnrolmentView view, String reason) {
        if (events != null) {
            Map<String, Object> props = new HashMap<>(Map.of("enrolment.id", view.id(), "programme.id",
                    view.programmeId(), "person.ref", view.personRef()));
            if (reason != null) {
                props.put("reason", reason);
            }
            events.postEvent(new Event(topic, props));
        }
    }
}
