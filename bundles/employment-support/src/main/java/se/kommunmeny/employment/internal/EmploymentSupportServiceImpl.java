package se.kommunmeny.employment.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.employment.api.AttendanceEntry;
import se.kommunmeny.employment.api.AttendanceSummary;
import se.kommunmeny.employment.api.AttendanceView;
import se.kommunmeny.employment.api.CaseEventView;
import se.kommunmeny.employment.api.EmploymentSupportService;
import se.kommunmeny.employment.api.EndRequest;
import se.kommunmeny.employment.api.KindView;
import se.kommunmeny.employment.api.MeetingView;
import se.kommunmeny.employment.api.NewMeeting;
import se.kommunmeny.employment.api.NewNote;
import se.kommunmeny.employment.api.NoteView;
import se.kommunmeny.employment.api.PlacementRequest;
import se.kommunmeny.employment.api.PlacementView;
import se.kommunmeny.employment.api.ReminderView;
import se.kommunmeny.employment.api.StatisticsView;
import se.kommunmeny.employment.api.StepChangeRequest;
import se.kommunmeny.employment.api.StepChangeView;
import se.kommunmeny.employment.api.TreatmentPlanLink;
import se.kommunmeny.employment.api.WorkPlaceRequest;
import se.kommunmeny.employment.api.WorkPlaceView;
import se.kommunmeny.employment.api.WorkPlanChange;
import se.kommunmeny.employment.api.WorkPlanRevision;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/**
 * Employment support: work places in {@link WorkPlaces}, placements in {@link Placements}, what is recorded on them
 * in {@link CaseRecords}, reminders and statistics in {@link Overview}. Every operation runs as a
 * {@link PlacementAccess#attempt attempt}, so refusals are audited too.
 */
@Component(service = EmploymentSupportService.class)
public class EmploymentSupportServiceImpl implements EmploymentSupportService {
    private static final String BASE = "employment-support/";

