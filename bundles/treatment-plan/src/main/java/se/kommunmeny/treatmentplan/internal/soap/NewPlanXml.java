package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A new implementation plan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewPlan", namespace = TreatmentPlanWebService.NAMESPACE)
public class NewPlanXml {
    public String personRef;
    public String programmeId;
    @XmlElement(name = "goal")
    public List<String> goals = new ArrayList<>();
    public String startDate;
    public String enrolmentId;
}
