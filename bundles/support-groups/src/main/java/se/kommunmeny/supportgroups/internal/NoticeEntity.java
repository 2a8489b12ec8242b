package se.kommunmeny.supportgroups.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Meddelande: a notice of a moved or cancelled meeting in the outbox, sent by staff, not by the platform. */
@Entity
@Table(name = "sg_notice")
public class NoticeEntity {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "cohort_id", nullable = false)
    String cohortId;
    @Column(name = "meeting_id", nullable = false)
    String meetingId;
    @Column(name = "participant_id", nullable = false)
    String participantId;
    @Column(name = "contact", nullable = false)
    String contact;
    @Column(name = "message", nullable = false)
    String message;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "sent_at")
    Long sentAt;
    @Column(name = "sent_by")
    String sentBy;

    protected NoticeEntity() {
    }

    NoticeEntity(String id, MeetingEntity meeting, ParticipantEntity participant, String message, long createdAt) {
        this.id = id;
        this.cohortId = meeting.cohortId;
        this.meetingId = meeting.id;
        this.participantId = participant.id;
        this.contact = participant.noticeContact();
        this.message = message;
        this.createdAt = createdAt;
        this.status = PENDING;
    }
}
