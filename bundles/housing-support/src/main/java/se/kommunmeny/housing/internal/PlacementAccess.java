package se.kommunmeny.housing.internal;

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
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;

/**
 * Who may reach a housing case, and the audit of refused attempts. A support worker (behandlare) reaches only the
 * placements assigned to them; the case officer and the unit manager reach every case. An attempt refused for any
 * reason (role, assignment, bad input, conflict) is audited in a transaction of its own, since its own rolled back.
 */
final class PlacementAccess {
    /** The roles that work with cases; a practitioner only with assigned ones. */
    static final String[] CASE_ROLES = {Role.HANDLAGGARE, Role.ENHETSCHEF, Role.BEHANDLARE};
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final AuditService audit;

    PlacementAccess(AuditService audit) {
        this.audit = audit;
    }

    /** A practitioner who is not assigned to the placement; carries the person for the audit row. */
    static final class NotAssignedException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;
        final transient String personId;

        NotAssignedException(String personId) {
            super("You are not assigned to this placement; the unit manager assigns support workers to it.");
            this.personId = personId;
        }
    }

    /** Runs an operation; a refusal is audited (DENIED or REJECTED, with the person when known) and rethrown. */
    <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        return Refusals.attempt(audit, caller, resource, operation,
                problem -> problem instanceof NotAssignedException n ? n.personId : null);
    }

    static boolean isId(String id) {
        return id != null && id.matches(ID);
    }

    static boolean isAssigned(EntityManager em, String placementId, String user) {
        return em.find(StaffEntity.class, new StaffEntity.Key(placementId, user)) != null;
    }

    static List<String> staff(EntityManager em, String placementId) {
        return em.createQuery("SELECT s.userName FROM StaffEntity s WHERE s.placementId = :p ORDER BY s.userName",
                String.class).setParameter("p", placementId).getResultList();
    }

    /**
     * The placement, when the caller may reach it in {@code role}: a practitioner must be assigned to it.
     *
     * @throws ValidationException for a malformed id, NotFoundException for an unknown one
     */
    static PlacementEntity placement(EntityManager em, Caller caller, String role, String id, boolean lock) {
        if (!isId(id)) {
            throw new ValidationException("placementId", "is not a placement id");
        }
        PlacementEntity p = em.find(PlacementEntity.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (p == null) {
            throw new NotFoundException("No placement with this id.");
        }
        if (Role.BEHANDLARE.equals(role) && !isAssigned(em, p.id, caller.user())) {
            throw new NotAssignedException(PersonReferences.personIdOrNull(p.personRef));
        }
        return p;
    }

    void record(Caller caller, String role, AuditAction action, PlacementEntity p, String resource) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(p.personRef), resource, null));
    }

    void search(Caller caller, String role, String resource, String criteria) {
        audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, null, resource, criteria));
    }

    /** A search for one person's records: audited with the person, found or not. */
    void searchPerson(Caller caller, String role, String resource, String personRef) {
        audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, PersonReferences.personIdOrNull(personRef),
                resource, null));
    }

    static String resource(String placementId, String part) {
        return "housing-support/placement/" + placementId + (part == null ? "" : "/" + part);
    }
}
