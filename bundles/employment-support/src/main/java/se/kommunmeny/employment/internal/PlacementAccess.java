package se.kommunmeny.employment.internal;

import java.util.List;
import java.util.UUID;
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
 * Who may reach a placement, and the audit of refused attempts. A practitioner or supervisor ({@code behandlare})
 * reaches only the placements assigned to them; case officers and unit managers reach every placement of the
 * municipality. An attempt refused for any reason is audited in a transaction of its own, since the attempt's own
 * rolled back.
 */
final class PlacementAccess {
    static final String RESOURCE = "employment-support/placement/";
    private static final Logger LOG = LoggerFactory.getLogger(PlacementAccess.class);

    private final EmploymentRepository repository;
    private final AuditService audit;

    PlacementAccess(EmploymentRepository repository, AuditService audit) {
        this.repository = repository;
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
