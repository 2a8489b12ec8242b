package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A message received from a partner platform; its id is never processed twice. */
@Entity
@Table(name = "pu_inbox")
public class InboxEntity {
    @Id
    @Column(name = "message_id")
    String messageId;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "type")
    String type;
    @Column(name = "order_ref")
    String orderRef;
    @Column(name = "payload_sha256")
    String payloadSha256;
    @Column(name = "received_at")
    long receivedAt;
}
