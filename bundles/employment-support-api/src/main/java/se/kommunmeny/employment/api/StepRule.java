package se.kommunmeny.employment.api;

/**
 * One step of a step model (stegmodell), e.g. step I for 1–6 months.
 *
 * @param step STEP_I, STEP_II or STEP_III
 * @param minMonths the shortest time in the step, or {@code null} when individual
 * @param maxMonths the longest time in the step, or {@code null} when individual
 */
public record StepRule(String step, Integer minMonths, Integer maxMonths) {
}
