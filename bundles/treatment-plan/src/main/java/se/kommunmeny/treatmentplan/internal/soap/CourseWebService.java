package se.kommunmeny.treatmentplan.internal.soap;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.SoapEndpoint;
import se.kommunmeny.treatmentplan.api.CourseService;

/** A client's course through a programme over SOAP, at {@code /kommunmeny/soap/TreatmentCourse}. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=TreatmentCourse")
@WebService(serviceName = "TreatmentCourse", portName = "TreatmentCoursePort", name = "TreatmentCoursePortType",
        targetNamespace = CourseWebService.NAMESPACE)
public class CourseWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:treatment-course:1";

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final CourseService service;

    @Activate
    public CourseWebService(@Reference CourseService service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "practitioner")
    public List<String> assignPractitioners(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "practitioner") List<String> practitioners) {
        return service.assign(CurrentCaller.require(), enrolmentId, practitioners == null ? List.of() : practitioners);
    }

    @WebMethod
    @WebResult(name = "practitioner")
    public List<String> listPractitioners(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.practitioners(CurrentCaller.require(), enrolmentId);
    }

    @WebMethod
    @WebResult(name = "calendar")
    public CalendarResultXml generateCalendar(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "startDate") String startDate) {
        return CalendarResultXml.of(service.generateCalendar(CurrentCaller.require(), enrolmentId, startDate));
    }

    @WebMethod
    @WebResult(name = "session")
    public SessionXml addSession(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "session") NewSessionXml session) {
        if (session == null) {
            throw new ValidationException("session", "is required");
        }
        return SessionXml.of(service.addSession(CurrentCaller.require(), enrolmentId, session.toRecord()));
    }

    @WebMethod
    @WebResult(name = "session")
    public List<SessionXml> listSessions(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "from") String from, @WebParam(name = "to") String to) {
        return service.sessions(CurrentCaller.require(), enrolmentId, from, to).stream().map(SessionXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "session")
    public SessionXml recordAttendance(@WebParam(name = "sessionId") String sessionId,
            @WebParam(name = "attendance") AttendanceXml attendance) {
        if (attendance == null) {
            throw new ValidationException("attendance", "is required");
        }
        return SessionXml.of(service.recordAttendance(CurrentCaller.require(), sessionId, attendance.toRecord()));
    }

    @WebMethod
    @WebResult(name = "note")
    public NoteXml addNote(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "note") NewNoteXml note) {
        if (note == null) {
            throw new ValidationException("note", "is required");
        }
        return NoteXml.of(service.addNote(CurrentCaller.require(), enrolmentId, note.toRecord()));
    }

    @WebMethod
    @WebResult(name = "note")
    public List<NoteXml> listNotes(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.notes(CurrentCaller.require(), enrolmentId).stream().map(NoteXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "drugTest")
    public DrugTestXml recordDrugTest(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "test") NewDrugTestXml test) {
        if (test == null) {
            throw new ValidationException("test", "is required");
        }
        return DrugTestXml.of(service.recordDrugTest(CurrentCaller.require(), enrolmentId, test.toRecord()));
    }

    @WebMethod
    @WebResult(name = "drugTest")
    public List<DrugTestXml> listDrugTests(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.drugTests(CurrentCaller.require(), enrolmentId).stream().map(DrugTestXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "assessment")
    public AssessmentXml recordAssessment(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "assessment") NewAssessmentXml assessment) {
        if (assessment == null) {
            throw new ValidationException("assessment", "is required");
        }
        return AssessmentXml.of(service.recordAssessment(CurrentCaller.require(), enrolmentId, assessment.toRecord()));
    }

    @WebMethod
    @WebResult(name = "assessment")
    public List<AssessmentXml> listAssessments(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.assessments(CurrentCaller.require(), enrolmentId).stream().map(AssessmentXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "task")
    public List<OutreachTaskXml> listOutreachTasks(@WebParam(name = "status") String status) {
        return service.outreachTasks(CurrentCaller.require(), status).stream().map(OutreachTaskXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "task")
    public OutreachTaskXml recordOutreach(@WebParam(name = "taskId") String taskId,
            @WebParam(name = "outcome") OutreachOutcomeXml outcome) {
        if (outcome == null) {
            throw new ValidationException("outcome", "is required");
        }
        return OutreachTaskXml.of(service.recordOutreach(CurrentCaller.require(), taskId, outcome.toRecord()));
    }

    @WebMethod
    @WebResult(name = "escalated")
    public int escalateOverdue() {
        return service.escalateOverdue(CurrentCaller.require());
    }

    @WebMethod
    @WebResult(name = "relapse")
    public RelapseXml recordRelapse(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "relapse") NewRelapseXml relapse) {
        if (relapse == null) {
            throw new ValidationException("relapse", "is required");
        }
        return RelapseXml.of(service.recordRelapse(CurrentCaller.require(), enrolmentId, relapse.toRecord()));
    }

    @WebMethod
    @WebResult(name = "relapse")
    public List<RelapseXml> listRelapses(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.relapses(CurrentCaller.require(), enrolmentId).stream().map(RelapseXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "referral")
    public ReferralXml refer(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "referral") NewReferralXml referral) {
        if (referral == null) {
            throw new ValidationException("referral", "is required");
        }
        return ReferralXml.of(service.refer(CurrentCaller.require(), enrolmentId, referral.toRecord()));
    }

    @WebMethod
    @WebResult(name = "referral")
    public List<ReferralXml> listReferrals(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.referrals(CurrentCaller.require(), enrolmentId).stream().map(ReferralXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "report")
    public ReportXml generateReport(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "kind") String kind, @WebParam(name = "month") String month) {
        return ReportXml.of(service.generateReport(CurrentCaller.require(), enrolmentId, kind, month));
    }

    @WebMethod
    @WebResult(name = "report")
    public ReportXml reviewReport(@WebParam(name = "reportId") String reportId,
            @WebParam(name = "review") ReportReviewXml review) {
        if (review == null) {
            throw new ValidationException("review", "is required");
        }
        return ReportXml.of(service.review(CurrentCaller.require(), reportId, review.toRecord()));
    }

    @WebMethod
    @WebResult(name = "report")
    public ReportXml sendReport(@WebParam(name = "reportId") String reportId) {
        return ReportXml.of(service.send(CurrentCaller.require(), reportId));
    }

    @WebMethod
    @WebResult(name = "report")
    public ReportXml getReport(@WebParam(name = "reportId") String reportId) {
        return ReportXml.of(service.report(CurrentCaller.require(), reportId));
    }

    @WebMethod
    @WebResult(name = "report")
    public List<ReportXml> listReports(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.reports(CurrentCaller.require(), enrolmentId).stream().map(ReportXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "html")
    public String getReportDocument(@WebParam(name = "reportId") String reportId) {
        return service.reportDocument(CurrentCaller.require(), reportId);
    }

    @WebMethod
    @WebResult(name = "bundle")
    public String getFhirBundle(@WebParam(name = "enrolmentId") String enrolmentId) {
        return service.fhirBundle(CurrentCaller.require(), enrolmentId);
    }

    @WebMethod
    @WebResult(name = "session")
    public List<SessionXml> scheduleReturnDays(@WebParam(name = "enrolmentId") String enrolmentId,
            @WebParam(name = "firstDate") String firstDate) {
        return service.scheduleReturnDays(CurrentCaller.require(), enrolmentId, firstDate).stream()
                .map(SessionXml::of).toList();
    }

    /** A day or an instant as ISO-8601 text, or {@code null}. */
    static String iso(Object value) {
        return value == null ? null : value.toString();
    }

    /** A time of day as HH:mm, or {@code null}. */
    static String hoursMinutes(LocalTime time) {
        return time == null ? null : HOURS_MINUTES.format(time);
    }
}
