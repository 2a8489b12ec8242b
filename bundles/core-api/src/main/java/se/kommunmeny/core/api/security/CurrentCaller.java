package se.kommunmeny.core.api.security;

import java.util.Optional;

import se.kommunmeny.core.api.problem.AccessDeniedException;

/**
 * The caller of the request being served on this thread. The core sets it after authenticating a REST or SOAP
 * request and clears it when the request is done; endpoints read it and hand it to the services.
 */
public final class CurrentCaller {
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The authenticated caller; never anonymous. */
    public static Caller require() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new AccessDeniedException("The request is not authenticated.");
        }
        return caller;
    }

    /** For the core's transport glue only. */
    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    /** For the core's transport glue only. */
    public static void clear() {
        CURRENT.remove();
    }
}
