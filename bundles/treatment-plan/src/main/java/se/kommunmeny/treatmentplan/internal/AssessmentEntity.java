package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A scored AUDIT, DUDIT or ASI; {@code answers} comma-separated. */
@Entity
@Table(name = "tp_assessment")
public class AssessmentEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "instrument", nullable = false)
    String instrument;
    @Column(name = "taken_on", nullable = false)
    LocalDate takenOn;
    @Column(name = "sex", nullable = false)
    String sex;
    @Column(name = "age", nullable = false)
    int age;
    @Column(name = "answers", nullable = false)
    String answers;
    @Column(name = "score", nullable = false)
    int score;
    @Column(name = "level", nullable = false)
    String level;
    @Column(name = "cut_off", nullable = false)
    String cutOff;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected AssessmentEntity() {
    }

    AssessmentEntity(String id, String enrolmentId, String instrument, LocalDate takenOn, String sex, int age,
            String answers, int score, String level, String cutOff, String recordedBy, long recordedAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.instrument = instrument;
        this.takenOn = takenOn;
        this.sex = sex;
        this.age = age;
        this.answers = answers;
        this.score = score;
        this.level = level;
        this.cutOff = cutOff;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
