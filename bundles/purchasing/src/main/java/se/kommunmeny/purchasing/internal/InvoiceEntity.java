package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An invoice or credit note, issued or received, with its lines (JSON) and UBL document. */
@Entity
@Table(name = "pu_invoice")
public class InvoiceEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "number")
    String number;
    @Column(name = "type")
    String type;
    @Column(name = "direction")
    String direction;
    @Column(name = "agreement_id")
    String agreementId;
    @Column(name = "period_month")
    String month;
    @Column(name = "issue_date")
    String issueDate;
    @Column(name = "due_date")
    String dueDate;
    @Column(name = "currency")
    String currency;
    @Column(name = "total")
    BigDecimal total;
    @Column(name = "lines")
    String lines;
    @Column(name = "ubl")
    String ubl;
    @Column(name = "vacancy_runs")
    String vacancyRuns;
    @Column(name = "credits")
    String credits;
    @Column(name = "credited_by")
    String creditedBy;
    @Column(name = "reconciliation")
    String reconciliation;
    @Column(name = "differences")
    String differences;
    @Column(name = "created_at")
    long createdAt;
    @Column(name = "created_by")
    String createdBy;
}
