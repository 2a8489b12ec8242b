package se.kommunmeny.core.api.audit;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/** The platform's audit log. */
@org.osgi.annotation.versioning.ProviderType
public interface AuditService {

    /**
     * Appends a row. Must be called inside the JTA transaction of the work it records: the row commits with that
     * work or not at all. Throws when no transaction is active.
     */
    void record(AuditEvent event);

    /** "Who has looked at me": rows about one person, newest first. Role {@code loggranskare} only. */
    List<AuditEntry> byPerson(Caller caller, String personId, int limit);

    /** Rows written by one user, newest first. Role {@code loggranskare} only. */
    List<AuditEntry> byUser(Caller caller, String user, int limit);

    /** Checks the whole chain. */
    ChainVerification verify();
}
