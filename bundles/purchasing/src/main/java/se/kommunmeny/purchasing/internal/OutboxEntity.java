package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A message to a partner platform, sent until delivered. */
@Entity
@Table(name = "pu_outbox")
public class OutboxEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "seq")
    long seq;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "order_ref")
    String orderRef;
    @Column(name = "agreement_number")
    String agreementNumber;
    @Column(name = "type")
    String type;
    @Column(name = "payload")
    String payload;
    @Column(name = "sent_at")
    String sentAt;
    @Column(name = "status")
    String status;
    @Column(name = "attempts")
    int attempts;
    @Column(name = "next_attempt_at")
    long nextAttemptAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "delivered_at")
    Long deliveredAt;
}
