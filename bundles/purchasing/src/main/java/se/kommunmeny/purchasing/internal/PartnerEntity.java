package se.kommunmeny.purchasing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A partner: another municipality's platform, or an external provider. */
@Entity
@Table(name = "pu_partner")
public class PartnerEntity {
    @Id
    @Column(name = "id")
    String id;
    @Column(name = "code")
    String code;
    @Column(name = "name")
    String name;
    @Column(name = "kind")
    String kind;
    @Column(name = "country")
    String country;
    @Column(name = "org_number")
    String organisationNumber;
    @Column(name = "endpoint_scheme")
    String endpointScheme;
    @Column(name = "endpoint_id")
    String endpointId;
    @Column(name = "street")
    String street;
    @Column(name = "postal_code")
    String postalCode;
    @Column(name = "city")
    String city;
    @Column(name = "platform_url")
    String platformUrl;
    @Column(name = "username")
    String username;
    @Column(name = "password_sealed")
    String passwordSealed;
    @Column(name = "public_key")
    String publicKey;
    @Column(name = "inbound_user")
    String inboundUser;
    @Column(name = "transport")
    String transport;
    @Column(name = "bank_account")
    String bankAccount;
    @Column(name = "registered_at")
    long registeredAt;
    @Column(name = "registered_by")
    String registeredBy;
    @Version
    @Column(name = "version")
    long version;
}
