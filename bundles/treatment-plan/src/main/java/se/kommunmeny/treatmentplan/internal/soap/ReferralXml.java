package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ReferralView;

/** A specialist referral on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Referral", namespace = CourseWebService.NAMESPACE)
public class ReferralXml {
    public String id;
    public String enrolmentId;
    public String service;
    public String reason;
    public String consentGivenOn;
    public String consentScope;
    public String recordedBy;
    public String recordedAt;

    static ReferralXml of(ReferralView v) {
        ReferralXml x = new ReferralXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.service = v.service();
        x.reason = v.reason();
        x.consentGivenOn = CourseWebService.iso(v.consentGivenOn());
        x.consentScope = v.consentScope();
        x.recordedBy = v.recordedBy();
        x.recordedAt = CourseWebService.iso(v.recordedAt());
        return x;
    }
}
