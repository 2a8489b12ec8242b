package se.kommunmeny.housing.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.housing.api.BreachView;
import se.kommunmeny.housing.api.CaseEventView;
import se.kommunmeny.housing.api.Extension;
import se.kommunmeny.housing.api.FollowUpView;
import se.kommunmeny.housing.api.HousingCaseService;
import se.kommunmeny.housing.api.HousingSupportService;
import se.kommunmeny.housing.api.KeyEventView;
import se.kommunmeny.housing.api.KindView;
import se.kommunmeny.housing.api.MoveOut;
import se.kommunmeny.housing.api.NewBreach;
import se.kommunmeny.housing.api.NewFollowUp;
import se.kommunmeny.housing.api.NewKeyEvent;
import se.kommunmeny.housing.api.NewVisit;
import se.kommunmeny.housing.api.PlacementRequest;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.Reminder;
import se.kommunmeny.housing.api.StatisticsView;
import se.kommunmeny.housing.api.UnitRequest;
import se.kommunmeny.housing.api.UnitView;
import se.kommunmeny.housing.api.VisitView;
import se.kommunmeny.housing.api.WorkPlanChange;
import se.kommunmeny.housing.api.WorkPlanRevision;

/** Housing support over REST, under {@code /kommunmeny/api/housing-support}. */
@Component(service = RestResource.class, property = RestResource.BASE + "=" + HousingSupportService.OFFERING)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HousingSupportResource implements RestResource {
    private final HousingSupportService service;
    private final HousingCaseService cases;

    @Activate
    public HousingSupportResource(@Reference HousingSupportService service, @Reference HousingCaseService cases) {
        this.service = service;
        this.cases = cases;
    }

    /** Body of an admission from the waiting list. */
    public record Admission(String startDate) {
    }

    /** Body naming the support workers of a placement. */
    public record Staff(List<String> staff) {
    }

    /** Body of a contract transfer. */
    public record ContractTransfer(String transferredOn) {
    }

    /** Body of a link to a treatment plan. */
    public record PlanLink(String planId) {
    }

    private static Response created(UriInfo uri, String id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(entity).build();
    }

    @GET
    @Path("kinds")
    public List<KindView> kinds() {
        return service.kinds(CurrentCaller.require());
    }

    @GET
    @Path("kinds/{id}/waiting-list")
    public List<PlacementView> kindWaitingList(@PathParam("id") String id) {
        return service.kindWaitingList(CurrentCaller.require(), id);
    }

    @GET
    @Path("units")
    public List<UnitView> units(@QueryParam("kindId") String kindId) {
        return service.units(CurrentCaller.require(), kindId);
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerUnit(UnitRequest body, @Context UriInfo uri) {
        UnitView unit = service.registerUnit(CurrentCaller.require(), body);
        return created(uri, unit.id(), unit);
    }

    @GET
    @Path("units/{id}")
    public UnitView unit(@PathParam("id") String id) {
        return service.unit(CurrentCaller.require(), id);
    }

    @PUT
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnitView updateUnit(@PathParam("id") String id, UnitRequest body) {
        return service.updateUnit(CurrentCaller.require(), id, body);
    }

    @GET
    @Path("units/{id}/waiting-list")
    public List<PlacementView> unitWaitingList(@PathParam("id") String id) {
        return service.unitWaitingList(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(PlacementRequest body, @Context UriInfo uri) {
        PlacementView placement = service.place(CurrentCaller.require(), body);
        return created(uri, placement.id(), placement);
    }

    @GET
    @Path("placements")
    public List<PlacementView> placements(@QueryParam("personRef") String personRef) {
        return service.placements(CurrentCaller.require(), personRef);
    }

    @GET
    @Path("placements/{id}")
    public PlacementView placement(@PathParam("id") String id) {
        return service.placement(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/admission")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView admit(@PathParam("id") String id, Admission body) {
        return service.admit(CurrentCaller.require(), id, body == null ? null : body.startDate());
    }

    @POST
    @Path("placements/{id}/cancellation")
    public PlacementView cancel(@PathParam("id") String id) {
        return service.cancel(CurrentCaller.require(), id);
    }

    @PUT
    @Path("placements/{id}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView assignStaff(@PathParam("id") String id, Staff body) {
        return service.assignStaff(CurrentCaller.require(), id, body == null ? null : body.staff());
    }

    @PUT
    @Path("placements/{id}/work-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView reviseWorkPlan(@PathParam("id") String id, WorkPlanChange body) {
        return cases.reviseWorkPlan(CurrentCaller.require(), id, body);
    }

    @GET
    @Path("placements/{id}/work-plan/revisions")
    public List<WorkPlanRevision> workPlanRevisions(@PathParam("id") String id) {
        return cases.workPlanRevisions(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordVisit(@PathParam("id") String id, NewVisit body, @Context UriInfo uri) {
        VisitView visit = cases.recordVisit(CurrentCaller.require(), id, body);
        return created(uri, visit.id(), visit);
    }

    @GET
    @Path("placements/{id}/visits")
    public List<VisitView> visits(@PathParam("id") String id) {
        return cases.visits(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordKeyEvent(@PathParam("id") String id, NewKeyEvent body, @Context UriInfo uri) {
        KeyEventView event = cases.recordKeyEvent(CurrentCaller.require(), id, body);
        return created(uri, event.id(), event);
    }

    @GET
    @Path("placements/{id}/keys")
    public List<KeyEventView> keyEvents(@PathParam("id") String id) {
        return cases.keyEvents(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordBreach(@PathParam("id") String id, NewBreach body, @Context UriInfo uri) {
        BreachView breach = cases.recordBreach(CurrentCaller.require(), id, body);
        return created(uri, breach.id(), breach);
    }

    @GET
    @Path("placements/{id}/breaches")
    public List<BreachView> breaches(@PathParam("id") String id) {
        return cases.breaches(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView extendStay(@PathParam("id") String id, Extension body) {
        return service.extendStay(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("placements/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordFollowUp(@PathParam("id") String id, NewFollowUp body, @Context UriInfo uri) {
        FollowUpView followUp = cases.recordFollowUp(CurrentCaller.require(), id, body);
        return created(uri, followUp.id(), followUp);
    }

    @GET
    @Path("placements/{id}/follow-ups")
    public List<FollowUpView> followUps(@PathParam("id") String id) {
        return cases.followUps(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/move-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView moveOut(@PathParam("id") String id, MoveOut body) {
        return service.moveOut(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("placements/{id}/contract-transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView transferContract(@PathParam("id") String id, ContractTransfer body) {
        return service.transferContract(CurrentCaller.require(), id, body == null ? null : body.transferredOn());
    }

    @POST
    @Path("placements/{id}/treatment-plan-link")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView linkTreatmentPlan(@PathParam("id") String id, PlanLink body) {
        return service.linkTreatmentPlan(CurrentCaller.require(), id, body == null ? null : body.planId());
    }

    @GET
    @Path("placements/{id}/events")
    public List<CaseEventView> caseEvents(@PathParam("id") String id) {
        return cases.caseEvents(CurrentCaller.require(), id);
    }

    @GET
    @Path("reminders")
    public List<Reminder> reminders(@QueryParam("withinDays") String withinDays) {
        return service.reminders(CurrentCaller.require(), days(withinDays));
    }

    private static int days(String text) {
        if (text == null || text.isBlank()) {
            return 30;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("withinDays", "must be a whole number of days");
        }
    }

    @GET
    @Path("statistics")
    public StatisticsView statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.statistics(CurrentCaller.require(), from, to);
    }
}
