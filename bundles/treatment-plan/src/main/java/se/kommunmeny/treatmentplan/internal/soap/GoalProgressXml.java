package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.ReportView;

/** A plan goal and the progress on it (SOAP), in reports and report reviews. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GoalProgress", namespace = CourseWebService.NAMESPACE)
public class GoalProgressXml {
    public String goal;
    public String progress;

    ReportView.GoalProgress toRecord() {
        return new ReportView.GoalProgress(goal, progress);
    }

    static GoalProgressXml of(ReportView.GoalProgress g) {
        GoalProgressXml x = new GoalProgressXml();
        x.goal = g.goal();
        x.progress = g.progress();
        return x;
    }
}
