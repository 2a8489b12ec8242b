package se.kommunmeny.treatmentplan.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One revision of a plan's content, kept for good. */
@Entity
@Table(name = "tp_plan_revision")
public class PlanRevisionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "plan_id", nullable = false)
    private String planId;
    @Column(name = "revision", nullable = false)
    private int revision;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private long changedAt;
    @Column(name = "summary", nullable = false)
    private String summary;
    @Column(name = "content", nullable = false)
    private String content;

    protected PlanRevisionEntity() {
    }

    PlanRevisionEntity(String id, String planId, int revision, String changedBy, long changedAt, String summary,
            String content) {
        this.id = id;
        this.planId = planId;
        this.revision = revision;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.summary = summary;
        this.content = content;
    }

    int revision() {
        return revision;
    }

    String changedBy() {
        return changedBy;
    }

    long changedAt() {
        return changedAt;
    }

    String summary() {
        return summary;
    }

    String content() {
        return content;
    }
}
