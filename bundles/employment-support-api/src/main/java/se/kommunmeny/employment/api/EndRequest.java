package se.kommunmeny.employment.api;

/**
 * The end of a placement.
 *
 * @param endedOn yyyy-mm-dd, today when absent
 * @param outcome JOB, STUDIES, REGISTERED_JOB_SEEKER (registered at Arbetsförmedlingen) or ENDED
 */
public record EndRequest(String endedOn, String outcome, String note) {
}
