package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A stay bought (side BUY: the buyer's order) or sold (side SELL: an order received); extents as JSON. */
@Entity
@Table(name = "pu_placement")
public class StayEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "side")
    String side;
    @Column(name = "order_ref")
    String orderRef;
    @Column(name = "agreement_id")
    String agreementId;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "person_ref")
    String personRef;
    @Column(name = "status")
    String status;
    @Column(name = "start_date")
    String startDate;
    @Column(name = "started_on")
    String startedOn;
    @Column(name = "extents")
    String extents;
    @Column(name = "notice_given_on")
    String noticeGivenOn;
    @Column(name = "end_date")
    String endDate;
    @Column(name = "ended_on")
    String endedOn;
    @Column(name = "decision_reason")
    String decisionReason;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "refusal")
    String refusal;
    @Column(name = "note")
    String note;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "created_at")
    long createdAt;
    @Version
    @Column(name = "version")
    long version;
}
