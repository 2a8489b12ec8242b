package se.kommunmeny.employment.api;

/** A step change decided by a care conference; {@code decidedOn} yyyy-mm-dd, today when absent. */
public record StepChangeRequest(String toStep, String decidedOn, CareConference careConference) {
}
