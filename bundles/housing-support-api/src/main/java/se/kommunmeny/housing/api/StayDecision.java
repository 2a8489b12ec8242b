package se.kommunmeny.housing.api;

/**
 * A decision allowing a stay beyond the unit's maximum.
 *
 * @param decidedBy who decided
 * @param decidedOn the day of the decision, yyyy-mm-dd
 * @param reason why
 */
public record StayDecision(String decidedBy, String decidedOn, String reason) {
}
