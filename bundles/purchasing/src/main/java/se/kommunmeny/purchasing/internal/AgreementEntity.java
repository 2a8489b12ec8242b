package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An agreement with a partner about one service, bought (BUY) or sold (SELL); price model as JSON. */
@Entity
@Table(name = "pu_agreement")
public class AgreementEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "role")
    String role;
    @Column(name = "number")
    String number;
    @Column(name = "service_id")
    String serviceId;
    @Column(name = "service_name")
    String serviceName;
    @Column(name = "service_type")
    String serviceType;
    @Column(name = "target_groups")
    String targetGroups;
    @Column(name = "price")
    String price;
    @Column(name = "reserved_places")
    int reservedPlaces;
    @Column(name = "vacancy_grace_days")
    int vacancyGraceDays;
    @Column(name = "vacancy_percent")
    BigDecimal vacancyPercent;
    @Column(name = "notice_days")
    int noticeDays;
    @Column(name = "valid_from")
    String validFrom;
    @Column(name = "valid_to")
    String validTo;
    @Column(name = "buyer_reference")
    String buyerReference;
    @Column(name = "joint_pool")
    String jointPool;
    @Column(name = "joint_pool_places")
    Integer jointPoolPlaces;
    @Column(name = "min_age")
    Integer minAge;
    @Column(name = "max_age")
    Integer maxAge;
    @Column(name = "registered_at")
    long registeredAt;
    @Column(name = "registered_by")
    String registeredBy;
    @Version
    @Column(name = "version")
    long version;
}
