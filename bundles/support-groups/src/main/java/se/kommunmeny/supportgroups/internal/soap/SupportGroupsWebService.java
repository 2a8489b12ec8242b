package se.kommunmeny.supportgroups.internal.soap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import se.kommunmeny.supportgroups.api.MeetingChange;
import se.kommunmeny.supportgroups.api.SupportGroupsService;

/** Support groups over SOAP, at {@code /kommunmeny/soap/SupportGroups}: an operation for every REST one. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=SupportGroups")
@WebService(serviceName = "SupportGroups", portName = "SupportGroupsPort", name = "SupportGroupsPortType",
        targetNamespace = SupportGroupsWebService.NAMESPACE)
public class SupportGroupsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:support-groups:1";

    private final SupportGroupsService service;

    @Activate
    public SupportGroupsWebService(@Reference SupportGroupsService service) {
        this.service = service;
    }

    /** A date or instant as ISO text, or {@code null}. */
    static String iso(Object value) {
        return value == null ? null : value.toString();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Answers on the wire as a map; an answer given twice is a field problem, not a silent overwrite. */
    static Map<String, Integer> answers(List<AnswerXml> answers) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (AnswerXml a : answers == null ? List.<AnswerXml>of() : answers) {
            if (a == null || a.questionId == null) {
                throw new ValidationException("answer.questionId", "is required");
            }
            if (map.put(a.questionId, a.value) != null) {
                throw new ValidationException("answer." + a.questionId, "is given twice");
            }
        }
        return map;
    }

    @WebMethod
    @WebResult(name = "programme")
    public List<ProgrammeXml> listProgrammes() {
        return service.programmes(CurrentCaller.require()).stream().map(ProgrammeXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "cohort")
    public CohortXml createCohort(@WebParam(name = "cohort") CohortRequestXml cohort) {
        return CohortXml.of(service.createCohort(CurrentCaller.require(), required("cohort", cohort).toRecord()));
    }

    @WebMethod
    @WebResult(name = "cohort")
    public List<CohortXml> listCohorts(@WebParam(name = "programmeId") String programmeId) {
        return service.cohorts(CurrentCaller.require(), programmeId).stream().map(CohortXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "cohort")
    public CohortXml getCohort(@WebParam(name = "cohortId") String cohortId) {
        return CohortXml.of(service.cohort(CurrentCaller.require(), cohortId));
    }

    @WebMethod
    @WebResult(name = "meeting")
    public MeetingXml moveMeeting(@WebParam(name = "meetingId") String meetingId, @WebParam(name = "date") String date,
            @WebParam(name = "startTime") String startTime, @WebParam(name = "reason") String reason) {
        return MeetingXml.of(service.moveMeeting(CurrentCaller.require(), meetingId,
                new MeetingChange(date, startTime, reason)));
    }

    @WebMethod
    @WebResult(name = "meeting")
    public MeetingXml cancelMeeting(@WebParam(name = "meetingId") String meetingId,
            @WebParam(name = "reason") String reason) {
        return MeetingXml.of(service.cancelMeeting(CurrentCaller.require(), meetingId, reason));
    }

    @WebMethod
    @WebResult(name = "notice")
    public List<NoticeXml> listNotices(@WebParam(name = "cohortId") String cohortId) {
        return service.notices(CurrentCaller.require(), cohortId).stream().map(NoticeXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "notice")
    public NoticeXml markNoticeSent(@WebParam(name = "noticeId") String noticeId) {
        return NoticeXml.of(service.markNoticeSent(CurrentCaller.require(), noticeId));
    }

    @WebMethod
    @WebResult(name = "participant")
    public ParticipantXml enrol(@WebParam(name = "cohortId") String cohortId,
            @WebParam(name = "participant") ParticipantRequestXml participant) {
        return ParticipantXml.of(service.enrol(CurrentCaller.require(), cohortId,
                required("participant", participant).toRecord()));
    }

    @WebMethod
    @WebResult(name = "participant")
    public List<ParticipantXml> listParticipants(@WebParam(name = "cohortId") String cohortId) {
        return service.participants(CurrentCaller.require(), cohortId).stream().map(ParticipantXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "partnerView")
    public PartnerViewXml getPartnerView(@WebParam(name = "cohortId") String cohortId) {
        return PartnerViewXml.of(service.partnerView(CurrentCaller.require(), cohortId));
    }

    @WebMethod
    @WebResult(name = "participant")
    public ParticipantXml admit(@WebParam(name = "participantId") String participantId) {
        return ParticipantXml.of(service.admit(CurrentCaller.require(), participantId));
    }

    @WebMethod
    @WebResult(name = "participant")
    public ParticipantXml withdraw(@WebParam(name = "participantId") String participantId,
            @WebParam(name = "reason") String reason) {
        return ParticipantXml.of(service.withdraw(CurrentCaller.require(), participantId, reason));
    }

    @WebMethod
    @WebResult(name = "relative")
    public List<RelativeXml> listRelatives(@WebParam(name = "clientRef") String clientRef) {
        return service.relatives(CurrentCaller.require(), clientRef).stream().map(RelativeXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "presence")
    public List<AttendanceXml.PresenceXml> recordAttendance(@WebParam(name = "meetingId") String meetingId,
            @WebParam(name = "entry") List<AttendanceEntryXml> entries) {
        return service.recordAttendance(CurrentCaller.require(), meetingId,
                entries == null ? List.of() : entries.stream().map(e -> e == null ? null : e.toRecord()).toList())
                .stream().map(AttendanceXml.PresenceXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "attendance")
    public AttendanceXml getAttendance(@WebParam(name = "cohortId") String cohortId) {
        return AttendanceXml.of(service.attendance(CurrentCaller.require(), cohortId));
    }

    @WebMethod
    @WebResult(name = "questionnaire")
    public QuestionnaireXml addQuestionnaire(@WebParam(name = "cohortId") String cohortId,
            @WebParam(name = "answer") List<AnswerXml> answers) {
        return QuestionnaireXml.of(service.addQuestionnaire(CurrentCaller.require(), cohortId, answers(answers)));
    }

    @WebMethod
    @WebResult(name = "questionnaire")
    public QuestionnaireXml getQuestionnaire(@WebParam(name = "cohortId") String cohortId) {
        return QuestionnaireXml.of(service.questionnaire(CurrentCaller.require(), cohortId));
    }

    @WebMethod
    @WebResult(name = "statistics")
    public StatisticsXml getStatistics(@WebParam(name = "year") Integer year) {
        return StatisticsXml.of(service.statistics(CurrentCaller.require(), year));
    }
}
