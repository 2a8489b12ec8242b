package se.kommunmeny.housing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Uppföljning: a follow-up of the work plan with the progress on each goal. */
@Entity
@Table(name = "hs_follow_up")
public class FollowUpEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    /** JSON list of names. */
    @Column(name = "participants", nullable = false)
    String participants;
    /** JSON list of goal progress. */
    @Column(name = "goal_progress", nullable = false)
    String goalProgress;
    @Column(name = "note")
    String note;
    @Column(name = "next_due", nullable = false)
    LocalDate nextDue;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected FollowUpEntity() {
    }

    FollowUpEntity(String id, String placementId, String recordedBy, long recordedAt) {
        this.id = id;
        this.placementId = placementId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
