package se.kommunmeny.core.api.audit;

import java.time.Instant;

/** A row of the audit log as the audit reviewer sees it. */
public record AuditEntry(long sequence, Instant time, String user, String role, AuditAction action, String personId,
        String resource, String criteria, String hash) {
}
