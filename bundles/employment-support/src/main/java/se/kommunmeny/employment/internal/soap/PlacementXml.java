package se.kommunmeny.employment.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.employment.api.PlacementView;
import se.kommunmeny.employment.api.TreatmentPlanLink;

/** A placement on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Placement", namespace = EmploymentSupportWebService.NAMESPACE)
public class PlacementXml {
    public String id;
    public String personRef;
    public String kindId;
    public String workPlaceId;
    public String reservation;
    public String placeType;
    public String status;
    public String startDate;
    public String plannedEndDate;
    public Integer waitingPosition;
    public WorkPlanXml workPlan;
    public int workPlanRevision;
    public String stepSince;
    @XmlElement(name = "staff")
    public List<String> staff = new ArrayList<>();
    public String nextFollowUpDue;
    public String endedOn;
    public String outcome;
    public String endNote;
    public TreatmentPlanLinkXml treatmentPlan;
    public String requestedAt;
    public String createdBy;
    public long version;

    static PlacementXml of(PlacementView v) {
        PlacementXml x = new PlacementXml();
        x.id = v.id();
        x.personRef = v.personRef();
        x.kindId = v.kindId();
        x.workPlaceId = v.workPlaceId();
        x.reservation = v.reservation();
        x.placeType = v.placeType();
        x.status = v.status();
        x.startDate = EmploymentSupportWebService.iso(v.startDate());
        x.plannedEndDate = EmploymentSupportWebService.iso(v.plannedEndDate());
        x.waitingPosition = v.waitingPosition();
        x.workPlan = WorkPlanXml.of(v.workPlan());
        x.workPlanRevision = v.workPlanRevision();
        x.stepSince = EmploymentSupportWebService.iso(v.stepSince());
        x.staff.addAll(v.staff());
        x.nextFollowUpDue = EmploymentSupportWebService.iso(v.nextFollowUpDue());
        x.endedOn = EmploymentSupportWebService.iso(v.endedOn());
        x.outcome = v.outcome();
        x.endNote = v.endNote();
        x.treatmentPlan = TreatmentPlanLinkXml.of(v.treatmentPlan());
        x.requestedAt = EmploymentSupportWebService.iso(v.requestedAt());
        x.createdBy = v.createdBy();
        x.version = v.version();
        return x;
    }

    /** The linked implementation plan. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "TreatmentPlanLink", namespace = EmploymentSupportWebService.NAMESPACE)
    public static class TreatmentPlanLinkXml {
        public String planId;
        public String enrolmentId;
        public String goal;
        public String linkedAt;

        static TreatmentPlanLinkXml of(TreatmentPlanLink l) {
            if (l == null) {
                return null;
            }
            TreatmentPlanLinkXml x = new TreatmentPlanLinkXml();
            x.planId = l.planId();
            x.enrolmentId = l.enrolmentId();
            x.goal = l.goal();
            x.linkedAt = EmploymentSupportWebService.iso(l.linkedAt());
            return x;
        }
    }
}
