package se.kommunmeny.core.api.audit;

import java.util.Objects;

import se.kommunmeny.core.api.security.Caller;

/**
 * One access to personal data, as a service reports it.
 *
 * @param caller who did it
 * @param role the role under which it was allowed
 * @param action what was done
 * @param personId the person register's id of the person concerned, or {@code null} for a search
 * @param resource what was touched, e.g. {@code person/…} or {@code treatment-plan/plan/…}
 * @param criteria search criteria, or {@code null}
 */
public record AuditEvent(Caller caller, String role, AuditAction action, String personId, String resource,
        String criteria) {

    public AuditEvent {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
    }
}
