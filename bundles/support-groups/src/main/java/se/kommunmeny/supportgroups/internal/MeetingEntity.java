package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Gruppträff: one meeting of a cohort, of the group itself or of the parents alongside it. */
@Entity
@Table(name = "sg_meeting")
public class MeetingEntity {
    static final String GROUP = "GROUP";
    static final String PARENTS = "PARENTS";
    static final String PLANNED = "PLANNED";
    static final String MOVED = "MOVED";
    static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "cohort_id", nullable = false)
    String cohortId;
    @Column(name = "number", nullable = false)
    int number;
    @Column(name = "kind", nullable = false)
    String kind;
    @Column(name = "meeting_date", nullable = false)
    LocalDate date;
    @Column(name = "start_time", nullable = false)
    String startTime;
    @Column(name = "minutes", nullable = false)
    int minutes;
    @Column(name = "theme")
    String theme;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "original_date")
    LocalDate originalDate;
    @Column(name = "reason")
    String reason;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected MeetingEntity() {
    }

    MeetingEntity(String id, String cohortId, GroupCalendar.Planned planned) {
        this.id = id;
        this.cohortId = cohortId;
        this.number = planned.number();
        this.kind = planned.kind();
        this.date = planned.date();
        this.startTime = planned.startTime();
        this.minutes = planned.minutes();
        this.theme = planned.theme();
        this.status = PLANNED;
    }

    boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    boolean isGroup() {
        return GROUP.equals(kind);
    }

    /** A group meeting not cancelled whose day has come. */
    boolean isHeldBy(LocalDate today) {
        return isGroup() && !isCancelled() && !date.isAfter(today);
    }
}
