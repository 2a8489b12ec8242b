package se.kommunmeny.core.internal.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.internal.health.HealthCheck;

/** Readiness of the instance: 200 when ready, 503 with the reasons when not. Any platform role may read it. */
@Component(service = RestResource.class, property = RestResource.BASE + "=health")
@Path("/")
public class HealthResource implements RestResource {
    private final HealthCheck health;

    @Activate
    public HealthResource(@Reference HealthCheck health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        Map<String, Object> report = health.report();
        return Response.status("UP".equals(report.get("status")) ? 200 : 503).entity(report)
                .type(MediaType.APPLICATION_JSON).build();
    }
}
