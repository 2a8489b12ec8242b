package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

/** A step change of a placement with the care conference (vårdkonferens) that decided it. */
@Entity
@Table(name = "es_step_change")
public class StepChangeEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "from_step", nullable = false)
    String fromStep;
    @Column(name = "to_step", nullable = false)
    String toStep;
    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;
    @Column(name = "conference_held_on", nullable = false)
    LocalDate conferenceHeldOn;
    @Column(name = "decision", nullable = false)
    String decision;
    @Column(name = "early_change", nullable = false)
    int earlyChange;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "es_step_change_participant", joinColumns = @JoinColumn(name = "step_change_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    List<String> participants = new ArrayList<>();

    protected StepChangeEntity() {
    }

    StepChangeEntity(String id, String placementId, String fromStep, String toStep, LocalDate decidedOn) {
        this.id = id;
        this.placementId = placementId;
        this.fromStep = fromStep;
        this.toStep = toStep;
        this.decidedOn = decidedOn;
    }
}
