package se.kommunmeny.housing.api;

/**
 * A request for a place.
 *
 * @param personRef a person register id or an anonymous contact's code
 * @param unitId the unit; for a HOME_SUPPORT kind give {@code kindId} instead
 * @param startDate yyyy-mm-dd, today when empty
 * @param plannedEndDate yyyy-mm-dd; the maximum stay when empty and the unit has one
 * @param stayDecision needed when the planned end lies beyond the maximum stay
 * @param waitIfFull put the request on the waiting list when there is no free place (default false: 409)
 */
public record PlacementRequest(String personRef, String unitId, String kindId, String startDate,
        String plannedEndDate, ContractTerms contract, WorkPlan workPlan, StayDecision stayDecision,
        Boolean waitIfFull) {
}
