package se.kommunmeny.core.internal.audit;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEntry;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.ChainVerification;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.internal.persistence.CoreSchema;

/**
 * The audit log as a hash chain. Appending locks the head row, so appends are serialised and the sequence has no
 * gaps; the row commits with the transaction it was called in (mandatory), so no change exists without its row.
 * A refused attempt has no such transaction left, since its own rolled back: its row is written in a new one.
 */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private static final int MAX_LIMIT = 1000;
    private static final int VERIFY_BATCH = 500;

    private final JpaTemplate jpa;

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=kommunmeny-core)") JpaTemplate jpa,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditEvent event) {
        jpa.tx(TransactionType.Mandatory, em -> append(em, event));
    }

    @Override
    public void recordRefusal(Caller caller, String resource, ProblemException problem, String personId) {
        try {
            AuditAction action = problem instanceof AccessDeniedException ? AuditAction.DENIED : AuditAction.REJECTED;
            String role = caller.roles().isEmpty() ? "none" : caller.roles().iterator().next();
            AuditEvent event = new AuditEvent(caller, role, action, personId, resource, "problem=" + problem.code());
            jpa.tx(TransactionType.RequiresNew, em -> append(em, event));
        } catch (RuntimeException e) {
            // The refusal itself must reach the caller; a missing row is the operator's to investigate.
            LOG.warn("A refused attempt on {} could not be audited: {}", resource, e.toString());
        }
    }

    private void append(EntityManager em, AuditEvent event) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        long sequence = head.lastSequence() + 1;
        AuditEntryEntity row = new AuditEntryEntity(sequence, System.currentTimeMillis(), event.caller().user(),
                event.role(), event.action().name(), event.personId(), truncate(event.resource(), 300),
                truncate(event.criteria(), 500), head.lastHash());
        em.persist(row);
        head.advance(sequence, row.hash());
    }

    @Override
    public List<AuditEntry> byPerson(Caller caller, String personId, int limit) {
        caller.requireAnyRole(Role.LOGGRANSKARE);
        if (personId == null || personId.isBlank()) {
            throw new ValidationException("person", "is required");
        }
        return query(caller, "SELECT a FROM AuditEntryEntity a WHERE a.personId = :v ORDER BY a.sequence DESC",
                personId, limit, "person=" + personId);
    }

    @Override
    public List<AuditEntry> forDataSubject(Caller caller, String personId) {
        caller.requireAnyRole(Role.HANDLAGGARE);
        if (personId == null || personId.isBlank()) {
            throw new ValidationException("person", "is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a FROM AuditEntryEntity a WHERE a.personId = :v ORDER BY a.sequence", AuditEntryEntity.class)
                .setParameter("v", personId).getResultList().stream().map(AuditServiceImpl::toEntry).toList());
    }

    @Override
    public List<AuditEntry> byUser(Caller caller, String user, int limit) {
        caller.requireAnyRole(Role.LOGGRANSKARE);
        if (user == null || user.isBlank()) {
            throw new ValidationException("user", "is required");
        }
        return query(caller, "SELECT a FROM AuditEntryEntity a WHERE a.user = :v ORDER BY a.sequence DESC", user,
                limit, "user=" + user);
    }

    private List<AuditEntry> query(Caller caller, String jpql, String value, int limit, String criteria) {
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AuditEntry> entries = em.createQuery(jpql, AuditEntryEntity.class).setParameter("v", value)
                    .setMaxResults(max).getResultList().stream().map(AuditServiceImpl::toEntry).toList();
            // Reading the log is itself an access to personal data.
            append(em, new AuditEvent(caller, Role.LOGGRANSKARE, AuditAction.SEARCH, null, "audit", criteria));
            return entries;
        });
    }

    private static AuditEntry toEntry(AuditEntryEntity e) {
        return new AuditEntry(e.sequence(), Instant.ofEpochMilli(e.atMillis()), e.user(), e.role(),
                AuditAction.valueOf(e.action()), e.personId(), e.resource(), e.criteria(), e.hash());
    }

    @Override
    public ChainVerification verify() {
        return jpa.txExpr(TransactionType.Required, em -> {
            AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
            String expectedPrevious = "0".repeat(64);
            long expectedSequence = 1;
            long checked = 0;
            while (true) {
                List<AuditEntryEntity> batch = em.createQuery(
                        "SELECT a FROM AuditEntryEntity a WHERE a.sequence >= :from ORDER BY a.sequence",
                        AuditEntryEntity.class).setParameter("from", expectedSequence).setMaxResults(VERIFY_BATCH)
                        .getResultList();
                for (AuditEntryEntity row : batch) {
                    checked++;
                    if (row.sequence() != expectedSequence) {
                        return broken(checked, expectedSequence, "row " + expectedSequence + " is missing");
                    }
                    if (!row.previousHash().equals(expectedPrevious)) {
                        return broken(checked, row.sequence(), "row " + row.sequence()
                                + " does not link to its predecessor");
                    }
                    if (!row.computeHash().equals(row.hash())) {
                        return broken(checked, row.sequence(), "row " + row.sequence() + " was altered");
                    }
                    expectedPrevious = row.hash();
                    expectedSequence++;
                }
                em.clear();
                if (batch.size() < VERIFY_BATCH) {
                    break;
                }
            }
            if (head.lastSequence() != expectedSequence - 1 || !head.lastHash().equals(expectedPrevious)) {
                return broken(checked, expectedSequence, "the chain ends at row " + (expectedSequence - 1)
                        + " but its head says " + head.lastSequence());
            }
            return new ChainVerification(true, checked, -1, "The audit chain of " + checked + " rows is intact.");
        });
    }

    private static ChainVerification broken(long checked, long sequence, String why) {
        return new ChainVerification(false, checked, sequence, "The audit chain is broken: " + why + ".");
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
