package se.kommunmeny.treatmentplan.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A report to the commissioner; {@code content} is the generated and reviewed body as JSON. */
@Entity
@Table(name = "tp_report")
public class ReportEntity {
    static final String DRAFT = "DRAFT";
    static final String REVIEWED = "REVIEWED";
    static final String SENT = "SENT";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "kind", nullable = false)
    String kind;
    @Column(name = "period_key", nullable = false)
    String periodKey;
    @Column(name = "status", nullable = false)
    String status = DRAFT;
    @Column(name = "content", nullable = false)
    String content;
    @Column(name = "generated_by", nullable = false)
    String generatedBy;
    @Column(name = "generated_at", nullable = false)
    long generatedAt;
    @Column(name = "reviewed_by")
    String reviewedBy;
    @Column(name = "reviewed_at")
    Long reviewedAt;
    @Column(name = "sent_at")
    Long sentAt;
    @Column(name = "sent_to")
    String sentTo;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ReportEntity() {
    }

    ReportEntity(String id, String enrolmentId, String kind, String periodKey, String content, String generatedBy,
            long generatedAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.periodKey = periodKey;
        this.content = content;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
    }
}
