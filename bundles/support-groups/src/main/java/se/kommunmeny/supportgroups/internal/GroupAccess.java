package se.kommunmeny.supportgroups.internal;

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
 * Who may reach a cohort, and the audit. Practitioners (behandlare) reach only the cohorts they lead; the unit
 * manager reaches all. An attempt refused for any reason is audited in a transaction of its own, since its own
 * rolled back.
 */
final class GroupAccess {
    static final String RESOURCE = "support-groups/";
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final AuditService audit;

    GroupAccess(AuditService audit) {
        this.audit = audit;
    }

    /** Runs an operation; a refusal is audited (DENIED or REJECTED) and rethrown. */
    <T> T attempt(Caller caller, String resource, Supplier<T> operation) {
        return Refusals.attempt(audit, caller, resource, operation, problem -> null);
    }

    static boolean isId(String id) {
        return id != null && id.matches(ID);
    }

    private static void requireId(String field, String id) {
        if (!isId(id)) {
            throw new ValidationException(field, "is not an id");
        }
    }

    static CohortEntity cohort(EntityManager em, String id, boolean lock) {
        requireId("cohortId", id);
        CohortEntity c = em.find(CohortEntity.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (c == null) {
            throw new NotFoundException("No cohort with this id.");
        }
        return c;
    }

    static MeetingEntity meeting(EntityManager em, String id) {
        requireId("meetingId", id);
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw new NotFoundException("No meeting with this id.");
        }
        return m;
    }

    static ParticipantEntity participant(EntityManager em, String id) {
        requireId("participantId", id);
        ParticipantEntity p = em.find(ParticipantEntity.class, id);
        if (p == null) {
            throw new NotFoundException("No participant with this id.");
        }
        return p;
    }

    static NoticeEntity notice(EntityManager em, String id) {
        requireId("noticeId", id);
        NoticeEntity n = em.find(NoticeEntity.class, id);
        if (n == null) {
            throw new NotFoundException("No notice with this id.");
        }
        return n;
    }

    /** A practitioner must lead the cohort; other roles pass. */
    static void requireLeader(EntityManager em, Caller caller, String role, String cohortId) {
        if (Role.BEHANDLARE.equals(role) && !SupportGroupsRepository.isLeader(em, cohortId, caller.user())) {
            throw new AccessDeniedException("You do not lead this cohort; the unit manager names its leaders.");
        }
    }

    void record(Caller caller, String role, AuditAction action, String personRef, String resource) {
        audit.record(new AuditEvent(caller, role, action, PersonReferences.personIdOrNull(personRef), resource, null));
    }

    void search(Caller caller, String role, String resource, String criteria) {
        audit.record(new AuditEvent(caller, role, AuditAction.SEARCH, null, resource, criteria));
    }

    static String cohortResource(String cohortId, String part) {
        return RESOURCE + "cohort/" + cohortId + (part == null ? "" : "/" + part);
    }

    static String participantResource(String participantId) {
        return RESOURCE + "participant/" + participantId;
    }
}
