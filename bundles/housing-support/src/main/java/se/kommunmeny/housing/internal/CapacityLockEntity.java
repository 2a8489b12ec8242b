package se.kommunmeny.housing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A row per unit ({@code unit:<id>}) or unit-less kind ({@code kind:<id>}), locked while places are taken; and the row
 * {@value #PERSONS}, locked first by everything that makes a placement active, so one person's placements never overlap.
 */
@Entity
@Table(name = "hs_capacity_lock")
public class CapacityLockEntity {
    @Id
    @Column(name = "lock_key")
    String key;

    protected CapacityLockEntity() {
    }

    CapacityLockEntity(String key) {
        this.key = key;
    }

    static final String PERSONS = "persons";

    static String forUnit(String unitId) {
        return "unit:" + unitId;
    }

    static String forKind(String kindId) {
        return "kind:" + kindId;
    }
}
