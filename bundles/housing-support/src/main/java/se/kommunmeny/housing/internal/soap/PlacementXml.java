package se.kommunmeny.housing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.PlacementView;

/** A placement on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Placement", namespace = HousingSupportWebService.NAMESPACE)
public class PlacementXml {
    public String id;
    public String personRef;
    public String kindId;
    public String unitId;
    public String status;
    public String startDate;
    public String plannedEndDate;
    public String endedOn;
    public String endReason;
    public String endNote;
    public String moveOutBy;
    public ContractXml contract;
    public WorkPlanXml workPlan;
    public int workPlanRevision;
    public StayDecisionXml stayDecision;
    public Integer waitingPosition;
    public String requestedAt;
    @XmlElement(name = "staff")
    public List<String> staff = new ArrayList<>();
    public String nextFollowUpDue;
    public String contractTransferFrom;
    public TreatmentPlanLinkXml treatmentPlan;
    @XmlElement(name = "keyNotReturned")
    public List<String> keysNotReturned = new ArrayList<>();
    public long version;

    static PlacementXml of(PlacementView v) {
        PlacementXml x = new PlacementXml();
        x.id = v.id();
        x.personRef = v.personRef();
        x.kindId = v.kindId();
        x.unitId = v.unitId();
        x.status = v.status();
        x.startDate = HousingSupportWebService.iso(v.startDate());
        x.plannedEndDate = HousingSupportWebService.iso(v.plannedEndDate());
        x.endedOn = HousingSupportWebService.iso(v.endedOn());
        x.endReason = v.endReason();
        x.endNote = v.endNote();
        x.moveOutBy = HousingSupportWebService.iso(v.moveOutBy());
        x.contract = ContractXml.of(v.contract());
        x.workPlan = WorkPlanXml.of(v.workPlan());
        x.workPlanRevision = v.workPlanRevision();
        x.stayDecision = StayDecisionXml.of(v.stayDecision());
        x.waitingPosition = v.waitingPosition();
        x.requestedAt = HousingSupportWebService.iso(v.requestedAt());
        x.staff.addAll(v.staff());
        x.nextFollowUpDue = HousingSupportWebService.iso(v.nextFollowUpDue());
        x.contractTransferFrom = HousingSupportWebService.iso(v.contractTransferFrom());
        x.treatmentPlan = TreatmentPlanLinkXml.of(v.treatmentPlan());
        x.keysNotReturned.addAll(v.keysNotReturned());
        x.version = v.version();
        return x;
    }
}
