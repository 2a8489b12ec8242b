package se.kommunmeny.employment.internal.rest;

import java.util.ArrayList;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.employment.api.Admission;
import se.kommunmeny.employment.api.AttendanceEntry;
import se.kommunmeny.employment.api.AttendanceSummary;
import se.kommunmeny.employment.api.AttendanceView;
import se.kommunmeny.employment.api.CaseEventView;
import se.kommunmeny.employment.api.EmploymentSupportService;
import se.kommunmeny.employment.api.EndRequest;
import se.kommunmeny.employment.api.KindView;
import se.kommunmeny.employment.api.MeetingView;
import se.kommunmeny.employment.api.NewMeeting;
import se.kommunmeny.employment.api.NewNote;
import se.kommunmeny.employment.api.NoteView;
import se.kommunmeny.employment.api.PlacementRequest;
import se.kommunmeny.employment.api.PlacementView;
import se.kommunmeny.employment.api.ReminderView;
import se.kommunmeny.employment.api.StatisticsView;
import se.kommunmeny.employment.api.StepChangeRequest;
import se.kommunmeny.employment.api.StepChangeView;
import se.kommunmeny.employment.api.WorkPlaceRequest;
import se.kommunmeny.employment.api.WorkPlaceView;
import se.kommunmeny.employment.api.WorkPlanChange;
import se.kommunmeny.employment.api.WorkPlanRevision;

