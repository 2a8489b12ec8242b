package se.kommunmeny.treatmentplan.internal.rest;

import java.util.List;
import java.util.Map;

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

import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.treatmentplan.api.AssessmentView;
import se.kommunmeny.treatmentplan.api.Attendance;
import se.kommunmeny.treatmentplan.api.CalendarResult;
import se.kommunmeny.treatmentplan.api.CourseService;
import se.kommunmeny.treatmentplan.api.DrugTestView;
import se.kommunmeny.treatmentplan.api.NewAssessment;
import se.kommunmeny.treatmentplan.api.NewDrugTest;
import se.kommunmeny.treatmentplan.api.NewNote;
import se.kommunmeny.treatmentplan.api.NewReferral;
import se.kommunmeny.treatmentplan.api.NewRelapse;
import se.kommunmeny.treatmentplan.api.NewSession;
import se.kommunmeny.treatmentplan.api.NoteView;
import se.kommunmeny.treatmentplan.api.OutreachOutcome;
import se.kommunmeny.treatmentplan.api.OutreachTaskView;
import se.kommunmeny.treatmentplan.api.ReferralView;
import se.kommunmeny.treatmentplan.api.RelapseView;
import se.kommunmeny.treatmentplan.api.ReportReview;
import se.kommunmeny.treatmentplan.api.ReportView;
import se.kommunmeny.treatmentplan.api.SessionView;

/**
 * A client's course over REST, under {@code /kommunmeny/api/treatment-course}: sessions and attendance, notes, drug
 * tests, assessments, outreach, relapses, referrals, reports (JSON, HTML, FHIR R4) and return days.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=treatment-course")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource implements RestResource {
    /** FHIR's JSON media type. */
    public static final String FHIR_JSON = "application/fhir+json";

    private final CourseService service;

    @Activate
    public CourseResource(@Reference CourseService service) {
        this.service = service;
    }

    /** Body naming the practitioners assigned to an enrolment. */
    public record Practitioners(List<String> practitioners) {
    }

    /** Body of a calendar generation: the first day, when not the start of the granted period. */
    public record CalendarStart(String startDate) {
    }

    /** Body asking for a report. */
    public record ReportRequest(String kind, String month) {
    }

    /** Body scheduling return days. */
    public record ReturnDays(String firstDate) {
    }

    private static Response created(UriInfo uri, String base, String id, Object entity) {
        return Response.created(uri.getBaseUriBuilder().path(base).path(id).build()).entity(entity).build();
    }

    @PUT
    @Path("enrolments/{id}/practitioners")
    @Consumes(MediaType.APPLICATION_JSON)
    public Practitioners assign(@PathParam("id") String id, Practitioners body) {
        return new Practitioners(service.assign(CurrentCaller.require(), id, body == null ? null : body.practitioners()));
    }

    @GET
    @Path("enrolments/{id}/practitioners")
    public Practitioners practitioners(@PathParam("id") String id) {
        return new Practitioners(service.practitioners(CurrentCaller.require(), id));
    }

    @POST
    @Path("enrolments/{id}/calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarResult calendar(@PathParam("id") String id, CalendarStart body) {
        return service.generateCalendar(CurrentCaller.require(), id, body == null ? null : body.startDate());
    }

    @POST
    @Path("enrolments/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, NewSession body, @Context UriInfo uri) {
        SessionView s = service.addSession(CurrentCaller.require(), id, body);
        return created(uri, "sessions", s.id(), s);
    }

    @GET
    @Path("enrolments/{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.sessions(CurrentCaller.require(), id, from, to);
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView attendance(@PathParam("id") String id, Attendance body) {
        return service.recordAttendance(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("enrolments/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") String id, NewNote body, @Context UriInfo uri) {
        NoteView n = service.addNote(CurrentCaller.require(), id, body);
        return created(uri, "notes", n.id(), n);
    }

    @GET
    @Path("enrolments/{id}/notes")
    public List<NoteView> notes(@PathParam("id") String id) {
        return service.notes(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/drug-tests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response drugTest(@PathParam("id") String id, NewDrugTest body, @Context UriInfo uri) {
        DrugTestView t = service.recordDrugTest(CurrentCaller.require(), id, body);
        return created(uri, "drug-tests", t.id(), t);
    }

    @GET
    @Path("enrolments/{id}/drug-tests")
    public List<DrugTestView> drugTests(@PathParam("id") String id) {
        return service.drugTests(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assessment(@PathParam("id") String id, NewAssessment body, @Context UriInfo uri) {
        AssessmentView a = service.recordAssessment(CurrentCaller.require(), id, body);
        return created(uri, "assessments", a.id(), a);
    }

    @GET
    @Path("enrolments/{id}/assessments")
    public List<AssessmentView> assessments(@PathParam("id") String id) {
        return service.assessments(CurrentCaller.require(), id);
    }

    @GET
    @Path("outreach")
    public List<OutreachTaskView> outreach(@QueryParam("status") String status) {
        return service.outreachTasks(CurrentCaller.require(), status);
    }

    @POST
    @Path("outreach/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutreachTaskView outreachOutcome(@PathParam("id") String id, OutreachOutcome body) {
        return service.recordOutreach(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("outreach/escalation")
    public Map<String, Integer> escalate() {
        return Map.of("escalated", service.escalateOverdue(CurrentCaller.require()));
    }

    @POST
    @Path("enrolments/{id}/relapses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response relapse(@PathParam("id") String id, NewRelapse body, @Context UriInfo uri) {
        RelapseView r = service.recordRelapse(CurrentCaller.require(), id, body);
        return created(uri, "relapses", r.id(), r);
    }

    @GET
    @Path("enrolments/{id}/relapses")
    public List<RelapseView> relapses(@PathParam("id") String id) {
        return service.relapses(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(@PathParam("id") String id, NewReferral body, @Context UriInfo uri) {
        ReferralView r = service.refer(CurrentCaller.require(), id, body);
        return created(uri, "referrals", r.id(), r);
    }

    @GET
    @Path("enrolments/{id}/referrals")
    public List<ReferralView> referrals(@PathParam("id") String id) {
        return service.referrals(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") String id, ReportRequest body, @Context UriInfo uri) {
        ReportView r = service.generateReport(CurrentCaller.require(), id, body == null ? null : body.kind(),
                body == null ? null : body.month());
        return created(uri, "reports", r.id(), r);
    }

    @GET
    @Path("enrolments/{id}/reports")
    public List<ReportView> reports(@PathParam("id") String id) {
        return service.reports(CurrentCaller.require(), id);
    }

    @GET
    @Path("reports/{id}")
    public ReportView getReport(@PathParam("id") String id) {
        return service.report(CurrentCaller.require(), id);
    }

    @PUT
    @Path("reports/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportView review(@PathParam("id") String id, ReportReview body) {
        return service.review(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("reports/{id}/sent")
    public ReportView send(@PathParam("id") String id) {
        return service.send(CurrentCaller.require(), id);
    }

    @GET
    @Path("reports/{id}/document")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String document(@PathParam("id") String id) {
        return service.reportDocument(CurrentCaller.require(), id);
    }

    @GET
    @Path("enrolments/{id}/fhir")
    @Produces(FHIR_JSON)
    public String fhir(@PathParam("id") String id) {
        return service.fhirBundle(CurrentCaller.require(), id);
    }

    @POST
    @Path("enrolments/{id}/return-days")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<SessionView> returnDays(@PathParam("id") String id, ReturnDays body) {
        return service.scheduleReturnDays(CurrentCaller.require(), id, body == null ? null : body.firstDate());
    }
}
