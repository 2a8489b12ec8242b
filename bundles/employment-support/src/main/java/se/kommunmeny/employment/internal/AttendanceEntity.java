package se.kommunmeny.employment.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Närvaro: one day of a placement, present with hours or absent with a reason. */
@Entity
@Table(name = "es_attendance")
public class AttendanceEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "attended_on", nullable = false)
    LocalDate day;
    @Column(name = "present", nullable = false)
    int present;
    @Column(name = "minutes", nullable = false)
    int minutes;
    @Column(name = "absence_reason")
    String absenceReason;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AttendanceEntity() {
    }

    AttendanceEntity(String id, String placementId, LocalDate day) {
        this.id = id;
        this.placementId = placementId;
        this.day = day;
    }

    void set(HourRules.Day value, String by, long at) {
        present = value.present() ? 1 : 0;
        minutes = value.minutes();
        absenceReason = value.absenceReason();
        recordedBy = by;
        recordedAt = at;
    }
}
