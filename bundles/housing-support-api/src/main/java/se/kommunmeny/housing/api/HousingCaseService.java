package se.kommunmeny.housing.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * The case records of a housing placement: work plan revisions, home visits, keys, breaches of the work plan,
 * follow-ups, and events other offerings reported. Assigned support workers, the case officer and the unit manager
 * reach them; every read and write is audited.
 */
@org.osgi.annotation.versioning.ProviderType
public interface HousingCaseService {

    /** A new revision of the work plan (assigned staff, case officer); 409 on a stale version. */
    PlacementView reviseWorkPlan(Caller caller, String placementId, WorkPlanChange change);

    /** Every revision of the work plan, oldest first. */
    List<WorkPlanRevision> workPlanRevisions(Caller caller, String placementId);

    VisitView recordVisit(Caller caller, String placementId, NewVisit visit);

    List<VisitView> visits(Caller caller, String placementId);

    KeyEventView recordKeyEvent(Caller caller, String placementId, NewKeyEvent event);

    List<KeyEventView> keyEvents(Caller caller, String placementId);

    /** Records a breach; LOCK_OUT and EVICTION are the unit manager's decisions, an eviction ends the placement. */
    BreachView recordBreach(Caller caller, String placementId, NewBreach breach);

    List<BreachView> breaches(Caller caller, String placementId);

    FollowUpView recordFollowUp(Caller caller, String placementId, NewFollowUp followUp);

    List<FollowUpView> followUps(Caller caller, String placementId);

    /** Events from the treatment plan about the person, oldest first. */
    List<CaseEventView> caseEvents(Caller caller, String placementId);
}
