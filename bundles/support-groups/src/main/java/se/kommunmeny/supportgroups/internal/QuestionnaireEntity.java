package se.kommunmeny.supportgroups.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Enkät: one paper questionnaire as a leader entered it, its answers as JSON; deliberately no participant link. */
@Entity
@Table(name = "sg_questionnaire")
public class QuestionnaireEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "cohort_id", nullable = false)
    String cohortId;
    @Column(name = "answers", nullable = false)
    String answers;
    @Column(name = "entered_by", nullable = false)
    String enteredBy;
    @Column(name = "entered_at", nullable = false)
    long enteredAt;

    protected QuestionnaireEntity() {
    }

    QuestionnaireEntity(String id, String cohortId, String answers, String enteredBy, long enteredAt) {
        this.id = id;
        this.cohortId = cohortId;
        this.answers = answers;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }
}
