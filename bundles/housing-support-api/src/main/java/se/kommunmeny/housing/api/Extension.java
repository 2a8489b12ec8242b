package se.kommunmeny.housing.api;

/** A longer stay: the new planned end (yyyy-mm-dd) and the decision allowing it. */
public record Extension(String plannedEndDate, StayDecision decision) {
}
