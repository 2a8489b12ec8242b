package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Hours or an item billed on a stay. */
@Entity
@Table(name = "pu_charge")
public class ChargeEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "placement_id")
    String placementId;
    @Column(name = "charge_day")
    String day;
    @Column(name = "hours")
    BigDecimal hours;
    @Column(name = "item")
    String item;
    @Column(name = "quantity")
    int quantity;
    @Column(name = "recorded_at")
    long recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;
}
