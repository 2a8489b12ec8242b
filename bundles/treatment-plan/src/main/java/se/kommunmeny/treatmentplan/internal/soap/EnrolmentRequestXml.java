package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An enrolment or placement request (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "EnrolmentRequest", namespace = TreatmentPlanWebService.NAMESPACE)
public class EnrolmentRequestXml {
    public String personRef;
    public String programmeId;
    public String legalBasis;
    public String commissionerCode;
    public String commissionerName;
    public String grantedFrom;
    public String grantedTo;
    public String phase;
}
