package se.kommunmeny.housing.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * Boendestöd: the housing kinds a municipality runs, its housing stock and the placements in it. Every read and
 * write of a person's placement is audited; refused attempts are audited as DENIED or REJECTED. The case records of
 * a placement are in {@link HousingCaseService}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface HousingSupportService {
    String OFFERING = "housing-support";
    /** A placement became active; properties {@code placement.id}, {@code kind.id}, {@code person.ref}. */
    String TOPIC_PLACED = "se/kommunmeny/housing-support/PLACED";
    /** A placement ended, whatever the way; same properties and {@code reason}. */
    String TOPIC_ENDED = "se/kommunmeny/housing-support/ENDED";
    /** A tenant was evicted (avhysning). */
    String TOPIC_EVICTED = "se/kommunmeny/housing-support/EVICTED";
    /** A tenant moved out. */
    String TOPIC_MOVED_OUT = "se/kommunmeny/housing-support/MOVED_OUT";
    /** The contract of a training flat passed to the tenant. */
    String TOPIC_CONTRACT_TRANSFERRED = "se/kommunmeny/housing-support/CONTRACT_TRANSFERRED";

    /** The configured kinds with their rules, capacity and free places. */
    List<KindView> kinds(Caller caller);

    /** The housing stock, optionally of one kind; inactive units too. */
    List<UnitView> units(Caller caller, String kindId);

    UnitView unit(Caller caller, String unitId);

    /** Registers a unit (unit manager); a HOME_SUPPORT kind has no units. */
    UnitView registerUnit(Caller caller, UnitRequest unit);

    /** Updates a unit (unit manager); places cannot drop below the places occupied now. */
    UnitView updateUnit(Caller caller, String unitId, UnitRequest unit);

    /** Places a person (case officer, practitioner): active, waiting, or 409 when full. */
    PlacementView place(Caller caller, PlacementRequest request);

    PlacementView placement(Caller caller, String placementId);

    /** A person's placements, newest first (case officer). */
    List<PlacementView> placements(Caller caller, String personRef);

    /** The waiting list of a unit, first in line first (unit manager). */
    List<PlacementView> unitWaitingList(Caller caller, String unitId);

    /** The waiting list of a kind, all its units and home support, first in line first (unit manager). */
    List<PlacementView> kindWaitingList(Caller caller, String kindId);

    /** Admits a waiting placement on a start day (unit manager); 409 while full. */
    PlacementView admit(Caller caller, String placementId, String startDate);

    /** Withdraws a waiting request. */
    PlacementView cancel(Caller caller, String placementId);

    /** Sets the support workers assigned to a placement (unit manager). */
    PlacementView assignStaff(Caller caller, String placementId, List<String> staff);

    /** A longer stay than the maximum, by decision (case officer, unit manager). */
    PlacementView extendStay(Caller caller, String placementId, Extension extension);

    /** Ends a placement by a move-out; frees the place. */
    PlacementView moveOut(Caller caller, String placementId, MoveOut moveOut);

    /** The contract passes to the tenant after the qualifying period; the flat leaves the stock. */
    PlacementView transferContract(Caller caller, String placementId, String transferredOn);

    /** Links the person's implementation plan; 503 when the treatment-plan offering is not installed. */
    PlacementView linkTreatmentPlan(Caller caller, String placementId, String planId);

    /** Follow-ups, maximum stays and qualifying periods due within the days given (or overdue). */
    List<Reminder> reminders(Caller caller, int withinDays);

    /** Occupancy and outcomes between two days (yyyy-mm-dd; default the last 12 months), unit manager only. */
    StatisticsView statistics(Caller caller, String from, String to);
}
