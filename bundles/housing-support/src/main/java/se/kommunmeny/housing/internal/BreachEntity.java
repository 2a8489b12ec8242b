package se.kommunmeny.housing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A breach of the work plan and its consequence (warning, lock-out, eviction). */
@Entity
@Table(name = "hs_breach")
public class BreachEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "occurred_on", nullable = false)
    LocalDate occurredOn;
    @Column(name = "description", nullable = false)
    String description;
    @Column(name = "breach_condition")
    String condition;
    @Column(name = "consequence", nullable = false)
    String consequence;
    @Column(name = "reason")
    String reason;
    @Column(name = "decision_maker")
    String decisionMaker;
    @Column(name = "move_out_by")
    LocalDate moveOutBy;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected BreachEntity() {
    }

    BreachEntity(String id, String placementId, String recordedBy, long recordedAt) {
        this.id = id;
        this.placementId = placementId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
