package se.kommunmeny.housing.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.housing.api.BreachView;
import se.kommunmeny.housing.api.CaseEventView;
import se.kommunmeny.housing.api.Extension;
import se.kommunmeny.housing.api.FollowUpView;
import se.kommunmeny.housing.api.HousingCaseService;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.KeyEventView;
import se.kommunmeny.housing.api.KindView;
import se.kommunmeny.housing.api.MoveOut;
import se.kommunmeny.housing.api.NewBreach;
import se.kommunmeny.housing.api.NewFollowUp;
import se.kommunmeny.housing.api.NewKeyEvent;
import se.kommunmeny.housing.api.NewVisit;
import se.kommunmeny.housing.api.PlacementRequest;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.Reminder;
import se.kommunmeny.housing.api.StatisticsView;
import se.kommunmeny.housing.api.UnitRequest;
import se.kommunmeny.housing.api.UnitView;
import se.kommunmeny.housing.api.VisitView;
import se.kommunmeny.housing.api.WorkPlanChange;
import se.kommunmeny.housing.api.WorkPlanRevision;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/**
 * Boendestöd: the housing stock, placements and their case records. Every operation runs through
 * {@link PlacementAccess#attempt}, so a refused one is audited; the treatment plan is used when it is there.
 */
@Component(service = {HousingSupportService.class, HousingCaseService.class})
public class HousingSupportServiceImpl implements HousingSupportService, HousingCaseService {
    private static final String UNITS = "housing-support/units";

    private final Kinds kinds = new Kinds();
    private final PlacementAccess access;
    private final Stock stock;
    private final Placements placements;
    private final CaseRecords records;
    private final Insights insights;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TreatmentPlanService treatmentPlans;

    @Activate
    public HousingSupportServiceImpl(@Reference HousingRepository repository, @Reference PersonService persons,
            @Reference AuditService audit) {
        this.access = new PlacementAccess(audit);
        this.stock = new Stock(repository, kinds);
        this.placements = new Placements(repository, persons, access, kinds);
        this.records = new CaseRecords(repository, access, kinds);
        this.insights = new Insights(repository, access, kinds);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addKind(ConfiguredKind kind) {
        kinds.add(kind);
    }

    void removeKind(ConfiguredKind kind) {
        kinds.remove(kind);
    }

    private static String placement(String id, String part) {
        return PlacementAccess.resource(id, part);
    }

    @Override
    public List<KindView> kinds(Caller caller) {
        return access.attempt(caller, "housing-support/kinds", () -> stock.kinds(caller));
    }

    @Override
    public List<UnitView> units(Caller caller, String kindId) {
        return access.attempt(caller, UNITS, () -> stock.units(caller, kindId));
    }

    @Override
    public UnitView unit(Caller caller, String unitId) {
        return access.attempt(caller, UNITS + "/" + unitId, () -> stock.unit(caller, unitId));
    }

    @Override
    public UnitView registerUnit(Caller caller, UnitRequest unit) {
        return access.attempt(caller, UNITS, () -> stock.register(caller, unit));
    }

    @Override
    public UnitView updateUnit(Caller caller, String unitId, UnitRequest unit) {
        return access.attempt(caller, UNITS + "/" + unitId, () -> stock.update(caller, unitId, unit));
    }

    @Override
    public PlacementView place(Caller caller, PlacementRequest request) {
        return access.attempt(caller, "housing-support/placements", () -> placements.place(caller, request, events));
    }

    @Override
    public PlacementView placement(Caller caller, String placementId) {
        PlacementView view = access.attempt(caller, placement(placementId, null),
                () -> placements.get(caller, placementId));
        return withLiveGoal(caller, view);
    }

    /** The plan's current re-entry goal when the plan can be read now; the snapshot otherwise. */
    private PlacementView withLiveGoal(Caller caller, PlacementView view) {
        TreatmentPlanService plans = treatmentPlans;
        if (plans == null || view.treatmentPlan() == null || !caller.hasAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE)) {
            return view;
        }
        try {
            String goal = housingGoal(plans.getPlan(caller, view.treatmentPlan().planId()));
            return Views.withPlanGoal(view, goal);
        } catch (RuntimeException e) {
            return view;
        }
    }

    static String housingGoal(PlanView plan) {
        PlanContent content = plan.content();
        return content == null || content.reentry() == null ? null : content.reentry().housing();
    }

    @Override
    public List<PlacementView> placements(Caller caller, String personRef) {
        return access.attempt(caller, "housing-support/placements", () -> placements.byPerson(caller, personRef));
    }

    @Override
    public List<PlacementView> unitWaitingList(Caller caller, String unitId) {
        return access.attempt(caller, UNITS + "/" + unitId + "/waiting-list",
                () -> placements.unitWaitingList(caller, unitId));
    }

