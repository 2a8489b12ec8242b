package se.kommunmeny.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The chain's head: the last sequence number and hash. Locked by every append. */
@Entity
@Table(name = "core_audit_head")
public class AuditHeadEntity {
    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "last_seq", nullable = false)
    private long lastSequence;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHeadEntity() {
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long sequence, String hash) {
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
