package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The row locked while an order for a person is written: one stay at a time per person. */
@Entity
@Table(name = "pu_person_lock")
public class PersonLockEntity {
    @Id
    @Column(name = "person_ref")
    String personRef;
}
