package se.kommunmeny.employment.api;

import java.util.List;

/**
 * Arbetsplan: the individual work plan of a placement.
 *
 * @param goals the goals; not required for a LIGHT placement
 * @param hoursPerWeek 1 to the kind's maximum
 * @param step the current step (STEP_I, STEP_II, STEP_III) for kinds with a step model; changed only by a step
 *        change
 * @param tasks the work tasks
 */
public record WorkPlan(List<String> goals, Integer hoursPerWeek, String step, List<String> tasks) {
}
