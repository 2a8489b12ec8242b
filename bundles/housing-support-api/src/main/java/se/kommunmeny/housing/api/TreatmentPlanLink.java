package se.kommunmeny.housing.api;

import java.time.Instant;

/**
 * The link from a placement to the person's implementation plan in the treatment-plan offering.
 *
 * @param goal the plan's re-entry goal for housing (inslussning), live when the plan can be read, else as linked
 */
public record TreatmentPlanLink(String planId, String enrolmentId, String goal, Instant linkedAt) {
}
