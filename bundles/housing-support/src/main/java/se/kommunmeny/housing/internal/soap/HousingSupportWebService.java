package se.kommunmeny.housing.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.SoapEndpoint;
import se.kommunmeny.housing.api.Extension;
import se.kommunmeny.housing.api.HousingCaseService;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.MoveOut;

/** Housing support over SOAP, at {@code /kommunmeny/soap/HousingSupport}. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=HousingSupport")
@WebService(serviceName = "HousingSupport", portName = "HousingSupportPort", name = "HousingSupportPortType",
        targetNamespace = HousingSupportWebService.NAMESPACE)
public class HousingSupportWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:housing-support:1";

    private final HousingSupportService service;
    private final HousingCaseService cases;

    @Activate
    public HousingSupportWebService(@Reference HousingSupportService service, @Reference HousingCaseService cases) {
        this.service = service;
        this.cases = cases;
    }

    /** A date or instant as ISO text, or {@code null}. */
    static String iso(Object value) {
        return value == null ? null : value.toString();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    @WebMethod
    @WebResult(name = "kind")
    public List<KindXml> listKinds() {
        return service.kinds(CurrentCaller.require()).stream().map(KindXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "unit")
    public List<UnitXml> listUnits(@WebParam(name = "kindId") String kindId) {
        return service.units(CurrentCaller.require(), kindId).stream().map(UnitXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "unit")
    public UnitXml getUnit(@WebParam(name = "unitId") String unitId) {
        return UnitXml.of(service.unit(CurrentCaller.require(), unitId));
    }

    @WebMethod
    @WebResult(name = "unit")
    public UnitXml registerUnit(@WebParam(name = "unit") UnitRequestXml unit) {
        return UnitXml.of(service.registerUnit(CurrentCaller.require(), required("unit", unit).toRecord()));
    }

    @WebMethod
    @WebResult(name = "unit")
    public UnitXml updateUnit(@WebParam(name = "unitId") String unitId, @WebParam(name = "unit") UnitRequestXml unit) {
        return UnitXml.of(service.updateUnit(CurrentCaller.require(), unitId, required("unit", unit).toRecord()));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml place(@WebParam(name = "request") PlacementRequestXml request) {
        return PlacementXml.of(service.place(CurrentCaller.require(), required("request", request).toRecord()));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml getPlacement(@WebParam(name = "placementId") String placementId) {
        return PlacementXml.of(service.placement(CurrentCaller.require(), placementId));
    }

    @WebMethod
    @WebResult(name = "placement")
    public List<PlacementXml> findPlacements(@WebParam(name = "personRef") String personRef) {
        return service.placements(CurrentCaller.require(), personRef).stream().map(PlacementXml::of).toList();
    }

    /** The waiting list of a unit, or of a kind when no unit is named. */
    @WebMethod
    @WebResult(name = "placement")
    public List<PlacementXml> waitingList(@WebParam(name = "unitId") String unitId,
            @WebParam(name = "kindId") String kindId) {
        boolean byUnit = unitId != null && !unitId.isBlank();
        if (!byUnit && (kindId == null || kindId.isBlank())) {
            throw new ValidationException("unitId", "a unitId or a kindId is required");
        }
        return (byUnit ? service.unitWaitingList(CurrentCaller.require(), unitId)
                : service.kindWaitingList(CurrentCaller.require(), kindId)).stream().map(PlacementXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml admit(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "startDate") String startDate) {
        return PlacementXml.of(service.admit(CurrentCaller.require(), placementId, startDate));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml cancel(@WebParam(name = "placementId") String placementId) {
        return PlacementXml.of(service.cancel(CurrentCaller.require(), placementId));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml assignStaff(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "staff") List<String> staff) {
        return PlacementXml.of(service.assignStaff(CurrentCaller.require(), placementId,
                staff == null ? List.of() : staff));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml reviseWorkPlan(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "version") Long version, @WebParam(name = "workPlan") WorkPlanXml workPlan) {
        return PlacementXml.of(cases.reviseWorkPlan(CurrentCaller.require(), placementId,
                new se.kommunmeny.housing.api.WorkPlanChange(version, workPlan == null ? null : workPlan.toRecord())));
    }

    @WebMethod
    @WebResult(name = "revision")
    public List<WorkPlanRevisionXml> listWorkPlanRevisions(@WebParam(name = "placementId") String placementId) {
        return cases.workPlanRevisions(CurrentCaller.require(), placementId).stream().map(WorkPlanRevisionXml::of)
                .toList();
    }

    @WebMethod
    @WebResult(name = "visit")
    public VisitXml recordVisit(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "visit") NewVisitXml visit) {
        return VisitXml.of(cases.recordVisit(CurrentCaller.require(), placementId, required("visit", visit).toRecord()));
    }

    @WebMethod
    @WebResult(name = "visit")
    public List<VisitXml> listVisits(@WebParam(name = "placementId") String placementId) {
        return cases.visits(CurrentCaller.require(), placementId).stream().map(VisitXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "keyEvent")
    public KeyEventXml recordKeyEvent(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "keyEvent") NewKeyEventXml event) {
        return KeyEventXml.of(cases.recordKeyEvent(CurrentCaller.require(), placementId,
                required("keyEvent", event).toRecord()));
    }

    @WebMethod
    @WebResult(name = "keyEvent")
    public List<KeyEventXml> listKeyEvents(@WebParam(name = "placementId") String placementId) {
        return cases.keyEvents(CurrentCaller.require(), placementId).stream().map(KeyEventXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "breach")
    public BreachXml recordBreach(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "breach") NewBreachXml breach) {
        return BreachXml.of(cases.recordBreach(CurrentCaller.require(), placementId,
                required("breach", breach).toRecord()));
    }

    @WebMethod
    @WebResult(name = "breach")
    public List<BreachXml> listBreaches(@WebParam(name = "placementId") String placementId) {
        return cases.breaches(CurrentCaller.require(), placementId).stream().map(BreachXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml extendStay(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "plannedEndDate") String plannedEndDate,
            @WebParam(name = "decision") StayDecisionXml decision) {
        return PlacementXml.of(service.extendStay(CurrentCaller.require(), placementId,
                new Extension(plannedEndDate, decision == null ? null : decision.toRecord())));
    }

    @WebMethod
    @WebResult(name = "followUp")
    public FollowUpXml recordFollowUp(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "followUp") NewFollowUpXml followUp) {
        return FollowUpXml.of(cases.recordFollowUp(CurrentCaller.require(), placementId,
                required("followUp", followUp).toRecord()));
    }

    @WebMethod
    @WebResult(name = "followUp")
    public List<FollowUpXml> listFollowUps(@WebParam(name = "placementId") String placementId) {
        return cases.followUps(CurrentCaller.require(), placementId).stream().map(FollowUpXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml moveOut(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "movedOutOn") String movedOutOn, @WebParam(name = "reason") String reason,
            @WebParam(name = "note") String note) {
        return PlacementXml.of(service.moveOut(CurrentCaller.require(), placementId, new MoveOut(movedOutOn, reason, note)));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml transferContract(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "transferredOn") String transferredOn) {
        return PlacementXml.of(service.transferContract(CurrentCaller.require(), placementId, transferredOn));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml linkTreatmentPlan(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "planId") String planId) {
        return PlacementXml.of(service.linkTreatmentPlan(CurrentCaller.require(), placementId, planId));
    }

    @WebMethod
    @WebResult(name = "caseEvent")
    public List<CaseEventXml> listCaseEvents(@WebParam(name = "placementId") String placementId) {
        return cases.caseEvents(CurrentCaller.require(), placementId).stream().map(CaseEventXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "reminder")
    public List<ReminderXml> reminders(@WebParam(name = "withinDays") Integer withinDays) {
        return service.reminders(CurrentCaller.require(), withinDays == null ? 30 : withinDays).stream()
                .map(ReminderXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "statistics")
    public StatisticsXml statistics(@WebParam(name = "from") String from, @WebParam(name = "to") String to) {
        return StatisticsXml.of(service.statistics(CurrentCaller.require(), from, to));
    }
}
