package se.kommunmeny.housing.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One revision of a placement's work plan (arbetsplan), kept for good. */
@Entity
@Table(name = "hs_work_plan_revision")
@IdClass(WorkPlanRevisionEntity.Key.class)
public class WorkPlanRevisionEntity {
    @Id
    @Column(name = "placement_id")
    String placementId;
    @Id
    @Column(name = "revision")
    int revision;
    @Column(name = "work_plan", nullable = false)
    String workPlan;
    @Column(name = "revised_at", nullable = false)
    long revisedAt;
    @Column(name = "revised_by", nullable = false)
    String revisedBy;

    protected WorkPlanRevisionEntity() {
    }

    WorkPlanRevisionEntity(String placementId, int revision, String workPlan, long revisedAt, String revisedBy) {
        this.placementId = placementId;
        this.revision = revision;
        this.workPlan = workPlan;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String placementId;
        int revision;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.placementId.equals(placementId) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(placementId, revision);
        }
    }
}
