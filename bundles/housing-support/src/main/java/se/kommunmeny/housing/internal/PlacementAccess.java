package se.kommunmeny.housing.internal;

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
 * Who may reach a housing case, and the audit of refused attempts. A support worker (behandlare) reaches only the
 * placements assigned to them; the case officer and the unit manager reach every case. An attempt refused for any
 * reason (role, assignment, bad input, conflict) is audited in a transaction of its own, since its own rolled back.
 */
final class PlacementAccess {
    /** The roles that work with cases; a practitioner only with assigned ones. */
    static final String[] CASE_ROLES = {Role.HANDLAGGARE, Role.ENHETSCHEF, Role.BEHANDLARE};
    private static final Logger LOG = LoggerFactory.getLogger(PlacementAccess.class);
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final HousingRepository repository;
    private final AuditService audit;

    PlacementAccess(HousingRepository repository, AuditService audit) {
        this.repository = repository;
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
