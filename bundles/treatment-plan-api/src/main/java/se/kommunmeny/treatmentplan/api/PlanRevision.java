package se.kommunmeny.treatmentplan.api;

/**
 * A revision of a plan: what the plan said after it, who changed it and when.
 *
 * @param revision 1 for the first content, then one more per revision
 * @param summary what the author says changed
 */
public record PlanRevision(int revision, String changedBy, java.time.Instant changedAt, String summary,
        PlanContent content) {
}
