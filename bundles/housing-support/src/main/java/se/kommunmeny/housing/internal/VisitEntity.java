package se.kommunmeny.housing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Hembesök: a home visit with support and control (tillsyn). */
@Entity
@Table(name = "hs_visit")
public class VisitEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id", nullable = false)
    String placementId;
    @Column(name = "visited_on", nullable = false)
    LocalDate visitedOn;
    /** JSON list of names. */
    @Column(name = "visitors", nullable = false)
    String visitors;
    /** JSON list of activities. */
    @Column(name = "activities", nullable = false)
    String activities;
    @Column(name = "support")
    String support;
    @Column(name = "control_text")
    String control;
    @Column(name = "note")
    String note;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected VisitEntity() {
    }

    VisitEntity(String id, String placementId, String recordedBy, long recordedAt) {
        this.id = id;
        this.placementId = placementId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