    @Override
    public List<PlacementView> kindWaitingList(Caller caller, String kindId) {
        return access.attempt(caller, "housing-support/kinds/" + kindId + "/waiting-list",
                () -> placements.kindWaitingList(caller, kindId));
    }

    @Override
    public PlacementView admit(Caller caller, String placementId, String startDate) {
        return access.attempt(caller, placement(placementId, "admission"),
                () -> placements.admit(caller, placementId, startDate, events));
    }

    @Override
    public PlacementView cancel(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "cancellation"), () -> placements.cancel(caller, placementId));
    }

    @Override
    public PlacementView assignStaff(Caller caller, String placementId, List<String> staff) {
        return access.attempt(caller, placement(placementId, "staff"),
                () -> placements.assignStaff(caller, placementId, staff));
    }

    @Override
    public PlacementView extendStay(Caller caller, String placementId, Extension extension) {
        return access.attempt(caller, placement(placementId, "extension"),
                () -> placements.extend(caller, placementId, extension));
    }

    @Override
    public PlacementView moveOut(Caller caller, String placementId, MoveOut moveOut) {
        return access.attempt(caller, placement(placementId, "move-out"),
                () -> placements.moveOut(caller, placementId, moveOut, events));
    }

    @Override
    public PlacementView transferContract(Caller caller, String placementId, String transferredOn) {
        return access.attempt(caller, placement(placementId, "contract-transfer"),
                () -> placements.transferContract(caller, placementId, transferredOn, events));
    }

    @Override
    public PlacementView linkTreatmentPlan(Caller caller, String placementId, String planId) {
        return access.attempt(caller, placement(placementId, "treatment-plan-link"),
                () -> doLink(caller, placementId, planId));
    }

    private PlacementView doLink(Caller caller, String placementId, String planId) {
        caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        String wanted = Texts.trimmed(planId);
        if (wanted == null) {
            throw new ValidationException("planId", "is required");
        }
        TreatmentPlanService plans = treatmentPlans;
        if (plans == null) {
            throw new UnavailableException("the treatment-plan offering is not installed");
        }
        String personRef = placements.personRef(caller, placementId);
        PlanView plan = plans.getPlan(caller, wanted);
        if (!personRef.equals(plan.personRef())) {
            throw new ValidationException("planId", "is a plan for another person than the placement's");
        }
        return placements.link(caller, placementId, plan.id(), plan.enrolmentId(), housingGoal(plan));
    }

    @Override
    public List<Reminder> reminders(Caller caller, int withinDays) {
        return access.attempt(caller, "housing-support/reminders", () -> insights.reminders(caller, withinDays));
    }

    @Override
    public StatisticsView statistics(Caller caller, String from, String to) {
        return access.attempt(caller, "housing-support/statistics", () -> insights.statistics(caller, from, to));
    }

    @Override
    public PlacementView reviseWorkPlan(Caller caller, String placementId, WorkPlanChange change) {
        return access.attempt(caller, placement(placementId, "work-plan"),
                () -> records.reviseWorkPlan(caller, placementId, change));
    }

    @Override
    public List<WorkPlanRevision> workPlanRevisions(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "work-plan/revisions"),
                () -> records.workPlanRevisions(caller, placementId));
    }

    @Override
    public VisitView recordVisit(Caller caller, String placementId, NewVisit visit) {
        return access.attempt(caller, placement(placementId, "visits"), () -> records.recordVisit(caller, placementId, visit));
    }

    @Override
    public List<VisitView> visits(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "visits"), () -> records.visits(caller, placementId));
    }

    @Override
    public KeyEventView recordKeyEvent(Caller caller, String placementId, NewKeyEvent event) {
        return access.attempt(caller, placement(placementId, "keys"),
                () -> records.recordKeyEvent(caller, placementId, event));
    }

    @Override
    public List<KeyEventView> keyEvents(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "keys"), () -> records.keyEvents(caller, placementId));
    }

    @Override
    public BreachView recordBreach(Caller caller, String placementId, NewBreach breach) {
        CaseRecords.BreachResult result = access.attempt(caller, placement(placementId, "breaches"),
                () -> records.recordBreach(caller, placementId, breach));
        CaseRecords.postEviction(events, result);
        return result.breach();
    }

    @Override
    public List<BreachView> breaches(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "breaches"), () -> records.breaches(caller, placementId));
    }

    @Override
    public FollowUpView recordFollowUp(Caller caller, String placementId, NewFollowUp followUp) {
        return access.attempt(caller, placement(placementId, "follow-ups"),
                () -> records.recordFollowUp(caller, placementId, followUp));
    }

    @Override
    public List<FollowUpView> followUps(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "follow-ups"), () -> records.followUps(caller, placementId));
    }

    @Override
    public List<CaseEventView> caseEvents(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "events"), () -> records.caseEvents(caller, placementId));
    }
}
