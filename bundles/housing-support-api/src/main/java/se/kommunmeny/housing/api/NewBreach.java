package se.kommunmeny.housing.api;

/**
 * A breach of the work plan.
 *
 * @param condition which condition of the work plan was broken
 * @param consequence NONE, WARNING (staff), LOCK_OUT or EVICTION (unit manager, with a reason)
 * @param decisionMaker who decided the consequence; the caller when empty
 */
public record NewBreach(String occurredOn, String description, String condition, String consequence,
        String reason, String decisionMaker) {
}
