package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.FollowUpView;

/** A follow-up of the work plan on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FollowUp", namespace = HousingSupportWebService.NAMESPACE)
public class FollowUpXml {
    public String id;
    public String placementId;
    public String heldOn;
    @XmlElement(name = "participant")
    public List<String> participants = new ArrayList<>();
    @XmlElement(name = "goalProgress")
    public List<GoalProgressXml> goalProgress = new ArrayList<>();
    public String note;
    public String nextDue;
    public String recordedBy;
    public String recordedAt;

    static FollowUpXml of(FollowUpView v) {
        FollowUpXml x = new FollowUpXml();
        x.id = v.id();
        x.placementId = v.placementId();
        x.heldOn = HousingSupportWebService.iso(v.heldOn());
        x.participants.addAll(v.participants());
        v.goalProgress().forEach(g -> x.goalProgress.add(GoalProgressXml.of(g)));
        x.note = v.note();
        x.nextDue = HousingSupportWebService.iso(v.nextDue());
        x.recordedBy = v.recordedBy();
        x.recordedAt = HousingSupportWebService.iso(v.recordedAt());
        return x;
    }
}
