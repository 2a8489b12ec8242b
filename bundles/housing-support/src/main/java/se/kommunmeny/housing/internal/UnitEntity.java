package se.kommunmeny.housing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A unit of the housing stock (a flat, a house, a shelter); its rules override the kind's where set. */
@Entity
@Table(name = "hs_unit")
public class UnitEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "kind_id", nullable = false)
    String kindId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "address", nullable = false)
    String address;
    @Column(name = "landlord")
    String landlord;
    @Column(name = "places", nullable = false)
    int places;
    @Column(name = "max_stay_months")
    Integer maxStayMonths;
    @Column(name = "contract_transfer_after_months")
    Integer contractTransferAfterMonths;
    @Column(name = "eviction_notice_hours")
    Integer evictionNoticeHours;
    @Column(name = "staffing")
    String staffing;
    /** 1 while in the stock; 0 once withdrawn, e.g. after the contract passed to the tenant. */
    @Column(name = "active", nullable = false)
    int active;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected UnitEntity() {
    }

    UnitEntity(String id, String kindId, String createdBy) {
        this.id = id;
        this.kindId = kindId;
        this.createdBy = createdBy;
        this.active = 1;
    }

    boolean isActive() {
        return active == 1;
    }
}
