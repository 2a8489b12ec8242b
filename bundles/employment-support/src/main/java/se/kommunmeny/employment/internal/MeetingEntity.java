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

/** Uppföljningsmöte: a network meeting on a placement. */
@Entity
@Table(name = "es_meeting")
public class MeetingEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(name = "summary", nullable = false)
    String summary;
    @Column(name = "next_meeting_on")
    LocalDate nextMeetingOn;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "es_meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    List<ParticipantValue> participants = new ArrayList<>();

    protected MeetingEntity() {
    }

    MeetingEntity(String id, String placementId, LocalDate heldOn, String summary, LocalDate nextMeetingOn,
            String recordedBy, long recordedAt) {
        this.id = id;
        this.placementId = placementId;
        this.heldOn = heldOn;
        this.summary = summary;
        this.nextMeetingOn = nextMeetingOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
