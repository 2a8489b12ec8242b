package se.kommunmeny.employment.api;

import java.time.Instant;

/**
 * The person's implementation plan in the treatment-plan offering, linked to a placement.
 *
 * @param goal the plan's re-entry goal for occupation, live when the treatment-plan offering runs, else the snapshot
 *        taken when linking; may be {@code null}
 */
public record TreatmentPlanLink(String planId, String enrolmentId, String goal, Instant linkedAt) {
}
