package se.kommunmeny.core.api.identity;

/**
 * An identity number could not be accepted. The message says what is wrong but never repeats the number, which is
 * personal data.
 */
public final class InvalidIdentityNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a number was rejected. */
    public enum Reason {
        /** No number was given: {@code null}, empty or only whitespace. */
        EMPTY,
        /** The characters do not have one of the accepted shapes. */
        FORMAT,
        /** The birth date part is not a real calendar date. */
        DATE,
        /** The check digit does not match (probably a typing error). */
        CHECK_DIGIT,
        /** The birth date lies after the reference date. */
        FUTURE_DATE
    }

    private final Reason reason;

    /**
     * @param reason why the number was rejected
     * @param message a human-readable English explanation that does not contain the number
     */
    public InvalidIdentityNumberException(Reason reason, String message) {
        super(message);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
    }

    /** Why the number was rejected. */
    public Reason reason() {
        return reason;
    }
}
