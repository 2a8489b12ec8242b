package se.kommunmeny.employment.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * Sysselsättningsstöd and arbetsträning: work places, placements and what happens in them. Every read and write of
 * a person's data is audited, and so is every refused attempt.
 */
@org.osgi.annotation.versioning.ProviderType
public interface EmploymentSupportService {
    /** Posted when a placement becomes active; properties {@code placement.id}, {@code kind.id}, {@code person.ref}. */
    String TOPIC_PLACED = "se/kommunmeny/employment-support/PLACED";
    /** Posted when a placement ends; same properties. */
    String TOPIC_ENDED = "se/kommunmeny/employment-support/ENDED";
    /** Posted when a placement moves to another step; same properties. */
    String TOPIC_STEP_CHANGED = "se/kommunmeny/employment-support/STEP_CHANGED";

    /** The configured kinds with their rules, capacity and free places. */
    List<KindView> kinds(Caller caller);

    /** The work places, of one kind when {@code kindId} is given. */
    List<WorkPlaceView> workPlaces(Caller caller, String kindId);

    WorkPlaceView workPlace(Caller caller, String workPlaceId);

    /** Registers a work place (unit manager). */
    WorkPlaceView registerWorkPlace(Caller caller, WorkPlaceRequest request);

    /** Updates a work place (unit manager); places never drop below those occupied. */
    WorkPlaceView updateWorkPlace(Caller caller, String workPlaceId, WorkPlaceRequest request);

    /** Places a person at a work place, or on its waiting list when full and asked to wait. */
    PlacementView place(Caller caller, PlacementRequest request);

    PlacementView getPlacement(Caller caller, String placementId);

    /** A person's placements (case officer). */
    List<PlacementView> findPlacements(Caller caller, String personRef);

    /** The work place's waiting list, first in line first. */
    List<PlacementView> waitingList(Caller caller, String workPlaceId);

    /** Admits a waiting placement on a start day (unit manager); a conflict while still full. */
    PlacementView admit(Caller caller, String placementId, String startDate);

    /** Withdraws a waiting placement. */
    PlacementView cancel(Caller caller, String placementId);

    /** Replaces the assigned staff (unit manager). */
    PlacementView assignStaff(Caller caller, String placementId, List<String> staff);

    /** Revises the work plan (assigned staff); the revision before is kept. */
    PlacementView reviseWorkPlan(Caller caller, String placementId, WorkPlanChange change);

    List<WorkPlanRevision> workPlanRevisions(Caller caller, String placementId);

    AttendanceView recordAttendance(Caller caller, String placementId, AttendanceEntry entry);

    AttendanceView correctAttendance(Caller caller, String placementId, String date, AttendanceEntry entry);

    /** Attendance between two days (yyyy-mm-dd; the placement's start and today when absent) with totals. */
    AttendanceSummary attendance(Caller caller, String placementId, String from, String to);

    NoteView addNote(Caller caller, String placementId, NewNote note);

    List<NoteView> notes(Caller caller, String placementId);

    MeetingView recordMeeting(Caller caller, String placementId, NewMeeting meeting);

    List<MeetingView> meetings(Caller caller, String placementId);

    /** Moves the placement to another step, decided by a care conference. */
    StepChangeView changeStep(Caller caller, String placementId, StepChangeRequest request);

    List<StepChangeView> stepChanges(Caller caller, String placementId);

    /** Ends a placement with its outcome; frees the place. */
    PlacementView end(Caller caller, String placementId, EndRequest request);

    /** Links the person's implementation plan; unavailable when the treatment-plan offering is not installed. */
    PlacementView linkTreatmentPlan(Caller caller, String placementId, String planId);

    /** What the treatment-plan offering reported about the person while placed. */
    List<CaseEventView> caseEvents(Caller caller, String placementId);

    /** Follow-ups, meetings and step maxima due within {@code withinDays} days, or overdue. */
    List<ReminderView> reminders(Caller caller, Integer withinDays);

    /** Statistics without identities (unit manager); the last 12 months when the days are absent. */
    StatisticsView statistics(Caller caller, String from, String to);
}
