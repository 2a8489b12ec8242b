package se.kommunmeny.treatmentplan.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.PlanRevision;

/** A revision of a plan (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PlanRevision", namespace = TreatmentPlanWebService.NAMESPACE)
public class PlanRevisionXml {
    public int revision;
    public String changedBy;
    public String changedAt;
    public String summary;
    public PlanContentXml content;

    static PlanRevisionXml of(PlanRevision r) {
        PlanRevisionXml x = new PlanRevisionXml();
        x.revision = r.revision();
        x.changedBy = r.changedBy();
        x.changedAt = r.changedAt().toString();
        x.summary = r.summary();
        x.content = PlanContentXml.of(r.content());
        return x;
    }
}
