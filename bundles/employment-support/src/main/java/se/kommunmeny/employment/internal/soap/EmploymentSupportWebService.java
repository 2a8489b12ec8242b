package se.kommunmeny.employment.internal.soap;

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
import se.kommunmeny.employment.api.EmploymentSupportService;
import se.kommunmeny.employment.api.EndRequest;
import se.kommunmeny.employment.api.WorkPlanChange;

/** Employment support over SOAP, at {@code /kommunmeny/soap/EmploymentSupport}: one operation per REST operation. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=EmploymentSupport")
@WebService(serviceName = "EmploymentSupport", portName = "EmploymentSupportPort",
        name = "EmploymentSupportPortType", targetNamespace = EmploymentSupportWebService.NAMESPACE)
public class EmploymentSupportWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:employment-support:1";

    private final EmploymentSupportService service;

    @Activate
    public EmploymentSupportWebService(@Reference EmploymentSupportService service) {
        this.service = service;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new ValidationException(name, "is required");
        }
        return value;
    }

    @WebMethod
    @WebResult(name = "kind")
    public List<KindXml> listKinds() {
        return service.kinds(CurrentCaller.require()).stream().map(KindXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "workPlace")
    public List<WorkPlaceXml> listWorkPlaces(@WebParam(name = "kindId") String kindId) {
        return service.workPlaces(CurrentCaller.require(), kindId).stream().map(WorkPlaceXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "workPlace")
    public WorkPlaceXml getWorkPlace(@WebParam(name = "workPlaceId") String workPlaceId) {
        return WorkPlaceXml.of(service.workPlace(CurrentCaller.require(), workPlaceId));
    }

    @WebMethod
    @WebResult(name = "workPlace")
    public WorkPlaceXml registerWorkPlace(@WebParam(name = "workPlace") WorkPlaceRequestXml workPlace) {
        return WorkPlaceXml.of(service.registerWorkPlace(CurrentCaller.require(),
                required("workPlace", workPlace).toRecord()));
    }

    @WebMethod
    @WebResult(name = "workPlace")
    public WorkPlaceXml updateWorkPlace(@WebParam(name = "workPlaceId") String workPlaceId,
            @WebParam(name = "workPlace") WorkPlaceRequestXml workPlace) {
        return WorkPlaceXml.of(service.updateWorkPlace(CurrentCaller.require(), workPlaceId,
                required("workPlace", workPlace).toRecord()));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml place(@WebParam(name = "placement") PlacementRequestXml placement) {
        return PlacementXml.of(service.place(CurrentCaller.require(), required("placement", placement).toRecord()));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml getPlacement(@WebParam(name = "placementId") String placementId) {
        return PlacementXml.of(service.getPlacement(CurrentCaller.require(), placementId));
    }

    @WebMethod
    @WebResult(name = "placement")
    public List<PlacementXml> findPlacements(@WebParam(name = "personRef") String personRef) {
        return service.findPlacements(CurrentCaller.require(), personRef).stream().map(PlacementXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public List<PlacementXml> waitingList(@WebParam(name = "workPlaceId") String workPlaceId) {
        return service.waitingList(CurrentCaller.require(), workPlaceId).stream().map(PlacementXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml admit(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "startDate") String startDate) {
        return PlacementXml.of(service.admit(CurrentCaller.require(), placementId, startDate));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml cancel(@WebParam(name = "placementId") String placementId) {
        return PlacementXml.of(service.cancel(CurrentCaller.require(), placementId));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml assignStaff(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "staff") List<String> staff) {
        return PlacementXml.of(service.assignStaff(CurrentCaller.require(), placementId,
                staff == null ? List.of() : staff));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml reviseWorkPlan(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "version") Long version, @WebParam(name = "workPlan") WorkPlanXml workPlan) {
        return PlacementXml.of(service.reviseWorkPlan(CurrentCaller.require(), placementId,
                new WorkPlanChange(version, workPlan == null ? null : workPlan.toRecord())));
    }

    @WebMethod
    @WebResult(name = "revision")
    public List<WorkPlanRevisionXml> listWorkPlanRevisions(@WebParam(name = "placementId") String placementId) {
        return service.workPlanRevisions(CurrentCaller.require(), placementId).stream().map(WorkPlanRevisionXml::of)
                .toList();
    }

    @WebMethod
    @WebResult(name = "attendance")
    public AttendanceXml recordAttendance(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "attendance") AttendanceEntryXml attendance) {
        return AttendanceXml.of(service.recordAttendance(CurrentCaller.require(), placementId,
                required("attendance", attendance).toRecord()));
    }

    @WebMethod
    @WebResult(name = "attendance")
    public AttendanceXml correctAttendance(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "date") String date, @WebParam(name = "attendance") AttendanceEntryXml attendance) {
        return AttendanceXml.of(service.correctAttendance(CurrentCaller.require(), placementId, date,
                required("attendance", attendance).toRecord()));
    }

    @WebMethod
    @WebResult(name = "attendance")
    public AttendanceXml.SummaryXml listAttendance(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "from") String from, @WebParam(name = "to") String to) {
        return AttendanceXml.SummaryXml.of(service.attendance(CurrentCaller.require(), placementId, from, to));
    }

    @WebMethod
    @WebResult(name = "note")
    public NoteXml addNote(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "note") NoteXml.NewNoteXml note) {
        return NoteXml.of(service.addNote(CurrentCaller.require(), placementId, required("note", note).toRecord()));
    }

    @WebMethod
    @WebResult(name = "note")
    public List<NoteXml> listNotes(@WebParam(name = "placementId") String placementId) {
        return service.notes(CurrentCaller.require(), placementId).stream().map(NoteXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "meeting")
    public MeetingXml recordMeeting(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "meeting") MeetingXml.NewMeetingXml meeting) {
        return MeetingXml.of(service.recordMeeting(CurrentCaller.require(), placementId,
                required("meeting", meeting).toRecord()));
    }

    @WebMethod
    @WebResult(name = "meeting")
    public List<MeetingXml> listMeetings(@WebParam(name = "placementId") String placementId) {
        return service.meetings(CurrentCaller.require(), placementId).stream().map(MeetingXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "stepChange")
    public StepChangeXml changeStep(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "stepChange") StepChangeXml.RequestXml stepChange) {
        return StepChangeXml.of(service.changeStep(CurrentCaller.require(), placementId,
                required("stepChange", stepChange).toRecord()));
    }

    @WebMethod
    @WebResult(name = "stepChange")
    public List<StepChangeXml> listStepChanges(@WebParam(name = "placementId") String placementId) {
        return service.stepChanges(CurrentCaller.require(), placementId).stream().map(StepChangeXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml endPlacement(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "endedOn") String endedOn, @WebParam(name = "outcome") String outcome,
            @WebParam(name = "note") String note) {
        return PlacementXml.of(service.end(CurrentCaller.require(), placementId, new EndRequest(endedOn, outcome, note)));
    }

    @WebMethod
    @WebResult(name = "placement")
    public PlacementXml linkTreatmentPlan(@WebParam(name = "placementId") String placementId,
            @WebParam(name = "planId") String planId) {
        return PlacementXml.of(service.linkTreatmentPlan(CurrentCaller.require(), placementId, planId));
    }

    @WebMethod
    @WebResult(name = "event")
    public List<CaseEventXml> listCaseEvents(@WebParam(name = "placementId") String placementId) {
        return service.caseEvents(CurrentCaller.require(), placementId).stream().map(CaseEventXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "reminder")
    public List<CaseEventXml.ReminderXml> reminders(@WebParam(name = "withinDays") Integer withinDays) {
        return service.reminders(CurrentCaller.require(), withinDays).stream().map(CaseEventXml.ReminderXml::of)
                .toList();
    }

    @WebMethod
    @WebResult(name = "statistics")
    public StatisticsXml statistics(@WebParam(name = "from") String from, @WebParam(name = "to") String to) {
        return StatisticsXml.of(service.statistics(CurrentCaller.require(), from, to));
    }

    /** A date or instant as ISO text, or {@code null}. */
    static String iso(Object value) {
        return value == null ? null : value.toString();
    }
}
