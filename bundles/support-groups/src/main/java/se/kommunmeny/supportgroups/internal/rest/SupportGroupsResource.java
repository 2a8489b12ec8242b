package se.kommunmeny.supportgroups.internal.rest;

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
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.supportgroups.api.AttendanceEntry;
import se.kommunmeny.supportgroups.api.AttendanceView;
import se.kommunmeny.supportgroups.api.CohortRequest;
import se.kommunmeny.supportgroups.api.CohortView;
import se.kommunmeny.supportgroups.api.MeetingChange;
import se.kommunmeny.supportgroups.api.MeetingView;
import se.kommunmeny.supportgroups.api.NoticeView;
import se.kommunmeny.supportgroups.api.ParticipantRequest;
import se.kommunmeny.supportgroups.api.ParticipantView;
import se.kommunmeny.supportgroups.api.PartnerView;
import se.kommunmeny.supportgroups.api.ProgrammeView;
import se.kommunmeny.supportgroups.api.QuestionnaireSummary;
import se.kommunmeny.supportgroups.api.RelativeView;
import se.kommunmeny.supportgroups.api.StatisticsView;
import se.kommunmeny.supportgroups.api.SupportGroupsService;

/** Support groups over REST, under {@code /kommunmeny/api/support-groups}. */
@Component(service = RestResource.class, property = RestResource.BASE + "=" + SupportGroupsService.OFFERING)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SupportGroupsResource implements RestResource {
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper JSON = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final SupportGroupsService service;

    @Activate
    public SupportGroupsResource(@Reference SupportGroupsService service) {
        this.service = service;
    }

    /** Body of a cancellation or withdrawal. */
    public record Reason(String reason) {
    }

    /** Body of a paper questionnaire: question id to answer 1–5. */
    public record Questionnaire(Map<String, Integer> answers) {
    }

    private static Response created(UriBuilder location, Object entity) {
        return Response.created(location.build()).entity(entity).build();
    }

    /** The reason in an optional body {@code {"reason": "…"}}. */
    static String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            Reason reason = JSON.readValue(body, Reason.class);
            return reason == null ? null : reason.reason(); // the body "null": no reason, as an empty body
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "must be {\"reason\": \"…\"} or empty");
        }
    }

    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "must be a year, e.g. 2026");
        }
    }

    @GET
    @Path("programmes")
    public List<ProgrammeView> programmes() {
        return service.programmes(CurrentCaller.require());
    }

    @POST
    @Path("cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCohort(CohortRequest body, @Context UriInfo uri) {
        CohortView cohort = service.createCohort(CurrentCaller.require(), body);
        return created(uri.getAbsolutePathBuilder().path(cohort.id()), cohort);
    }

    @GET
    @Path("cohorts")
    public List<CohortView> cohorts(@QueryParam("programmeId") String programmeId) {
        return service.cohorts(CurrentCaller.require(), programmeId);
    }

    @GET
    @Path("cohorts/{id}")
    public CohortView cohort(@PathParam("id") String id) {
        return service.cohort(CurrentCaller.require(), id);
    }

    @PUT
    @Path("meetings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView moveMeeting(@PathParam("id") String id, MeetingChange body) {
        return service.moveMeeting(CurrentCaller.require(), id, body);
    }

    @POST
    @Path("meetings/{id}/cancellation")
    public MeetingView cancelMeeting(@PathParam("id") String id, String body) {
        return service.cancelMeeting(CurrentCaller.require(), id, reason(body));
    }

    @GET
    @Path("cohorts/{id}/notices")
    public List<NoticeView> notices(@PathParam("id") String id) {
        return service.notices(CurrentCaller.require(), id);
    }

    @POST
    @Path("notices/{id}/sent")
    public NoticeView markSent(@PathParam("id") String id) {
        return service.markNoticeSent(CurrentCaller.require(), id);
    }

    @POST
    @Path("cohorts/{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(@PathParam("id") String id, ParticipantRequest body, @Context UriInfo uri) {
        ParticipantView participant = service.enrol(CurrentCaller.require(), id, body);
        return created(uri.getBaseUriBuilder().path("participants").path(participant.id()), participant);
    }

    @GET
    @Path("cohorts/{id}/participants")
    public List<ParticipantView> participants(@PathParam("id") String id) {
        return service.participants(CurrentCaller.require(), id);
    }

    @GET
    @Path("cohorts/{id}/partner-view")
    public PartnerView partnerView(@PathParam("id") String id) {
        return service.partnerView(CurrentCaller.require(), id);
    }

    @POST
    @Path("participants/{id}/admission")
    public ParticipantView admit(@PathParam("id") String id) {
        return service.admit(CurrentCaller.require(), id);
    }

    @POST
    @Path("participants/{id}/withdrawal")
    public ParticipantView withdraw(@PathParam("id") String id, String body) {
        return service.withdraw(CurrentCaller.require(), id, reason(body));
    }

    @GET
    @Path("clients/{clientRef}/relatives")
    public List<RelativeView> relatives(@PathParam("clientRef") String clientRef) {
        return service.relatives(CurrentCaller.require(), clientRef);
    }

    @PUT
    @Path("meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AttendanceView.Presence> recordAttendance(@PathParam("id") String id, List<AttendanceEntry> body) {
        return service.recordAttendance(CurrentCaller.require(), id, body);
    }

    @GET
    @Path("cohorts/{id}/attendance")
    public AttendanceView attendance(@PathParam("id") String id) {
        return service.attendance(CurrentCaller.require(), id);
    }

    @POST
    @Path("cohorts/{id}/questionnaires")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addQuestionnaire(@PathParam("id") String id, Questionnaire body, @Context UriInfo uri) {
        QuestionnaireSummary summary = service.addQuestionnaire(CurrentCaller.require(), id,
                body == null ? null : body.answers());
        return created(uri.getBaseUriBuilder().path("cohorts").path(id).path("questionnaire"), summary);
    }

    @GET
    @Path("cohorts/{id}/questionnaire")
    public QuestionnaireSummary questionnaire(@PathParam("id") String id) {
        return service.questionnaire(CurrentCaller.require(), id);
    }

    @GET
    @Path("statistics")
    public StatisticsView statistics(@QueryParam("year") String year) {
        return service.statistics(CurrentCaller.require(), year(year));
    }
}
