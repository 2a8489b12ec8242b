package se.kommunmeny.treatmentplan.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One level of outreach after a missed session. */
@Entity
@Table(name = "tp_outreach_task")
public class OutreachTaskEntity {
    static final String OPEN = "OPEN";
    static final String REACHED = "REACHED";
    static final String NOT_REACHED = "NOT_REACHED";
    static final String ESCALATED = "ESCALATED";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "session_id", nullable = false)
    String sessionId;
    @Column(name = "level", nullable = false)
    int level;
    @Column(name = "method", nullable = false)
    String method;
    @Column(name = "due_at", nullable = false)
    long dueAt;
    @Column(name = "status", nullable = false)
    String status = OPEN;
    @Column(name = "outcome")
    String outcome;
    @Column(name = "done_by")
    String doneBy;
    @Column(name = "done_at")
    Long doneAt;
    @Column(name = "next_task_id")
    String nextTaskId;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected OutreachTaskEntity() {
    }

    OutreachTaskEntity(String id, String enrolmentId, String sessionId, int level, String method, long dueAt,
            long createdAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.sessionId = sessionId;
        this.level = level;
        this.method = method;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }
}
