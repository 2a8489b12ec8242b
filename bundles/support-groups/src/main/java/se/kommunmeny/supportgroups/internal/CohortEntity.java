package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Gruppomgång: one round of a programme with its period, venue and places. Its row is locked while places are
 * counted and taken, so concurrent enrolments never take more places than there are.
 */
@Entity
@Table(name = "sg_cohort")
public class CohortEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "programme_id", nullable = false)
    String programmeId;
    @Column(name = "first_meeting", nullable = false)
    LocalDate firstMeeting;
    @Column(name = "last_meeting", nullable = false)
    LocalDate lastMeeting;
    @Column(name = "start_time", nullable = false)
    String startTime;
    @Column(name = "place", nullable = false)
    String place;
    @Column(name = "places", nullable = false)
    int places;
    @Column(name = "intake_until", nullable = false)
    LocalDate intakeUntil;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CohortEntity() {
    }

    CohortEntity(String id, String programmeId, String createdBy, long createdAt) {
        this.id = id;
        this.programmeId = programmeId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether new participants are taken on {@code day}: up to and including the last day of intake. */
    boolean takesIntakeOn(LocalDate day) {
        return !day.isAfter(intakeUntil);
    }
}
