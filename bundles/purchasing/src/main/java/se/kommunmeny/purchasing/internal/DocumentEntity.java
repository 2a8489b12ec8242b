package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A document the supplier sent back on a bought stay (plan, reports). */
@Entity
@Table(name = "pu_document")
public class DocumentEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id")
    String placementId;
    @Column(name = "kind")
    String kind;
    @Column(name = "period_month")
    String month;
    @Column(name = "title")
    String title;
    @Column(name = "html")
    String html;
    @Column(name = "received_at")
    long receivedAt;
}
