package se.kommunmeny.purchasing.api;

/**
 * The supplier's answer to an order (unit manager).
 *
 * @param accept {@code true} to accept, {@code false} to refuse
 * @param reason why; required when refusing (e.g. CAPACITY, TARGET_GROUP, and words)
 */
public record Decision(Boolean accept, String reason) {
}
