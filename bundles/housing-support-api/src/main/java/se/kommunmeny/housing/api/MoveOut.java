package se.kommunmeny.housing.api;

/**
 * Utflyttning.
 *
 * @param movedOutOn yyyy-mm-dd, not in the future, not before the start
 * @param reason OWN_LEASE, TREATMENT, INSTITUTION, OTHER_HOUSING, LEFT, DECEASED or OTHER
 */
public record MoveOut(String movedOutOn, String reason, String note) {
}
