package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Deltagare: a participant of a cohort. A registered one is a person register id; an anonymous or partner one an
 * alias and a generated code. No identity number is stored.
 */
@Entity
@Table(name = "sg_participant")
public class ParticipantEntity {
    static final String REGISTERED = "REGISTERED";
    static final String ANONYMOUS = "ANONYMOUS";
    static final String PARTNER = "PARTNER";
    static final String ACTIVE = "ACTIVE";
    static final String WAITING = "WAITING";
    static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "cohort_id", nullable = false)
    String cohortId;
    @Column(name = "way", nullable = false)
    String way;
    @Column(name = "person_ref")
    String personRef;
    @Column(name = "related_client_ref")
    String relatedClientRef;
    @Column(name = "share_consent", nullable = false)
    int shareConsent;
    @Column(name = "alias")
    String alias;
    @Column(name = "code")
    String code;
    @Column(name = "age_years")
    Integer ageYears;
    @Column(name = "partner_code")
    String partnerCode;
    @Column(name = "guardian_name")
    String guardianName;
    @Column(name = "guardian_contact")
    String guardianContact;
    @Column(name = "consented_on")
    LocalDate consentedOn;
    @Column(name = "consent_scope")
    String consentScope;
    @Column(name = "contact")
    String contact;
    @Column(name = "status", nullable = false)
    String status;
    @Column(name = "requested_at", nullable = false)
    long requestedAt;
    @Column(name = "admitted_at")
    Long admittedAt;
    @Column(name = "enrolled_by", nullable = false)
    String enrolledBy;
    @Column(name = "withdrawn_at")
    Long withdrawnAt;
    @Column(name = "withdrawal_reason")
    String withdrawalReason;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ParticipantEntity() {
    }

    ParticipantEntity(String id, String cohortId, String way, String enrolledBy, long requestedAt) {
        this.id = id;
        this.cohortId = cohortId;
        this.way = way;
        this.enrolledBy = enrolledBy;
        this.requestedAt = requestedAt;
        this.status = WAITING;
    }

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    boolean isWaiting() {
        return WAITING.equals(status);
    }

    void admit(long at) {
        status = ACTIVE;
        admittedAt = at;
    }

    /** Where notices go: the guardian for a child, else the participant's own contact; {@code null} for none. */
    String noticeContact() {
        return guardianContact != null ? guardianContact : contact;
    }

    /** How leaders name the participant in lists: the alias or code; never a name from the register. */
    String displayName() {
        return alias != null ? alias : code != null ? code : "deltagare";
    }
}
