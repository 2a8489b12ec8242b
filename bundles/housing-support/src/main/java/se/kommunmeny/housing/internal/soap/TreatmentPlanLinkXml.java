package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.TreatmentPlanLink;

/** The link from a placement to a treatment plan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TreatmentPlanLink", namespace = HousingSupportWebService.NAMESPACE)
public class TreatmentPlanLinkXml {
    public String planId;
    public String enrolmentId;
    public String goal;
    public String linkedAt;

    static TreatmentPlanLinkXml of(TreatmentPlanLink l) {
        if (l == null) {
            return null;
        }
        TreatmentPlanLinkXml x = new TreatmentPlanLinkXml();
        x.planId = l.planId();
        x.enrolmentId = l.enrolmentId();
        x.goal = l.goal();
        x.linkedAt = HousingSupportWebService.iso(l.linkedAt());
        return x;
    }
}
