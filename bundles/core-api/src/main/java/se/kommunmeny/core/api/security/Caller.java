package se.kommunmeny.core.api.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import se.kommunmeny.core.api.problem.AccessDeniedException;

/**
 * The authenticated user of an operation, with the platform roles the realm granted. Services take the caller as
 * an argument, check its role on the server and write it to the audit log.
 */
public record Caller(String user, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(new TreeSet<>(roles == null ? Set.of() : roles));
    }

    public static Caller of(String user, String... roles) {
        return new Caller(user, Set.of(roles));
    }

    public boolean hasAnyRole(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /**
     * The first of {@code wanted} that the caller holds, for the audit log.
     *
     * @throws AccessDeniedException when the caller holds none of them
     */
    public String requireAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new AccessDeniedException("This operation needs one of the roles " + String.join(", ", wanted) + ".");
    }
}
