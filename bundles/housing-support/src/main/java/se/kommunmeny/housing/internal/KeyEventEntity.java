package se.kommunmeny.housing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Something that happened to a key of the flat: handed out, returned, used by staff, lock-out, lock changed. */
@Entity
@Table(name = "hs_key_event")
public class KeyEventEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "event", nullable = false)
    String event;
    @Column(name = "key_label")
    String keyLabel;
    @Column(name = "occurred_on", nullable = false)
    LocalDate occurredOn;
    @Column(name = "note")
    String note;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected KeyEventEntity() {
    }

    KeyEventEntity(String id, String placementId, String event, String keyLabel, LocalDate occurredOn, String note,
            String recordedBy, long recordedAt) {
        this.id = id;
        this.placementId = placementId;
        this.event = event;
        this.keyLabel = keyLabel;
        this.occurredOn = occurredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
