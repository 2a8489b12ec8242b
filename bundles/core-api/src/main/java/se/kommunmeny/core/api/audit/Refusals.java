package se.kommunmeny.core.api.audit;

import java.util.function.Function;
import java.util.function.Supplier;

import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.api.security.Caller;

/**
 * Audits the attempts a service refuses. A refused attempt touches no data, yet who tried what on whom belongs in
 * the log as much as a read does: an offering wraps each operation in {@link #attempt}, and a problem it raises is
 * written as a {@code DENIED} or {@code REJECTED} row before it reaches the caller.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs {@code operation}; a {@link ProblemException} it throws is audited through
     * {@link AuditService#recordRefusal} and rethrown unchanged. An {@link UnavailableException} is not a refusal of
     * the caller but the platform not serving, and passes unaudited.
     *
     * @param audit the audit log
     * @param caller who tried
     * @param resource what was tried, e.g. {@code housing-support/placement/…/visits}
     * @param operation the work; it runs in whatever transaction it opens itself, which has rolled back by the time
     *        a refusal is audited
     * @param personOf the person register's id of the person the refusal concerns, when the problem carries one (an
     *        offering's "not assigned to this client"), else {@code null}
     * @return what {@code operation} returned
     */
    public static <T> T attempt(AuditService audit, Caller caller, String resource, Supplier<T> operation,
            Function<ProblemException, String> personOf) {
        try {
            return operation.get();
        } catch (UnavailableException e) {
            throw e;
        } catch (ProblemException e) {
            audit.recordRefusal(caller, resource, e, personOf.apply(e));
            throw e;
        }
    }
}
