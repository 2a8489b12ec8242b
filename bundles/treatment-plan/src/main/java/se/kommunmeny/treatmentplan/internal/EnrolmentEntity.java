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

/** Inskrivning: a client's place (or place in the queue) in a programme. */
@Entity
@Table(name = "tp_enrolment")
public class EnrolmentEntity {
    static final String WAITING = "WAITING";
    static final String ACTIVE = "ACTIVE";
    static final String PRIMARY = "PRIMARY";
    static final String AFTERCARE = "AFTERCARE";

    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "person_ref", nullable = false)
    private String personRef;
    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Column(name = "commissioner_code", nullable = false)
    private String commissionerCode;
    @Column(name = "commissioner_name", nullable = false)
    private String commissionerName;
    @Column(name = "phase", nullable = false)
    private String phase;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "granted_from", nullable = false)
    private LocalDate grantedFrom;
    @Column(name = "granted_to", nullable = false)
    private LocalDate grantedTo;
    @Column(name = "requested_at", nullable = false)
    private long requestedAt;
    @Column(name = "admitted_at")
    private Long admittedAt;
    @Column(name = "ended_at")
    private Long endedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tp_enrolment_extension", joinColumns = @JoinColumn(name = "enrolment_id"))
    @OrderColumn(name = "position")
    @Column(name = "previous_end", nullable = false)
    private List<LocalDate> extensions = new ArrayList<>();

    protected EnrolmentEntity() {
    }

    EnrolmentEntity(String id, String personRef, String programmeId, String legalBasis, String commissionerCode,
            String commissionerName, String phase, LocalDate grantedFrom, LocalDate grantedTo, long requestedAt,
            String createdBy) {
        this.id = id;
        this.personRef = personRef;
        this.programmeId = programmeId;
        this.legalBasis = legalBasis;
        this.commissionerCode = commissionerCode;
        this.commissionerName = commissionerName;
        this.phase = phase;
        this.status = WAITING;
        this.grantedFrom = grantedFrom;
        this.grantedTo = grantedTo;
        this.requestedAt = requestedAt;
        this.createdBy = createdBy;
    }

    void admit(long at) {
        status = ACTIVE;
        admittedAt = at;
    }

    void end(String reason, long at) {
        status = reason;
        endedAt = at;
    }

    void extendTo(LocalDate newEnd) {
        extensions.add(grantedTo);
        grantedTo = newEnd;
    }

    void moveToAftercare() {
        phase = AFTERCARE;
    }

    String id() {
        return id;
    }

    String personRef() {
        return personRef;
    }

    String programmeId() {
        return programmeId;
    }

    String legalBasis() {
        return legalBasis;
    }

    String commissionerCode() {
        return commissionerCode;
    }

    String commissionerName() {
        return commissionerName;
    }

    String phase() {
        return phase;
    }

    String status() {
        return status;
    }

    LocalDate grantedFrom() {
        return grantedFrom;
    }

    LocalDate grantedTo() {
        return grantedTo;
    }

    Long admittedAt() {
        return admittedAt;
    }

    Long endedAt() {
        return endedAt;
    }

    long requestedAt() {
        return requestedAt;
    }

    long version() {
        return version;
    }

    List<LocalDate> extensions() {
        return extensions;
    }
}
