package se.kommunmeny.employment.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Arbetsplats: a work place with its places, some reserved for young adults or as light places. */
@Entity
@Table(name = "es_work_place")
public class WorkPlaceEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "kind_id", nullable = false)
    String kindId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "provider_kind", nullable = false)
    String providerKind;
    @Column(name = "provider_name")
    String providerName;
    @Column(name = "provider_org_number")
    String providerOrgNumber;
    @Column(name = "work_type", nullable = false)
    String workType;
    @Column(name = "places", nullable = false)
    int places;
    @Column(name = "reserved_young", nullable = false)
    int reservedYoung;
    @Column(name = "reserved_light", nullable = false)
    int reservedLight;
    @Column(name = "supervisor_name")
    String supervisorName;
    @Column(name = "supervisor_phone")
    String supervisorPhone;
    @Column(name = "active", nullable = false)
    int active;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected WorkPlaceEntity() {
    }

    WorkPlaceEntity(String id, String kindId, long createdAt, String createdBy) {
        this.id = id;
        this.kindId = kindId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean isActive() {
        return active != 0;
    }

    PlacePools.Sizes sizes() {
        return new PlacePools.Sizes(places - reservedYoung - reservedLight, reservedYoung, reservedLight);
    }
}
