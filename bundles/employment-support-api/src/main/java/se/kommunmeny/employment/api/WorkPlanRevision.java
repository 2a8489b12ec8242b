package se.kommunmeny.employment.api;

import java.time.Instant;

/** One kept revision of a work plan. */
public record WorkPlanRevision(int revision, WorkPlan workPlan, String changedBy, Instant changedAt) {
}
