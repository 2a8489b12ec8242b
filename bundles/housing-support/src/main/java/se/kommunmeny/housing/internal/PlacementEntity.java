package se.kommunmeny.housing.internal;

import java.time.LocalDate;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Placering: a person's place, or place in the queue, in a unit or a home-support kind. */
@Entity
@Table(name = "hs_placement")
public class PlacementEntity {
    static final String WAITING = "WAITING";
    static final String ACTIVE = "ACTIVE";
    static final String MOVED_OUT = "MOVED_OUT";
    static final String EVICTED = "EVICTED";
    static final String CONTRACT_TRANSFERRED = "CONTRACT_TRANSFERRED";
    static final String CANCELLED = "CANCELLED";
    /** The statuses of a placement that held a place and gave it up. */
    static final Set<String> ENDED = Set.of(MOVED_OUT, EVICTED, CONTRACT_TRANSFERRED);

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "person_ref", nullable = false)
    String personRef;
    @Column(name = "kind_id", nullable = false)
    String kindId;
    @Column(name = "unit_id")
    String unitId;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "planned_end_date")
    LocalDate plannedEndDate;
    /** 1 when the planned end was asked for or decided; 0 when it is the maximum stay, recomputed on admission. */
    @Column(name = "planned_end_given", nullable = false)
    int plannedEndGiven;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "end_reason")
    String endReason;
    @Column(name = "end_note")
    String endNote;
    @Column(name = "move_out_by")
    LocalDate moveOutBy;
    @Column(name = "contract_type", nullable = false)
    String contractType;
    @Column(name = "rent_per_month")
    Integer rentPerMonth;
    /** The current work plan as JSON; every revision is also kept in {@link WorkPlanRevisionEntity}. */
    @Column(name = "work_plan", nullable = false)
    String workPlan;
    @Column(name = "work_plan_revision", nullable = false)
    int workPlanRevision;
    @Column(name = "follow_up_interval_days", nullable = false)
    int followUpIntervalDays;
    @Column(name = "last_follow_up_on")
    LocalDate lastFollowUpOn;
    @Column(name = "stay_decided_by")
    String stayDecidedBy;
    @Column(name = "stay_decided_on")
    LocalDate stayDecidedOn;
    @Column(name = "stay_reason")
    String stayReason;
    @Column(name = "requested_at", nullable = false)
    long requestedAt;
    @Column(name = "admitted_at")
    Long admittedAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "plan_id")
    String planId;
    @Column(name = "plan_enrolment_id")
    String planEnrolmentId;
    @Column(name = "plan_goal")
    String planGoal;
    @Column(name = "plan_linked_at")
    Long planLinkedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected PlacementEntity() {
    }

    PlacementEntity(String id, String personRef, String kindId, String unitId, long requestedAt, String createdBy) {
        this.id = id;
        this.personRef = personRef;
        this.kindId = kindId;
        this.unitId = unitId;
        this.status = WAITING;
        this.requestedAt = requestedAt;
        this.createdBy = createdBy;
    }

    void admit(long at) {
        status = ACTIVE;
        admittedAt = at;
    }

    void end(String endStatus, LocalDate on, String reason, String note) {
        status = endStatus;
        endedOn = on;
        endReason = reason;
        endNote = note;
    }

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    boolean isWaiting() {
        return WAITING.equals(status);
    }

    /** The lock row guarding the places this placement takes. */
    String lockKey() {
        return unitId == null ? CapacityLockEntity.forKind(kindId) : CapacityLockEntity.forUnit(unitId);
    }
}
