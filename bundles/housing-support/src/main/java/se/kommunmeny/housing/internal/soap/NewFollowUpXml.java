package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.NewFollowUp;

/** A follow-up to record (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NewFollowUp", namespace = HousingSupportWebService.NAMESPACE)
public class NewFollowUpXml {
    public String heldOn;
    @XmlElement(name = "participant")
    public List<String> participants = new ArrayList<>();
    @XmlElement(name = "goalProgress")
    public List<GoalProgressXml> goalProgress = new ArrayList<>();
    public String note;

    NewFollowUp toRecord() {
        return new NewFollowUp(heldOn, List.copyOf(participants),
                goalProgress.stream().map(g -> g == null ? null : g.toRecord()).toList(), note);
    }
}
