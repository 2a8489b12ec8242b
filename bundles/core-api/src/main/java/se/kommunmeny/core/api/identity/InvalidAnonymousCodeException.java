package se.kommunmeny.core.api.identity;

/** A string is not a valid {@link AnonymousCode}. */
public final class InvalidAnonymousCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message a human-readable English explanation */
    public InvalidAnonymousCodeException(String message) {
        super(message);
    }
}
