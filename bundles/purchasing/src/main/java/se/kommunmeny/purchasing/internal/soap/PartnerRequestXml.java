package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.PartnerRequest;

/** A partner to register (SOAP). The password is accepted here and never given back: {@link PartnerXml} has none. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PartnerRequest", namespace = PurchasingWebService.NAMESPACE)
public class PartnerRequestXml {
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
    public String password;
    public String publicKey;
    public String inboundUser;
    public String transport;
    public String bankAccount;

    PartnerRequest toRecord() {
        return new PartnerRequest(code, name, kind, country, organisationNumber, endpointScheme, endpointId, street,
                postalCode, city, platformUrl, username, password, publicKey, inboundUser, transport, bankAccount);
    }
}
