package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A drug test; {@code results} holds {@code SUBSTANCE=RESULT} pairs separated by {@code ;}. */
@Entity
@Table(name = "tp_drug_test")
public class DrugTestEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "taken_on", nullable = false)
    LocalDate takenOn;
    @Column(name = "method", nullable = false)
    String method;
    @Column(name = "results", nullable = false)
    String results;
    @Column(name = "any_positive", nullable = false)
    int anyPositive;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected DrugTestEntity() {
    }

    DrugTestEntity(String id, String enrolmentId, LocalDate takenOn, String method, String results,
            boolean anyPositive, String recordedBy, long recordedAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.takenOn = takenOn;
        this.method = method;
        this.results = results;
        this.anyPositive = anyPositive ? 1 : 0;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
