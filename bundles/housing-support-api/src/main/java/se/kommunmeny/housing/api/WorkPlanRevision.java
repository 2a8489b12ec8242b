package se.kommunmeny.housing.api;

import java.time.Instant;

/** One revision of a work plan, kept for good. */
public record WorkPlanRevision(int revision, WorkPlan workPlan, Instant revisedAt, String revisedBy) {
}
