package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;

/**
 * Who may reach a client's course, and the audit of refused attempts. A practitioner reaches only the enrolments
 * assigned to them; a case officer reads every case of the municipality. An attempt refused for any reason (role,
 * assignment, bad input, conflict) is audited in a transaction of its own, since the attempt's own rolled back.
 */
final class CourseAccess {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Logger LOG = LoggerFactory.getLogger(CourseAccess.class);

    private final PlanRepository repository;
    private final AuditService audit;

    CourseAccess(PlanRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** A practitioner who is not assigned to the client; carries the person for the audit row. */
    static final class NotAssignedException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;
        final transient String personId;

        NotAssignedException(String personId) {
            super("You are not assigned to this client; the unit manager assigns practitioners to an enrolment.");
            this.personId = personId;
        }
    }

    /** Runs an operation; a refusal is audited (DENIED or REJECTED) and rethrown unchanged. */
    <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (UnavailableException e) {
            throw e;
        } catch (ProblemException e) {
            refused(caller, resource, e);
            throw e;
        }
    }

    private void refused(Caller caller, String resource, ProblemException problem) {
        AuditAction action = problem instanceof AccessDeniedException ? AuditAction.DENIED : AuditAction.REJECTED;
        String person = problem instanceof NotAssignedException n ? n.personId : null;
        String role = caller.roles().isEmpty() ? "none" : caller.roles().iterator().next();
        try {
            repository.inNewTransaction(em -> {
                audit.record(new AuditEvent(caller, role, action, person, resource, "problem=" + problem.code()));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("A refused attempt on {} could not be audited: {}", resource, e.toString());
        }
    }

    static boolean isAssigned(EntityManager em, String enrolmentId, String user) {
        return em.find(AssignmentEntity.class, new AssignmentEntity.Key(enrolmentId, user)) != null;
    }

    static List<String> practitioners(EntityManager em, String enrolmentId) {
        return em.createQuery("SELECT a.practitioner FROM AssignmentEntity a WHERE a.enrolmentId = :e "
                + "ORDER BY a.practitioner", String.class).setParameter("e", enrolmentId).getResultList();
    }

    /**
     * The enrolment, when the caller may reach it in {@code role}: a practitioner must be assigned to it.
     *
     * @throws ValidationException for a malformed id, NotFoundException for an unknown one
     */
    static EnrolmentEntity enrolment(EntityManager em, Caller caller, String role, String enrolmentId, boolean lock) {
        if (!TreatmentPlanServiceImpl.isPlanId(enrolmentId)) {
            throw new ValidationException("enrolmentId", "is not an enrolment id");
        }
        EnrolmentEntity e = em.find(EnrolmentEntity.class, enrolmentId,
                lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (e == null) {
            throw new NotFoundException("No enrolment with this id.");
        }
        requireAssigned(em, caller, role, e);
        return e;
    }

    static void requireAssigned(EntityManager em, Caller caller, String role, EnrolmentEntity e) {
        if (Role.BEHANDLARE.equals(role) && !isAssigned(em, e.id(), caller.user())) {
            throw new NotAssignedException(PersonReferences.personIdOrNull(e.personRef()));
        }
    }

    void record(Caller caller, String role, AuditAction action, EnrolmentEntity e, String resource) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(e.personRef()), resource, null));
    }

    static LocalDate date(ValidationException.Collector problems, String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "must be a date written yyyy-mm-dd");
            return null;
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The last day of an enrolment: the day it ended, or its granted period's last day. */
    static LocalDate lastDay(EnrolmentEntity e) {
        return e.endedAt() == null ? e.grantedTo()
                : java.time.Instant.ofEpochMilli(e.endedAt()).atZone(ZONE).toLocalDate();
    }

    static boolean ended(EnrolmentEntity e) {
        return Enrolments.END_REASONS.contains(e.status());
    }
}