    private final Map<String, ConfiguredKind> kinds = new ConcurrentHashMap<>();
    private final PlacementAccess access;
    private final WorkPlaces workPlaces;
    private final Placements placements;
    private final CaseRecords records;
    private final Overview overview;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    /** The treatment-plan offering, when installed: only the link to a person's plan uses it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TreatmentPlanService treatmentPlans;

    @Activate
    public EmploymentSupportServiceImpl(@Reference EmploymentRepository repository, @Reference PersonService persons,
            @Reference AuditService audit) {
        this.access = new PlacementAccess(audit);
        this.workPlaces = new WorkPlaces(repository, kinds);
        this.placements = new Placements(repository, persons, access, kinds);
        this.records = new CaseRecords(repository, access, placements);
        this.overview = new Overview(repository, access, kinds, placements);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addKind(ConfiguredKind kind) {
        kinds.put(kind.id(), kind);
    }

    void removeKind(ConfiguredKind kind) {
        kinds.remove(kind.id(), kind);
    }

    private static String placement(String id, String what) {
        return PlacementAccess.RESOURCE + id + (what == null ? "" : "/" + what);
    }

    // ------------------------------------------------------------------ kinds and work places

    @Override
    public List<KindView> kinds(Caller caller) {
        return access.attempt(caller, BASE + "kinds", () -> {
            caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
            return kinds.values().stream().map(ConfiguredKind::view).sorted(Comparator.comparing(KindView::id))
                    .toList();
        });
    }

    @Override
    public List<WorkPlaceView> workPlaces(Caller caller, String kindId) {
        return access.attempt(caller, BASE + "workplaces", () -> workPlaces.list(caller, kindId));
    }

    @Override
    public WorkPlaceView workPlace(Caller caller, String workPlaceId) {
        return access.attempt(caller, BASE + "workplace/" + workPlaceId, () -> workPlaces.get(caller, workPlaceId));
    }

    @Override
    public WorkPlaceView registerWorkPlace(Caller caller, WorkPlaceRequest request) {
        return access.attempt(caller, BASE + "workplace", () -> workPlaces.register(caller, request));
    }

    @Override
    public WorkPlaceView updateWorkPlace(Caller caller, String workPlaceId, WorkPlaceRequest request) {
        return access.attempt(caller, BASE + "workplace/" + workPlaceId,
                () -> workPlaces.update(caller, workPlaceId, request));
    }

    // ------------------------------------------------------------------ placements

    @Override
    public PlacementView place(Caller caller, PlacementRequest request) {
        PlacementView view = access.attempt(caller, BASE + "placement", () -> placements.place(caller, request));
        if (PlacementEntity.ACTIVE.equals(view.status())) {
            post(TOPIC_PLACED, view);
        }
        return view;
    }

    @Override
    public PlacementView getPlacement(Caller caller, String placementId) {
        PlacementView view = access.attempt(caller, placement(placementId, null),
                () -> placements.get(caller, placementId));
        return withLiveGoal(caller, view);
    }

    /** The link's goal read again from the plan, when the treatment-plan offering runs; the snapshot otherwise. */
    private PlacementView withLiveGoal(Caller caller, PlacementView v) {
        TreatmentPlanService plans = treatmentPlans;
        TreatmentPlanLink link = v.treatmentPlan();
        if (plans == null || link == null || !caller.hasAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE)) {
            return v;
        }
        try {
            String goal = occupationGoal(plans.getPlan(caller, link.planId()));
            return new PlacementView(v.id(), v.personRef(), v.kindId(), v.workPlaceId(), v.reservation(),
                    v.placeType(), v.status(), v.startDate(), v.plannedEndDate(), v.waitingPosition(), v.workPlan(),
                    v.workPlanRevision(), v.stepSince(), v.staff(), v.nextFollowUpDue(), v.endedOn(), v.outcome(),
                    v.endNote(), new TreatmentPlanLink(link.planId(), link.enrolmentId(), goal, link.linkedAt()),
                    v.requestedAt(), v.createdBy(), v.version());
        } catch (RuntimeException e) {
            return v;
        }
    }

    static String occupationGoal(PlanView plan) {
        PlanContent content = plan.content();
        return content == null || content.reentry() == null ? null : content.reentry().occupation();
    }

    @Override
    public List<PlacementView> findPlacements(Caller caller, String personRef) {
        return access.attempt(caller, BASE + "placements", () -> placements.find(caller, personRef));
    }

    @Override
    public List<PlacementView> waitingList(Caller caller, String workPlaceId) {
        return access.attempt(caller, BASE + "workplace/" + workPlaceId + "/waiting-list",
                () -> placements.waitingList(caller, workPlaceId));
    }

    @Override
    public PlacementView admit(Caller caller, String placementId, String startDate) {
        PlacementView view = access.attempt(caller, placement(placementId, "admission"),
                () -> placements.admit(caller, placementId, startDate));
        post(TOPIC_PLACED, view);
        return view;
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
    public PlacementView reviseWorkPlan(Caller caller, String placementId, WorkPlanChange change) {
        return access.attempt(caller, placement(placementId, "work-plan"),
                () -> placements.reviseWorkPlan(caller, placementId, change));
    }

    @Override
    public List<WorkPlanRevision> workPlanRevisions(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "work-plan/revisions"),
                () -> placements.revisions(caller, placementId));
    }

    @Override
    public PlacementView end(Caller caller, String placementId, EndRequest request) {
        PlacementView view = access.attempt(caller, placement(placementId, "end"),
                () -> placements.end(caller, placementId, request));
        post(TOPIC_ENDED, view);
        return view;
    }

    @Override
    public PlacementView linkTreatmentPlan(Caller caller, String placementId, String planId) {
        return access.attempt(caller, placement(placementId, "treatment-plan-link"),
                () -> doLink(caller, placementId, planId));
    }

    private PlacementView doLink(Caller caller, String placementId, String planId) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.HANDLAGGARE);
        TreatmentPlanService plans = treatmentPlans;
        if (plans == null) {
            throw new UnavailableException("The treatment-plan offering is not installed.");
        }
        String id = Dates.trimmed(planId);
        if (id == null) {
            throw new ValidationException("planId", "is required");
        }
        PlacementEntity p = placements.reach(caller, role, placementId);
        PlanView plan = plans.getPlan(caller, id);
        if (!p.personRef.equals(plan.personRef())) {
            throw new ValidationException("planId", "is another person's plan");
        }
        return placements.link(caller, role, placementId, plan.id(), plan.enrolmentId(), occupationGoal(plan));
    }

    // ------------------------------------------------------------------ what is recorded on a placement

    @Override
    public AttendanceView recordAttendance(Caller caller, String placementId, AttendanceEntry entry) {
        return access.attempt(caller, placement(placementId, "attendance"),
                () -> records.recordAttendance(caller, placementId, entry));
    }

    @Override
    public AttendanceView correctAttendance(Caller caller, String placementId, String date, AttendanceEntry entry) {
        return access.attempt(caller, placement(placementId, "attendance/" + date),
                () -> records.correctAttendance(caller, placementId, date, entry));
    }

    @Override
    public AttendanceSummary attendance(Caller caller, String placementId, String from, String to) {
        return access.attempt(caller, placement(placementId, "attendance"),
                () -> records.attendance(caller, placementId, from, to));
    }

    @Override
    public NoteView addNote(Caller caller, String placementId, NewNote note) {
        return access.attempt(caller, placement(placementId, "notes"), () -> records.addNote(caller, placementId, note));
    }

    @Override
    public List<NoteView> notes(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "notes"), () -> records.notes(caller, placementId));
    }

    @Override
    public MeetingView recordMeeting(Caller caller, String placementId, NewMeeting meeting) {
        return access.attempt(caller, placement(placementId, "meetings"),
                () -> records.recordMeeting(caller, placementId, meeting));
    }

    @Override
    public List<MeetingView> meetings(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "meetings"), () -> records.meetings(caller, placementId));
    }

    @Override
    public StepChangeView changeStep(Caller caller, String placementId, StepChangeRequest request) {
        StepChangeView change = access.attempt(caller, placement(placementId, "step-changes"),
                () -> records.changeStep(caller, placementId, request));
        if (events != null) {
            post(TOPIC_STEP_CHANGED, placements.unaudited(placementId));
        }
        return change;
    }

    @Override
    public List<StepChangeView> stepChanges(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "step-changes"),
                () -> records.stepChanges(caller, placementId));
    }

    @Override
    public List<CaseEventView> caseEvents(Caller caller, String placementId) {
        return access.attempt(caller, placement(placementId, "events"), () -> records.caseEvents(caller, placementId));
    }

    // ------------------------------------------------------------------ overview

    @Override
    public List<ReminderView> reminders(Caller caller, Integer withinDays) {
        return access.attempt(caller, BASE + "reminders", () -> overview.reminders(caller, withinDays));
    }

    @Override
    public StatisticsView statistics(Caller caller, String from, String to) {
        return access.attempt(caller, BASE + "statistics", () -> overview.statistics(caller, from, to));
    }

    private void post(String topic, PlacementView view) {
        EventAdmin ea = events;
        if (ea != null) {
            Map<String, Object> props = new HashMap<>();
            props.put("placement.id", view.id());
            props.put("kind.id", view.kindId());
            props.put("person.ref", view.personRef());
            ea.postEvent(new Event(topic, props));
        }
    }
}
