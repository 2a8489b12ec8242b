package se.kommunmeny.employment.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A supervisor's note on a placement; never changed. */
@Entity
@Table(name = "es_note")
public class NoteEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "written_on", nullable = false)
    LocalDate writtenOn;
    @Column(name = "text", nullable = false)
    String text;
    @Column(name = "written_by", nullable = false)
    String writtenBy;
    @Column(name = "written_at", nullable = false)
    long writtenAt;

    protected NoteEntity() {
    }

    NoteEntity(String id, String placementId, LocalDate writtenOn, String text, String writtenBy, long writtenAt) {
        this.id = id;
        this.placementId = placementId;
        this.writtenOn = writtenOn;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }
}
