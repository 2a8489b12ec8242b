package se.kommunmeny.supportgroups.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.supportgroups.api.ParticipantView;

/** A participant of a cohort (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Participant", namespace = SupportGroupsWebService.NAMESPACE)
public class ParticipantXml {
    public String id;
    public String cohortId;
    public String way;
    public String personRef;
    public String relatedClientRef;
    public boolean shareWithClientPractitioners;
    public String alias;
    public String code;
    public Integer ageYears;
    public String partnerCode;
    public GuardianConsentXml guardianConsent;
    public String contact;
    public String status;
    public Integer waitingPosition;
    public String enrolledBy;
    public String requestedAt;
    public String withdrawalReason;
    public long version;

    static ParticipantXml of(ParticipantView v) {
        ParticipantXml x = new ParticipantXml();
        x.id = v.id();
        x.cohortId = v.cohortId();
        x.way = v.way();
        x.personRef = v.personRef();
        x.relatedClientRef = v.relatedClientRef();
        x.shareWithClientPractitioners = v.shareWithClientPractitioners();
        x.alias = v.alias();
        x.code = v.code();
        x.ageYears = v.ageYears();
        x.partnerCode = v.partnerCode();
        x.guardianConsent = GuardianConsentXml.of(v.guardianConsent());
        x.contact = v.contact();
        x.status = v.status();
        x.waitingPosition = v.waitingPosition();
        x.enrolledBy = v.enrolledBy();
        x.requestedAt = SupportGroupsWebService.iso(v.requestedAt());
        x.withdrawalReason = v.withdrawalReason();
        x.version = v.version();
        return x;
    }
}
