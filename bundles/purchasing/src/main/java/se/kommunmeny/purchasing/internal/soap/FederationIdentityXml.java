package se.kommunmeny.purchasing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.FederationIdentity;

/** This platform's identity and message-signing key (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FederationIdentity", namespace = FederationWebService.NAMESPACE)
public class FederationIdentityXml {
    public String municipalityCode;
    public String municipalityName;
    public String country;
    public String publicKey;
    public String fingerprint;
    public String algorithm;

    static FederationIdentityXml of(FederationIdentity i) {
        FederationIdentityXml x = new FederationIdentityXml();
        x.municipalityCode = i.municipalityCode();
        x.municipalityName = i.municipalityName();
        x.country = i.country();
        x.publicKey = i.publicKey();
        x.fingerprint = i.fingerprint();
        x.algorithm = i.algorithm();
        return x;
    }
}