/**
 * Employment support over REST, under {@code /kommunmeny/api/employment-support}: kinds, work places, placements
 * and their waiting lists, work plans, attendance, notes, network meetings, step changes, outcomes, the link to the
 * treatment plan, reminders and statistics.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=employment-support")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentSupportResource implements RestResource {
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper JSON = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final EmploymentSupportService service;

    @Activate
    public EmploymentSupportResource(@Reference EmploymentSupportService service) {
        this.service = service;
    }

    /** Body of a treatment-plan link. */
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
    @Path("workplaces")
    public List<WorkPlaceView> workPlaces(@QueryParam("kindId") String kindId) {
        return service.workPlaces(CurrentCaller.require(), kindId);
    }

    @POST
    @Path("workplaces")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerWorkPlace(WorkPlaceRequest request, @Context UriInfo uri) {
        WorkPlaceView w = service.registerWorkPlace(CurrentCaller.require(), request);
        return created(uri, w.id(), w);
    }

    @GET
    @Path("workplaces/{id}")
    public WorkPlaceView workPlace(@PathParam("id") String id) {
        return service.workPlace(CurrentCaller.require(), id);
    }

    @PUT
    @Path("workplaces/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkPlaceView updateWorkPlace(@PathParam("id") String id, WorkPlaceRequest request) {
        return service.updateWorkPlace(CurrentCaller.require(), id, request);
    }

    @GET
    @Path("workplaces/{id}/waiting-list")
    public List<PlacementView> waitingList(@PathParam("id") String id) {
        return service.waitingList(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(PlacementRequest request, @Context UriInfo uri) {
        PlacementView p = service.place(CurrentCaller.require(), request);
        return created(uri, p.id(), p);
    }

    @GET
    @Path("placements")
    public List<PlacementView> findPlacements(@QueryParam("personRef") String personRef) {
        return service.findPlacements(CurrentCaller.require(), personRef);
    }

    @GET
    @Path("placements/{id}")
    public PlacementView placement(@PathParam("id") String id) {
        return service.getPlacement(CurrentCaller.require(), id);
    }

    /** The body {@code {"startDate": "yyyy-mm-dd"}} is optional (today), so it is read as text: any or no type. */
    @POST
    @Path("placements/{id}/admission")
    public PlacementView admit(@PathParam("id") String id, String body) {
        Admission admission = admission(body);
        return service.admit(CurrentCaller.require(), id, admission == null ? null : admission.startDate());
    }

    static Admission admission(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, Admission.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "must be {\"startDate\": \"yyyy-mm-dd\"} or empty");
        }
    }

    @POST
    @Path("placements/{id}/cancellation")
    public PlacementView cancel(@PathParam("id") String id) {
        return service.cancel(CurrentCaller.require(), id);
    }

    /** Takes {@code {"staff": ["anna", …]}} or the bare list {@code ["anna", …]}. */
    @PUT
    @Path("placements/{id}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView assignStaff(@PathParam("id") String id, JsonNode body) {
        return service.assignStaff(CurrentCaller.require(), id, userNames(body));
    }

    static List<String> userNames(JsonNode body) {
        JsonNode list = body != null && body.isObject() ? body.get("staff") : body;
        if (body != null && body.isObject() && body.size() != (list == null ? 0 : 1)) {
            throw new ValidationException("body", "holds only the field staff");
        }
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw new ValidationException("staff", "must be a list of user names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : list) {
            names.add(n.isTextual() ? n.asText() : null);
        }
        return names;
    }

    @PUT
    @Path("placements/{id}/work-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView reviseWorkPlan(@PathParam("id") String id, WorkPlanChange change) {
        return service.reviseWorkPlan(CurrentCaller.require(), id, change);
    }

    @GET
    @Path("placements/{id}/work-plan/revisions")
    public List<WorkPlanRevision> workPlanRevisions(@PathParam("id") String id) {
        return service.workPlanRevisions(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordAttendance(@PathParam("id") String id, AttendanceEntry entry, @Context UriInfo uri) {
        AttendanceView a = service.recordAttendance(CurrentCaller.require(), id, entry);
        return created(uri, a.date().toString(), a);
    }

    @PUT
    @Path("placements/{id}/attendance/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceView correctAttendance(@PathParam("id") String id, @PathParam("date") String date,
            AttendanceEntry entry) {
        return service.correctAttendance(CurrentCaller.require(), id, date, entry);
    }

    @GET
    @Path("placements/{id}/attendance")
    public AttendanceSummary attendance(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.attendance(CurrentCaller.require(), id, from, to);
    }

    @POST
    @Path("placements/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") String id, NewNote note, @Context UriInfo uri) {
        NoteView n = service.addNote(CurrentCaller.require(), id, note);
        return created(uri, n.id(), n);
    }

    @GET
    @Path("placements/{id}/notes")
    public List<NoteView> notes(@PathParam("id") String id) {
        return service.notes(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordMeeting(@PathParam("id") String id, NewMeeting meeting, @Context UriInfo uri) {
        MeetingView m = service.recordMeeting(CurrentCaller.require(), id, meeting);
        return created(uri, m.id(), m);
    }

    @GET
    @Path("placements/{id}/meetings")
    public List<MeetingView> meetings(@PathParam("id") String id) {
        return service.meetings(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/step-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStep(@PathParam("id") String id, StepChangeRequest request, @Context UriInfo uri) {
        StepChangeView s = service.changeStep(CurrentCaller.require(), id, request);
        return created(uri, s.id(), s);
    }

    @GET
    @Path("placements/{id}/step-changes")
    public List<StepChangeView> stepChanges(@PathParam("id") String id) {
        return service.stepChanges(CurrentCaller.require(), id);
    }

    @POST
    @Path("placements/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView end(@PathParam("id") String id, EndRequest request) {
        return service.end(CurrentCaller.require(), id, request);
    }

    @POST
    @Path("placements/{id}/treatment-plan-link")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView linkTreatmentPlan(@PathParam("id") String id, PlanLink link) {
        return service.linkTreatmentPlan(CurrentCaller.require(), id, link == null ? null : link.planId());
    }

    @GET
    @Path("placements/{id}/events")
    public List<CaseEventView> events(@PathParam("id") String id) {
        return service.caseEvents(CurrentCaller.require(), id);
    }

    @GET
    @Path("reminders")
    public List<ReminderView> reminders(@QueryParam("withinDays") String withinDays) {
        return service.reminders(CurrentCaller.require(), withinDays(withinDays));
    }

    static Integer withinDays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
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
