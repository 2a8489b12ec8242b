package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A session in a client's course, from the programme's calendar or added by hand, and its attendance. */
@Entity
@Table(name = "tp_session")
public class SessionEntity {
    static final String PLANNED = "PLANNED";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "kind", nullable = false)
    String kind;
    @Column(name = "session_date", nullable = false)
    LocalDate date;
    @Column(name = "start_minute", nullable = false)
    int startMinute;
    @Column(name = "week")
    Integer week;
    @Column(name = "phase")
    String phase;
    @Column(name = "theme")
    String theme;
    @Column(name = "status", nullable = false)
    String status = PLANNED;
    @Column(name = "attendance_note")
    String attendanceNote;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Long recordedAt;
    @Column(name = "calendar_key")
    String calendarKey;
    @Column(name = "travel_claimed")
    Integer travelClaimed;
    @Column(name = "travel_reimbursed")
    Integer travelReimbursed;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected SessionEntity() {
    }

    SessionEntity(String id, String enrolmentId, String kind, LocalDate date, int startMinute, Integer week,
            String phase, String theme, String calendarKey) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.date = date;
        this.startMinute = startMinute;
        this.week = week;
        this.phase = phase;
        this.theme = theme;
        this.calendarKey = calendarKey;
    }
}
