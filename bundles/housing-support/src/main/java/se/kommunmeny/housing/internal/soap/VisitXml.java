package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.VisitView;

/** A home visit on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Visit", namespace = HousingSupportWebService.NAMESPACE)
public class VisitXml {
    public String id;
    public String placementId;
    public String visitedOn;
    @XmlElement(name = "visitor")
    public List<String> visitors = new ArrayList<>();
    @XmlElement(name = "activity")
    public List<String> activities = new ArrayList<>();
    public String support;
    public String control;
    public String note;
    public String recordedBy;
    public String recordedAt;

    static VisitXml of(VisitView v) {
        VisitXml x = new VisitXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.visitedOn = HousingSupportWebService.iso(v.visitedOn());
        x.visitors.addAll(v.visitors());
        x.activities.addAll(v.activities());
        x.support = v.support();
        x.control = v.control();
        x.note = v.note();
        x.recordedBy = v.recordedBy();
        x.recordedAt = HousingSupportWebService.iso(v.recordedAt());
        return x;
    }
}
