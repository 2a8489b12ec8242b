package se.kommunmeny.treatmentplan.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import se.kommunmeny.treatmentplan.api.EnrolmentRequest;
import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.NewPlan;
import se.kommunmeny.treatmentplan.api.PlanChange;
import se.kommunmeny.treatmentplan.api.PlanRevision;
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

    @GET
    @Path("programmes/{id}/waiting-list")
    public List<EnrolmentView> waitingList(@PathParam("id") String id) {
        return service.waitingList(CurrentCaller.require(), id);
    }

    /** Body of an extension: the new last day of the granted period. */
    public record Extension(String grantedTo) {
    }

    /** Body of the end of an enrolment. */
    public record Ending(String reason, String endedOn) {
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(EnrolmentRequest request, @Context UriInfo uri) {
        EnrolmentView created = service.enrol(CurrentCaller.require(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("enrolments/{id}")
    public EnrolmentView enrolment(@PathParam("id") String id) {
        return service.getEnrolment(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentView extend(@PathParam("id") String id, Extension extension) {
        return service.extend(CurrentCaller.require(), id, extension == null ? null : extension.grantedTo());
    }

    @POST
    @Path("enrolments/{id}/admission")
    public EnrolmentView admit(@PathParam("id") String id) {
        return service.admit(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/aftercare")
    public EnrolmentView aftercare(@PathParam("id") String id) {
        return service.moveToAftercare(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentView end(@PathParam("id") String id, Ending ending) {
        return service.end(CurrentCaller.require(), id, ending == null ? null : ending.reason(),
                ending == null ? null : ending.endedOn());
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewPlan plan, @Context UriInfo uri) {
        PlanView created = service.createPlan(CurrentCaller.require(), plan);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView revise(@PathParam("id") String id, PlanChange change) {
        return service.revise(CurrentCaller.require(), id, change);
    }

    @GET
    @Path("plans/{id}/revisions")
    public List<PlanRevision> revisions(@PathParam("id") String id) {
        return service.revisions(CurrentCaller.require(), id);
    }

    /** Body of a client's approval: the day it was given. */
    public record Approval(String approvedOn) {
    }

    @POST
    @Path("plans/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView approve(@PathParam("id") String id, Approval approval) {
        return service.recordApproval(CurrentCaller.require(), id, approval == null ? null : approval.approvedOn());
    }

    @POST
    @Path("plans/{id}/sent")
    public PlanView sent(@PathParam("id") String id) {
        return service.recordSent(CurrentCaller.require(), id);
    }

    @POST
    @Path("plans/{id}/closing")
    public PlanView close(@PathParam("id") String id) {
        return service.close(CurrentCaller.require(), id);
    }

    @GET
    @Path("plans/{id}")
    public PlanView get(@PathParam("id") String id) {
        return service.getPlan(CurrentCaller.require(), id);
    }
}
