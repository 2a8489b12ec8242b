package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.ParticipantRequest;

/** A participant to enrol (SOAP); {@code identityNumber} is there only to be refused plainly. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ParticipantRequest", namespace = SupportGroupsWebService.NAMESPACE)
public class ParticipantRequestXml {
    public String way;
    public String personRef;
    public String identityNumber;
    public String relatedClientRef;
    public Boolean shareWithClientPractitioners;
    public GuardianConsentXml guardianConsent;
    public String contact;
    public String alias;
    public Integer ageYears;
    public String partnerCode;
    public Boolean waitIfFull;

    ParticipantRequest toRecord() {
        return new ParticipantRequest(way, personRef, identityNumber, relatedClientRef, shareWithClientPractitioners,
                guardianConsent == null ? null : guardianConsent.toRecord(), contact, alias, ageYears, partnerCode,
                waitIfFull);
    }

    static ParticipantRequestXml of(ParticipantRequest r) {
        ParticipantRequestXml x = new ParticipantRequestXml();
        x.way = r.way();
        x.personRef = r.personRef();
        x.identityNumber = r.identityNumber();
        x.relatedClientRef = r.relatedClientRef();
        x.shareWithClientPractitioners = r.shareWithClientPractitioners();
        x.guardianConsent = GuardianConsentXml.of(r.guardianConsent());
        x.contact = r.contact();
        x.alias = r.alias();
        x.ageYears = r.ageYears();
        x.partnerCode = r.partnerCode();
        x.waitIfFull = r.waitIfFull();
        return x;
    }
}
