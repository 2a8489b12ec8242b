package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.WorkPlan;

/** A work plan (arbetsplan) on the wire (SOAP), both ways. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlan", namespace = EmploymentSupportWebService.NAMESPACE)
public class WorkPlanXml {
    @XmlElement(name = "goal")
    public List<String> goals = new ArrayList<>();
    public Integer hoursPerWeek;
    public String step;
    @XmlElement(name = "task")
    public List<String> tasks = new ArrayList<>();

    static WorkPlanXml of(WorkPlan p) {
        if (p == null) {
            return null;
        }
        WorkPlanXml x = new WorkPlanXml();
        x.goals.addAll(p.goals());
        x.hoursPerWeek = p.hoursPerWeek();
        x.step = p.step();
        x.tasks.addAll(p.tasks());
        return x;
    }

    WorkPlan toRecord() {
        return new WorkPlan(List.copyOf(goals), hoursPerWeek, step, List.copyOf(tasks));
    }
}
