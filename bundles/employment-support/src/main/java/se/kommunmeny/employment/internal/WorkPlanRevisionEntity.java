package se.kommunmeny.employment.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One revision of a work plan, kept for good; goals and tasks as JSON. */
@Entity
@Table(name = "es_work_plan_revision")
public class WorkPlanRevisionEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "revision", nullable = false)
    int revision;
    @Column(name = "step")
    String step;
    @Column(name = "hours_per_week", nullable = false)
    int hoursPerWeek;
    @Column(name = "content", nullable = false)
    String content;
    @Column(name = "changed_by", nullable = false)
    String changedBy;
    @Column(name = "changed_at", nullable = false)
    long changedAt;

    protected WorkPlanRevisionEntity() {
    }

    WorkPlanRevisionEntity(String id, String placementId, int revision, String step, int hoursPerWeek, String content,
            String changedBy, long changedAt) {
        this.id = id;
        this.placementId = placementId;
        this.revision = revision;
        this.step = step;
        this.hoursPerWeek = hoursPerWeek;
        this.content = content;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
