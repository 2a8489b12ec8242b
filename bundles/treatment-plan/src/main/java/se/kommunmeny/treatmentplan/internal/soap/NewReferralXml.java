package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.NewReferral;

/** A specialist referral to record (SOAP), with the client's consent. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewReferral", namespace = CourseWebService.NAMESPACE)
public class NewReferralXml {
    public String service;
    public String reason;
    public Boolean consentGiven;
    public String consentGivenOn;
    public String consentScope;

    NewReferral toRecord() {
        return new NewReferral(service, reason, consentGiven, consentGivenOn, consentScope);
    }
}
