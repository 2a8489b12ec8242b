package se.kommunmeny.employment.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.WorkPlanRevision;

/** A kept revision of a work plan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlanRevision", namespace = EmploymentSupportWebService.NAMESPACE)
public class WorkPlanRevisionXml {
    public int revision;
    public WorkPlanXml workPlan;
    public String changedBy;
    public String changedAt;

    static WorkPlanRevisionXml of(WorkPlanRevision r) {
        WorkPlanRevisionXml x = new WorkPlanRevisionXml();
        x.revision = r.revision();
        x.workPlan = WorkPlanXml.of(r.workPlan());
        x.changedBy = r.changedBy();
        x.changedAt = EmploymentSupportWebService.iso(r.changedAt());
        return x;
    }
}
