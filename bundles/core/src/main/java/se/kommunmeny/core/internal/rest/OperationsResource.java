package se.kommunmeny.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import se.kommunmeny.core.internal.backup.BackupService;

/**
 * The IT operator's backup endpoints: a backup of the running platform (embedded Derby) and the digest of the live
 * database (row counts and checksums per table, no personal data) to compare a restore with.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=operations")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource implements RestResource {
    private final BackupService backups;

    @Activate
    public OperationsResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @POST
    @Path("backups")
    public Response backup() {
        CurrentCaller.require().requireAnyRole(Role.OPERATOR);
        return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
    }

    @GET
    @Path("digest")
    public BackupService.Manifest digest() {
        CurrentCaller.require().requireAnyRole(Role.OPERATOR);
        return backups.digest();
    }
}
