package se.kommunmeny.treatmentplan.internal;

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
import javax.persistence.Version;

/** Genomförandeplan: an implementation plan. */
@Entity
@Table(name = "tp_plan")
public class PlanEntity {
    static final String ACTIVE = "ACTIVE";
    static final String CLOSED = "CLOSED";

    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "person_ref", nullable = false)
    private String personRef;
    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "created_at", nullable = false)
    private long createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "revision", nullable = false)
    private int revision;
    @Column(name = "enrolment_id")
    private String enrolmentId;
    @Column(name = "sent_revision")
    private Integer sentRevision;
    @Column(name = "sent_at")
    private Long sentAt;
    @Column(name = "sent_to")
    private String sentTo;
    @Column(name = "closed_at")
    private Long closedAt;
    @Column(name = "approved_revision")
    private Integer approvedRevision;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tp_plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> goals = new ArrayList<>();

    protected PlanEntity() {
    }

    PlanEntity(String id, String personRef, String programmeId, LocalDate startDate, List<String> goals,
            long createdAt, String createdBy, String enrolmentId) {
        this.enrolmentId = enrolmentId;
        this.id = id;
        this.personRef = personRef;
        this.programmeId = programmeId;
        this.status = ACTIVE;
        this.startDate = startDate;
        this.goals = new ArrayList<>(goals);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String id() {
        return id;
    }

    String enrolmentId() {
        return enrolmentId;
    }

    void sent(String to, long at) {
        sentRevision = approvedRevision;
        sentTo = to;
        sentAt = at;
    }

    Integer sentRevision() {
        return sentRevision;
    }

    Long sentAtMillis() {
        return sentAt;
    }

    String sentTo() {
        return sentTo;
    }

    void close(long at) {
        status = CLOSED;
        closedAt = at;
    }

    int nextRevision() {
        return ++revision;
    }

    int revision() {
        return revision;
    }

    void approve(LocalDate on) {
        approvedRevision = revision;
        approvedOn = on;
    }

    Integer approvedRevision() {
        return approvedRevision;
    }

    LocalDate approvedOn() {
        return approvedOn;
    }

    String personRef() {
        return personRef;
    }

    String programmeId() {
        return programmeId;
    }

    String status() {
        return status;
    }

    LocalDate startDate() {
        return startDate;
    }

    long createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }

    List<String> goals() {
        return goals;
    }
}
