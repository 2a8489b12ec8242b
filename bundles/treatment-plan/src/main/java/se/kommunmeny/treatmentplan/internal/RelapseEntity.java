package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A lapse or relapse, with the relapse plan it was handled by as that plan read at the time. */
@Entity
@Table(name = "tp_relapse")
public class RelapseEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "occurred_on", nullable = false)
    LocalDate occurredOn;
    @Column(name = "kind", nullable = false)
    String kind;
    @Column(name = "substance", nullable = false)
    String substance;
    @Column(name = "description", nullable = false)
    String description;
    @Column(name = "actions_taken")
    String actionsTaken;
    @Column(name = "plan_id")
    String planId;
    @Column(name = "plan_revision")
    Integer planRevision;
    @Column(name = "relapse_plan")
    String relapsePlan;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected RelapseEntity() {
    }

    RelapseEntity(String id, String enrolmentId, LocalDate occurredOn, String kind, String substance,
            String description, String actionsTaken, String recordedBy, long recordedAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.occurredOn = occurredOn;
        this.kind = kind;
        this.substance = substance;
        this.description = description;
        this.actionsTaken = actionsTaken;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
