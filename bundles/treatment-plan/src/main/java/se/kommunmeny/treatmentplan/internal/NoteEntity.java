package se.kommunmeny.treatmentplan.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A note in a client's course; written once, never changed. */
@Entity
@Table(name = "tp_note")
public class NoteEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "session_id")
    String sessionId;
    @Column(name = "text", nullable = false)
    String text;
    @Column(name = "written_by", nullable = false)
    String writtenBy;
    @Column(name = "written_at", nullable = false)
    long writtenAt;

    protected NoteEntity() {
    }

    NoteEntity(String id, String enrolmentId, String sessionId, String text, String writtenBy, long writtenAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.sessionId = sessionId;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }
}
