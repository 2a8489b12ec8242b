package se.kommunmeny.treatmentplan.api;

/**
 * A revision of a plan's content.
 *
 * @param version the plan's version the author edited; a different current version is a conflict (no lost edits)
 * @param summary what changed, in a sentence
 * @param content the plan's new content, whole
 */
public record PlanChange(Long version, String summary, PlanContent content) {
}
