package se.kommunmeny.treatmentplan.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A specialist referral (VISO) with the client's consent. */
@Entity
@Table(name = "tp_referral")
public class ReferralEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "enrolment_id", nullable = false)
    String enrolmentId;
    @Column(name = "service", nullable = false)
    String service;
    @Column(name = "reason", nullable = false)
    String reason;
    @Column(name = "consent_on", nullable = false)
    LocalDate consentOn;
    @Column(name = "consent_scope", nullable = false)
    String consentScope;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    long recordedAt;

    protected ReferralEntity() {
    }

    ReferralEntity(String id, String enrolmentId, String service, String reason, LocalDate consentOn,
            String consentScope, String recordedBy, long recordedAt) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.service = service;
        this.reason = reason;
        this.consentOn = consentOn;
        this.consentScope = consentScope;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
