package se.kommunmeny.housing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.housing.api.PlacementRequest;

/** A request for a place (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PlacementRequest", namespace = HousingSupportWebService.NAMESPACE)
public class PlacementRequestXml {
    public String personRef;
    public String unitId;
    public String kindId;
    public String startDate;
    public String plannedEndDate;
    public ContractXml contract;
    public WorkPlanXml workPlan;
    public StayDecisionXml stayDecision;
    public Boolean waitIfFull;

    PlacementRequest toRecord() {
        return new PlacementRequest(personRef, unitId, kindId, startDate, plannedEndDate,
                contract == null ? null : contract.toRecord(), workPlan == null ? null : workPlan.toRecord(),
                stayDecision == null ? null : stayDecision.toRecord(), waitIfFull);
    }

    static PlacementRequestXml of(PlacementRequest r) {
        PlacementRequestXml x = new PlacementRequestXml();
        x.personRef = r.personRef();
        x.unitId = r.unitId();
        x.kindId = r.kindId();
        x.startDate = r.startDate();
        x.plannedEndDate = r.plannedEndDate();
        x.contract = ContractXml.of(r.contract());
        x.workPlan = WorkPlanXml.of(r.workPlan());
        x.stayDecision = StayDecisionXml.of(r.stayDecision());
        x.waitIfFull = r.waitIfFull();
        return x;
    }
}
