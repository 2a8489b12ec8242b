package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.PlanView;

/** An implementation plan on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Plan", namespace = TreatmentPlanWebService.NAMESPACE)
public class PlanXml {
    public String id;
    public String personRef;
    public String programmeId;
    public String status;
    @XmlElement(name = "goal")
    public List<String> goals = new ArrayList<>();
    public String startDate;
    public String createdAt;
    public String createdBy;
    public long version;
    public int revision;
    public Integer approvedRevision;
    public String approvedOn;
    public String nextFollowUpDue;
    public String nextReviewDue;
    public PlanContentXml content;
    public String enrolmentId;
    public Integer sentRevision;
    public String sentTo;

    static PlanXml of(PlanView p) {
        PlanXml x = new PlanXml();
        x.id = p.id();
        x.personRef = p.personRef();
        x.programmeId = p.programmeId();
        x.status = p.status();
        x.goals.addAll(p.goals());
        x.startDate = p.startDate().toString();
        x.createdAt = p.createdAt().toString();
        x.createdBy = p.createdBy();
        x.version = p.version();
        x.revision = p.revision();
        x.approvedRevision = p.approvedRevision();
        x.approvedOn = p.approvedOn() == null ? null : p.approvedOn().toString();
        x.nextFollowUpDue = p.nextFollowUpDue().toString();
        x.nextReviewDue = p.nextReviewDue().toString();
        x.content = PlanContentXml.of(p.content());
        x.enrolmentId = p.enrolmentId();
        x.sentRevision = p.sentRevision();
        x.sentTo = p.sentTo();
        return x;
    }
}
