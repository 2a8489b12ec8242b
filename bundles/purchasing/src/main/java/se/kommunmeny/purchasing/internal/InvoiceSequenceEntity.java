package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The last invoice number of a year. */
@Entity
@Table(name = "pu_invoice_sequence")
public class InvoiceSequenceEntity {
    @Id
    @Column(name = "invoice_year")
    int year;
    @Column(name = "last_number")
    int lastNumber;
}
