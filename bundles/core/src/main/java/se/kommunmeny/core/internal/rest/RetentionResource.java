package se.kommunmeny.core.internal.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.internal.privacy.RetentionJob;
import se.kommunmeny.core.internal.privacy.RetentionReport;

/** The retention job for the operator: the rules in force, and a run now (or a dry run). */
@Component(service = RestResource.class, property = RestResource.BASE + "=retention")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource implements RestResource {
    private final RetentionJob job;

    @Activate
    public RetentionResource(@Reference RetentionJob job) {
        this.job = job;
    }

    @GET
    @Path("rules")
    public Map<String, String> rules() {
        CurrentCaller.require().requireAnyRole(Role.OPERATOR);
        return job.rules();
    }

    /**
     * Runs the job now. {@code dryRun} must be {@code true} or {@code false} when given: anything else is refused,
     * since read as false it would delete.
     */
    @POST
    @Path("run")
    public RetentionReport run(@QueryParam("dryRun") String dryRun) {
        var caller = CurrentCaller.require();
        caller.requireAnyRole(Role.OPERATOR);
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw new ValidationException("dryRun", "must be true or false");
        }
        return job.run(caller, "true".equals(dryRun));
    }
}
