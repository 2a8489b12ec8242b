package se.kommunmeny.supportgroups.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Närvaro: whether a participant was present at a meeting; recorded again, it is replaced. */
@Entity
@Table(name = "sg_attendance")
@IdClass(AttendanceEntity.Key.class)
public class AttendanceEntity {
    @Id
    @Column(name = "meeting_id")
    String meetingId;
    @Id
    @Column(name = "participant_id")
    String participantId;
    @Column(name = "present", nullable = false)
    int present;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected AttendanceEntity() {
    }

    AttendanceEntity(String meetingId, String participantId) {
        this.meetingId = meetingId;
        this.participantId = participantId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String meetingId;
        String participantId;

        public Key() {
        }

        Key(String meetingId, String participantId) {
            this.meetingId = meetingId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.meetingId.equals(meetingId) && k.participantId.equals(participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, participantId);
        }
    }
}
