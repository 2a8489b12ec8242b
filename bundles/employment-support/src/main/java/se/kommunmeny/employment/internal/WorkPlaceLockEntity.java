package se.kommunmeny.employment.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row per work place, locked while its places are counted and taken. */
@Entity
@Table(name = "es_work_place_lock")
public class WorkPlaceLockEntity {
    @Id
    @Column(name = "work_place_id")
    String workPlaceId;

    protected WorkPlaceLockEntity() {
    }

    WorkPlaceLockEntity(String workPlaceId) {
        this.workPlaceId = workPlaceId;
    }
}
