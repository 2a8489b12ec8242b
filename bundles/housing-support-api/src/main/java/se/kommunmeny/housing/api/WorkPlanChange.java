package se.kommunmeny.housing.api;

/** A new revision of a work plan; {@code version} is the placement version edited (409 when stale). */
public record WorkPlanChange(Long version, WorkPlan workPlan) {
}
