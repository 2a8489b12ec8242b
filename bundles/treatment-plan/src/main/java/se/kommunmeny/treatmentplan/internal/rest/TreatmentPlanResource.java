package se.kommunmeny.treatmentplan.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.treatmentplan.api.NewPlan;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.ProgrammeDetail;
import se.kommunmeny.treatmentplan.api.ProgrammeView;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/** The treatment-plan offering over REST, under {@code /kommunmeny/api/treatment-plan}. */
@Component(service = RestResource.class, property = RestResource.BASE + "=treatment-plan")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TreatmentPlanResource implements RestResource {
    private final TreatmentPlanService service;

    @Activate
    public TreatmentPlanResource(@Reference TreatmentPlanService service) {
        this.service = service;
    }

    @GET
    @Path("programmes")
    public List<ProgrammeView> programmes() {
        return service.programmes(CurrentCaller.require());
    }

    @GET
    @Path("programmes/{id}")
    public ProgrammeDetail programme(@PathParam("id") String id) {
        return service.programme(CurrentCaller.require(), id);
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewPlan plan, @Context UriInfo uri) {
        PlanView created = service.createPlan(CurrentCaller.require(), plan);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("plans/{id}")
    public PlanView get(@PathParam("id") String id) {
        return service.getPlan(CurrentCaller.require(), id);
    }
}
