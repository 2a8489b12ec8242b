package se.kommunmeny.employment.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Something another offering reported about a placed person. */
@Entity
@Table(name = "es_case_event")
public class CaseEventEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "source", nullable = false)
    String source;
    @Column(name = "topic", nullable = false)
    String topic;
    @Column(name = "detail")
    String detail;
    @Column(name = "enrolment_id")
    String enrolmentId;
    @Column(name = "occurred_at", nullable = false)
    long occurredAt;

    protected CaseEventEntity() {
    }

    CaseEventEntity(String id, String placementId, String source, String topic, String detail, String enrolmentId,
            long occurredAt) {
        this.id = id;
        this.placementId = placementId;
        this.source = source;
        this.topic = topic;
        this.detail = detail;
        this.enrolmentId = enrolmentId;
        this.occurredAt = occurredAt;
    }
}
