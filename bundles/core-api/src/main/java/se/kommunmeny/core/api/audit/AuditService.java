package se.kommunmeny.core.api.audit;

import java.util.List;

import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.security.Caller;

/** The platform's audit log. */
@org.osgi.annotation.versioning.ProviderType
public interface AuditService {

    /**
     * Appends a row. Must be called inside the JTA transaction of the work it records: the row commits with that
     * work or not at all. Throws when no transaction is active.
     */
    void record(AuditEvent event);

    /**
     * Appends the row of an attempt that was refused: {@code DENIED} for an {@link AccessDeniedException} (role or
     * assignment), {@code REJECTED} for any other problem (bad input, a conflict), under the caller's first role and
     * with the problem's code as criteria. Written in a transaction of its own, since the attempt's own has rolled
     * back; and it never throws: a row that cannot be written is logged, so that the original problem still reaches
     * the caller. Offerings call it through {@link Refusals#attempt}.
     *
     * @param caller who tried
     * @param resource what was tried
     * @param problem why it was refused
     * @param personId the person register's id of the person concerned, or {@code null} when not known
     */
    void recordRefusal(Caller caller, String resource, ProblemException problem, String personId);

    /** "Who has looked at me": rows about one person, newest first. Role {@code loggranskare} only. */
    List<AuditEntry> byPerson(Caller caller, String personId, int limit);

    /**
     * Every row about one person, oldest first, for the person's own export (registerutdrag: the right of access
     * includes who has looked at them). Role {@code handlaggare}, which handles the person's request; the caller
     * audits the export itself.
     *
     * @since 1.3
     */
    List<AuditEntry> forDataSubject(Caller caller, String personId);

    /** Rows written by one user, newest first. Role {@code loggranskare} only. */
    List<AuditEntry> byUser(Caller caller, String user, int limit);

    /** Checks the whole chain. */
    ChainVerification verify();
}
