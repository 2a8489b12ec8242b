package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The outbox's sending order. */
@Entity
@Table(name = "pu_outbox_sequence")
public class OutboxSequenceEntity {
    @Id
    @Column(name = "id")
    int id;
    @Column(name = "last_seq")
    long lastSeq;
}
