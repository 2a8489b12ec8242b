package se.kommunmeny.employment.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Placering: a person's place (or place in the queue) at a work place, with the current step and work plan. */
@Entity
@Table(name = "es_placement")
public class PlacementEntity {
    static final String WAITING = "WAITING";
    static final String ACTIVE = "ACTIVE";
    static final String ENDED = "ENDED";
    static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "person_ref", nullable = false)
    String personRef;
    @Column(name = "kind_id", nullable = false)
    String kindId;
    @Column(name = "work_place_id", nullable = false)
    String workPlaceId;
    @Column(name = "reservation", nullable = false)
    String reservation;
    @Column(name = "place_type")
    String placeType;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "planned_end_date")
    LocalDate plannedEndDate;
    @Column(name = "requested_at", nullable = false)
    long requestedAt;
    @Column(name = "admitted_at")
    Long admittedAt;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "outcome")
    String outcome;
    @Column(name = "end_note")
    String endNote;
    @Column(name = "step")
    String step;
    @Column(name = "step_since")
    LocalDate stepSince;
    @Column(name = "hours_per_week", nullable = false)
    int hoursPerWeek;
    @Column(name = "work_plan_revision", nullable = false)
    int workPlanRevision;
    @Column(name = "tp_plan_id")
    String tpPlanId;
    @Column(name = "tp_enrolment_id")
    String tpEnrolmentId;
    @Column(name = "tp_goal")
    String tpGoal;
    @Column(name = "tp_linked_at")
    Long tpLinkedAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected PlacementEntity() {
    }

    PlacementEntity(String id, String personRef, String kindId, String workPlaceId, String reservation,
            LocalDate startDate, LocalDate plannedEndDate, long requestedAt, String createdBy) {
        this.id = id;
        this.personRef = personRef;
        this.kindId = kindId;
        this.workPlaceId = workPlaceId;
        this.reservation = reservation;
        this.status = WAITING;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.requestedAt = requestedAt;
        this.createdBy = createdBy;
    }

    void admit(String placeType, LocalDate start, long at) {
        this.placeType = placeType;
        this.startDate = start;
        if (step != null) {
            stepSince = start;
        }
        status = ACTIVE;
        admittedAt = at;
    }

    /** The stay as the place arithmetic sees it: open while active; once ended, its place is free from the end day. */
    PlacePools.Stay stay() {
        return new PlacePools.Stay(placeType, startDate, ENDED.equals(status) ? endedOn.minusDays(1) : null);
    }
}
