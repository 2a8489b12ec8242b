package se.kommunmeny.core.internal.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;

/**
 * The cheapest authenticated operation: proves that HTTP, CXF and the realm answer. Monitoring uses it, and the
 * benchmark uses it as the baseline the menu is measured against.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=ping")
@Path("/")
public class PingResource implements RestResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> ping() {
        return Map.of("pong", CurrentCaller.require().requireAnyRole(Role.STAFF));
    }
}
