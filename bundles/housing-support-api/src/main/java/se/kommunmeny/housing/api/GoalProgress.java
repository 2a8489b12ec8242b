package se.kommunmeny.housing.api;

/**
 * Progress on one goal at a follow-up.
 *
 * @param status NOT_STARTED, IN_PROGRESS, ACHIEVED or ABANDONED
 */
public record GoalProgress(String goal, String status, String note) {
}
