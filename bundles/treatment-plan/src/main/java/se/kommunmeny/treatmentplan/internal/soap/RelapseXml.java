package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.RelapseView;

/** A lapse or relapse on the wire (SOAP), with the relapse plan it was linked to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Relapse", namespace = CourseWebService.NAMESPACE)
public class RelapseXml {
    public String id;
    public String enrolmentId;
    public String occurredOn;
    public String kind;
    public String substance;
    public String description;
    public String actionsTaken;
    public String planId;
    public Integer planRevision;
    public String relapsePlan;
    public String recordedBy;
    public String recordedAt;

    static RelapseXml of(RelapseView v) {
        RelapseXml x = new RelapseXml();
        x.id = v.id();
        x.enrolmentId = v.enrolmentId();
        x.occurredOn = CourseWebService.iso(v.occurredOn());
        x.kind = v.kind();
        x.substance = v.substance();
        x.description = v.description();
        x.actionsTaken = v.actionsTaken();
        x.planId = v.planId();
        x.planRevision = v.planRevision();
        x.relapsePlan = v.relapsePlan();
        x.recordedBy = v.recordedBy();
        x.recordedAt = CourseWebService.iso(v.recordedAt());
        return x;
    }
}
