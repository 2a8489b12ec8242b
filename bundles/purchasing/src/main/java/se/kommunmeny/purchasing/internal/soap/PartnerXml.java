package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.PartnerView;

/** A registered partner on the wire (SOAP): whether it has a password, never the password. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Partner", namespace = PurchasingWebService.NAMESPACE)
public class PartnerXml {
    public String id;
    public String code;
    public String name;
    public String kind;
    public String country;
    public String organisationNumber;
    public String endpointScheme;
    public String endpointId;
    public String street;
    public String postalCode;
    public String city;
    public String platformUrl;
    public String username;
    public boolean hasPassword;
    public String publicKeyFingerprint;
    public String inboundUser;
    public String transport;
    public String bankAccount;
    public String registeredAt;
    public String registeredBy;

    static PartnerXml of(PartnerView v) {
        PartnerXml x = new PartnerXml();
        x.id = v.id();
        x.code = v.code();
        x.name = v.name();
        x.kind = v.kind();
        x.country = v.country();
        x.organisationNumber = v.organisationNumber();
        x.endpointScheme = v.endpointScheme();
        x.endpointId = v.endpointId();
        x.street = v.street();
        x.postalCode = v.postalCode();
        x.city = v.city();
        x.platformUrl = v.platformUrl();
        x.username = v.username();
        x.hasPassword = v.hasPassword();
        x.publicKeyFingerprint = v.publicKeyFingerprint();
        x.inboundUser = v.inboundUser();
        x.transport = v.transport();
        x.bankAccount = v.bankAccount();
        x.registeredAt = PurchasingWebService.iso(v.registeredAt());
        x.registeredBy = v.registeredBy();
        return x;
    }
}
