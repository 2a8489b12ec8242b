package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.NewVisit;

/** A home visit to record (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewVisit", namespace = HousingSupportWebService.NAMESPACE)
public class NewVisitXml {
    public String visitedOn;
    @XmlElement(name = "visitor")
    public List<String> visitors = new ArrayList<>();
    @XmlElement(name = "activity")
    public List<String> activities = new ArrayList<>();
    public String support;
    public String control;
    public String note;

    NewVisit toRecord() {
        return new NewVisit(visitedOn, List.copyOf(visitors), List.copyOf(activities), support, control, note);
    }
}
