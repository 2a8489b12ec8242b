package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.WorkPlan;

/** A work plan, arbetsplan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlan", namespace = HousingSupportWebService.NAMESPACE)
public class WorkPlanXml {
    @XmlElement(name = "supportGoal")
    public List<String> supportGoals = new ArrayList<>();
    @XmlElement(name = "adlTraining")
    public List<String> adlTraining = new ArrayList<>();
    @XmlElement(name = "condition")
    public List<String> conditions = new ArrayList<>();
    public Integer followUpIntervalDays;

    WorkPlan toRecord() {
        return new WorkPlan(List.copyOf(supportGoals), List.copyOf(adlTraining), List.copyOf(conditions),
                followUpIntervalDays);
    }

    static WorkPlanXml of(WorkPlan p) {
        if (p == null) {
            return null;
        }
        WorkPlanXml x = new WorkPlanXml();
        x.supportGoals.addAll(p.supportGoals());
        x.adlTraining.addAll(p.adlTraining());
        x.conditions.addAll(p.conditions());
        x.followUpIntervalDays = p.followUpIntervalDays();
        return x;
    }
}
