package se.kommunmeny.employment.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.Refusals;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;

/**
 * Who may reach a placement, and the audit of refused attempts. A practitioner or supervisor ({@code behandlare})
 * reaches only the placements assigned to them; case officers and unit managers reach every placement of the
 * municipality. An attempt refused for any reason is audited in a transaction of its own, since the attempt's own
 * rolled back.
 */
final class PlacementAccess {
    static final String RESOURCE = "employment-support/placement/";

    private final AuditService audit;

    PlacementAccess(AuditService audit) {
        this.audit = audit;
    }

    /** A practitioner who is not assigned to the placement; carries the person for the audit row. */
    static final class NotAssignedException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;
        final transient String personId;

        NotAssignedException(String personId) {
            super("You are not assigned to this placement; the unit manager assigns staff to a placement.");
            this.personId = personId;
        }
    }

    /** Runs an operation; a refusal is audited (DENIED or REJECTED, with the person when known) and rethrown. */
    <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        return Refusals.attempt(audit, caller, resource, operation,
                problem -> problem instanceof NotAssignedException n ? n.personId : null);
    }

    /** Placement ids are random UUIDs, written in lower case. */
    static boolean isId(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The placement, when the caller may reach it in {@code role}: a practitioner must be assigned to it.
     *
     * @throws ValidationException for a malformed id, NotFoundException for an unknown one
     */
    static PlacementEntity placement(EntityManager em, Caller caller, String role, String id, boolean lock) {
        if (!isId(id)) {
            throw new ValidationException("id", "is not a placement id");
        }
        PlacementEntity p = em.find(PlacementEntity.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (p == null) {
            throw new NotFoundException("No placement with this id.");
        }
        if (Role.BEHANDLARE.equals(role) && em.find(StaffEntity.class, new StaffEntity.Key(id, caller.user())) == null) {
            throw new NotAssignedException(PersonReferences.personIdOrNull(p.personRef));
        }
        return p;
    }

    static List<String> staff(EntityManager em, String placementId) {
        return em.createQuery("SELECT s.userName FROM StaffEntity s WHERE s.placementId = :p ORDER BY s.userName",
                String.class).setParameter("p", placementId).getResultList();
    }

    /** Writes the audit row of a read or write of the placement's person. */
    void record(Caller caller, String role, AuditAction action, PlacementEntity p, String what) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(p.personRef),
                RESOURCE + p.id + (what == null ? "" : "/" + what), null));
    }

    void search(Caller caller, String role, String personId, String resource, String criteria) {
        audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, personId, resource, criteria));
    }
}
