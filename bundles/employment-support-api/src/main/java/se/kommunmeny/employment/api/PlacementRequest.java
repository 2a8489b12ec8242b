package se.kommunmeny.employment.api;

/**
 * A placement to make (case officer, practitioner).
 *
 * @param reservation NONE (default), AGE_18_25 or LIGHT
 * @param startDate yyyy-mm-dd, today when absent
 * @param plannedEndDate yyyy-mm-dd, optional
 * @param waitIfFull when the work place is full: {@code true} puts the person on the waiting list, {@code false}
 *        (default) refuses
 */
public record PlacementRequest(String personRef, String workPlaceId, String reservation, String startDate,
        String plannedEndDate, WorkPlan workPlan, Boolean waitIfFull) {
}
