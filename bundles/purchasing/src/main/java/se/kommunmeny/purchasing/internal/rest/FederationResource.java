package se.kommunmeny.purchasing.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.purchasing.api.FederationIdentity;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.FederationService;
import se.kommunmeny.purchasing.api.Receipt;
import se.kommunmeny.purchasing.api.ServiceAvailability;

/**
 * What partner platforms call over REST, under {@code /kommunmeny/api/purchasing/federation}: this platform's
 * identity, message delivery and the free places of a sold service. A message is answered 200 with its receipt: it
 * changes state on the platform, but creates nothing the partner addresses afterwards.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=purchasing/federation")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class FederationResource implements RestResource {
    private final FederationService service;

    @Activate
    public FederationResource(@Reference FederationService service) {
        this.service = service;
    }

    @GET
    @Path("identity")
    public FederationIdentity identity() {
        return service.identity(CurrentCaller.require());
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Receipt receive(FederationMessage message) {
        return service.receive(CurrentCaller.require(), message);
    }

    @GET
    @Path("availability/{agreementNumber}")
    public ServiceAvailability availability(@PathParam("agreementNumber") String agreementNumber) {
        return service.availability(CurrentCaller.require(), agreementNumber);
    }
}
