package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.GoalProgress;

/** Progress on one goal at a follow-up (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GoalProgress", namespace = HousingSupportWebService.NAMESPACE)
public class GoalProgressXml {
    public String goal;
    public String status;
    public String note;

    GoalProgress toRecord() {
        return new GoalProgress(goal, status, note);
    }

    static GoalProgressXml of(GoalProgress g) {
        GoalProgressXml x = new GoalProgressXml();
        x.goal = g.goal();
        x.status = g.status();
        x.note = g.note();
        return x;
    }
}
