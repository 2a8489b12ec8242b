package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.WorkPlanRevision;

/** One revision of a work plan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkPlanRevision", namespace = HousingSupportWebService.NAMESPACE)
public class WorkPlanRevisionXml {
    public int revision;
    public WorkPlanXml workPlan;
    public String revisedAt;
    public String revisedBy;

    static WorkPlanRevisionXml of(WorkPlanRevision r) {
        WorkPlanRevisionXml x = new WorkPlanRevisionXml();
        x.revision = r.revision();
        x.workPlan = WorkPlanXml.of(r.workPlan());
        x.revisedAt = HousingSupportWebService.iso(r.revisedAt());
        x.revisedBy = r.revisedBy();
        return x;
    }
}
