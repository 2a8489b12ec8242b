package se.kommunmeny.core.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.CurrentCaller;

/**
 * Authenticates every REST request against the JAAS realm (HTTP Basic) before anything else, and refuses work
 * with 503 while the municipality is not configured (health still answers, so operators learn why).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RestGuardFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final MunicipalityService municipality;
    private final boolean alwaysAvailable;
    private final boolean publicDocumentation;

    /**
     * @param alwaysAvailable serve even when the municipality is not configured (health)
     * @param publicDocumentation serve without authentication (the OpenAPI document)
     */
    public RestGuardFilter(MunicipalityService municipality, boolean alwaysAvailable, boolean publicDocumentation) {
        this.municipality = municipality;
        this.alwaysAvailable = alwaysAvailable;
        this.publicDocumentation = publicDocumentation;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CurrentCaller.clear();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (publicDocumentation) {
            return;
        }
        Authenticator.Outcome login = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (login.throttled()) {
            request.abortWith(Response.fromResponse(Problems.response(429, "too-many-failed-logins",
                    "Too many failed logins", "This user name failed to log in too often in a row; try again in "
                            + login.retryAfterSeconds() + " seconds.", path, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(login.retryAfterSeconds())).build());
            return;
        }
        Caller caller = login.caller();
        if (caller == null) {
            request.abortWith(Problems.response(401, "unauthenticated", "Authentication required",
                    "Send HTTP Basic credentials of a user of the kommunmeny realm.", path, List.of()));
            return;
        }
        if (request.getLength() > EndpointPublisher.MAX_BODY_BYTES) {
            request.abortWith(Problems.response(413, "too-large", "Request body too large",
                    "The request body exceeds " + EndpointPublisher.MAX_BODY_BYTES + " bytes.", path, List.of()));
            return;
        }
        // PostgreSQL cannot store or compare the NUL character: %00 in the address is refused here (bodies: see
        // NulFreeStringDeserializer), before a query fails on it with a 500.
        if (containsNul(request.getUriInfo())) {
            request.abortWith(Problems.response(400, "malformed", "The request is not valid",
                    "The address contains the NUL character (%00).", path, List.of()));
            return;
        }
        if (!alwaysAvailable && municipality.current().isEmpty()) {
            request.abortWith(Problems.response(503, "not-configured", "Instance not configured",
                    "This instance has no valid municipality configuration; see the health endpoint.", path,
                    List.of()));
            return;
        }
        CurrentCaller.set(caller);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentCaller.clear();
    }

    static Authenticator.Outcome authenticate(String authorization) {
        Authenticator.Outcome none = new Authenticator.Outcome(null, 0);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return none;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return none;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return none;
        }
        return Authenticator.attempt(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static boolean containsNul(UriInfo uri) {
        if (uri.getPath(true).indexOf('\u0000') >= 0) {
            return true;
        }
        for (Map.Entry<String, List<String>> e : uri.getQueryParameters(true).entrySet()) {
            if (e.getKey().indexOf('\u0000') >= 0 || e.getValue().stream().anyMatch(v -> v != null
                    && v.indexOf('\u0000') >= 0)) {
                return true;
            }
        }
        return false;
    }
}
