package se.kommunmeny.employment.api;

/** A revised work plan, with the placement version it was edited from. */
public record WorkPlanChange(Long version, WorkPlan workPlan) {
}
