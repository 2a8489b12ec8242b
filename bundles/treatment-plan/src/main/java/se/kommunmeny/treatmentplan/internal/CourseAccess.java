package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.Refusals;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;

/**
 * Who may reach a client's course, and the audit of refused attempts. A practitioner reaches only the enrolments
 * assigned to them; a case officer reads every case of the municipality. An attempt refused for any reason (role,
 * assignment, bad input, conflict) is audited in a transaction of its own, since the attempt's own rolled back.
 */
final class CourseAccess {
    private final AuditService audit;

    CourseAccess(AuditService audit) {
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

    /** Runs an operation; a refusal is audited (DENIED or REJECTED, with the person when known) and rethrown. */
    <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        return Refusals.attempt(audit, caller, resource, operation,
                problem -> problem instanceof NotAssignedException n ? n.personId : null);
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

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The last day of an enrolment: the day it ended, or its granted period's last day. */
    static LocalDate lastDay(EnrolmentEntity e) {
        return e.endedAt() == null ? e.grantedTo()
                : java.time.Instant.ofEpochMilli(e.endedAt()).atZone(DateFields.ZONE).toLocalDate();
    }

    static boolean ended(EnrolmentEntity e) {
        return Enrolments.END_REASONS.contains(e.status());
    }
}
