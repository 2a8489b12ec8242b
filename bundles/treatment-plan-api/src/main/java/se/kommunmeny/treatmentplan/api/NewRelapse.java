package se.kommunmeny.treatmentplan.api;

/** A lapse or relapse to record: when, LAPSE or RELAPSE, the substance, what happened and what was done. */
public record NewRelapse(String occurredOn, String kind, String substance, String description, String actionsTaken) {
}
