package se.kommunmeny.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One row of the audit log. Never updated, never deleted. */
@Entity
@Table(name = "core_audit_log")
public class AuditEntryEntity {
    @Id
    @Column(name = "seq")
    private long sequence;
    @Column(name = "at_millis", nullable = false)
    private long atMillis;
    @Column(name = "user_name", nullable = false)
    private String user;
    @Column(name = "role_name", nullable = false)
    private String role;
    @Column(name = "action", nullable = false)
    private String action;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "resource", nullable = false)
    private String resource;
    @Column(name = "criteria")
    private String criteria;
    @Column(name = "prev_hash", nullable = false)
    private String previousHash;
    @Column(name = "hash", nullable = false)
    private String hash;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(long sequence, long atMillis, String user, String role, String action, String personId,
            String resource, String criteria, String previousHash) {
        this.sequence = sequence;
        this.atMillis = atMillis;
        this.user = user;
        this.role = role;
        this.action = action;
        this.personId = personId;
        this.resource = resource;
        this.criteria = criteria;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /**
     * The row's hash over its content and its predecessor's hash. Each field is written as its length, a colon and
     * its value (null as {@code ~}), so no choice of field contents can make two different rows hash alike.
     */
    String computeHash() {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {Long.toString(sequence), Long.toString(atMillis), user, role, action,
                personId, resource, criteria, previousHash}) {
            if (field == null) {
                canonical.append("~;");
            } else {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
        }
        return se.kommunmeny.core.internal.persistence.Hashing.sha256(canonical.toString());
    }

    long sequence() {
        return sequence;
    }

    long atMillis() {
        return atMillis;
    }

    String user() {
        return user;
    }

    String role() {
        return role;
    }

    String action() {
        return action;
    }

    String personId() {
        return personId;
    }

    String resource() {
        return resource;
    }

    String criteria() {
        return criteria;
    }

    String previousHash() {
        return previousHash;
    }

    String hash() {
        return hash;
    }
}
