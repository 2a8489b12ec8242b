package se.kommunmeny.supportgroups.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
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

/**
 * Stödgrupper: every operation runs through {@link GroupAccess#attempt}, so a refused one is audited and has
 * changed nothing.
 */
@Component(service = SupportGroupsService.class)
public class SupportGroupsServiceImpl implements SupportGroupsService {
    private static final String COHORTS = GroupAccess.RESOURCE + "cohorts";

    private final Programmes programmes = new Programmes();
    private final GroupAccess access;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Rosters rosters;
    private final Records records;
    private final Insights insights;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Activate
    public SupportGroupsServiceImpl(@Reference SupportGroupsRepository repository, @Reference PersonService persons,
            @Reference AuditService audit) {
        this.access = new GroupAccess(audit);
        this.cohorts = new Cohorts(repository, access, programmes);
        this.enrolments = new Enrolments(repository, persons, access, programmes);
        this.rosters = new Rosters(repository, access, programmes);
        this.records = new Records(repository, access, programmes);
        this.insights = new Insights(repository, programmes);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProgramme(ConfiguredProgramme programme) {
        programmes.add(programme);
    }

    void removeProgramme(ConfiguredProgramme programme) {
        programmes.remove(programme);
    }

    private static String cohort(String id, String part) {
        return GroupAccess.cohortResource(id, part);
    }

    private static String meeting(String id, String part) {
        return GroupAccess.RESOURCE + "meeting/" + id + "/" + part;
    }

    @Override
    public List<ProgrammeView> programmes(Caller caller) {
        return access.attempt(caller, GroupAccess.RESOURCE + "programmes", () -> {
            caller.requireAnyRole(Role.STAFF);
            return programmes.list().stream().map(ConfiguredProgramme::view).toList();
        });
    }

    @Override
    public CohortView createCohort(Caller caller, CohortRequest request) {
        CohortView view = access.attempt(caller, COHORTS, () -> cohorts.create(caller, request));
        Events.post(events, TOPIC_COHORT_STARTED, view.id(), null);
        return view;
    }

    @Override
    public List<CohortView> cohorts(Caller caller, String programmeId) {
        return access.attempt(caller, COHORTS, () -> cohorts.list(caller, programmeId));
    }

    @Override
    public CohortView cohort(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, null), () -> cohorts.get(caller, cohortId));
    }

    @Override
    public MeetingView moveMeeting(Caller caller, String meetingId, MeetingChange change) {
        MeetingView view = access.attempt(caller, meeting(meetingId, "move"), () -> cohorts.move(caller, meetingId, change));
        Events.post(events, TOPIC_MEETING_MOVED, view.cohortId(), view.id());
        return view;
    }

    @Override
    public MeetingView cancelMeeting(Caller caller, String meetingId, String reason) {
        MeetingView view = access.attempt(caller, meeting(meetingId, "cancellation"),
                () -> cohorts.cancel(caller, meetingId, reason));
        Events.post(events, TOPIC_MEETING_CANCELLED, view.cohortId(), view.id());
        return view;
    }

    @Override
    public List<NoticeView> notices(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, "notices"), () -> cohorts.notices(caller, cohortId));
    }

    @Override
    public NoticeView markNoticeSent(Caller caller, String noticeId) {
        return access.attempt(caller, GroupAccess.RESOURCE + "notice/" + noticeId + "/sent",
                () -> cohorts.markSent(caller, noticeId));
    }

    @Override
    public ParticipantView enrol(Caller caller, String cohortId, ParticipantRequest request) {
        return access.attempt(caller, cohort(cohortId, "participants"), () -> enrolments.enrol(caller, cohortId, request));
    }

    @Override
    public List<ParticipantView> participants(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, "participants"), () -> rosters.participants(caller, cohortId));
    }

    @Override
    public PartnerView partnerView(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, "partner-view"), () -> rosters.partnerView(caller, cohortId));
    }

    @Override
    public ParticipantView admit(Caller caller, String participantId) {
        return access.attempt(caller, GroupAccess.participantResource(participantId) + "/admission",
                () -> enrolments.admit(caller, participantId));
    }

    @Override
    public ParticipantView withdraw(Caller caller, String participantId, String reason) {
        return access.attempt(caller, GroupAccess.participantResource(participantId) + "/withdrawal",
                () -> enrolments.withdraw(caller, participantId, reason));
    }

    @Override
    public List<RelativeView> relatives(Caller caller, String clientRef) {
        return access.attempt(caller, GroupAccess.RESOURCE + "clients/" + clientRef + "/relatives",
                () -> rosters.relatives(caller, clientRef));
    }

    @Override
    public List<AttendanceView.Presence> recordAttendance(Caller caller, String meetingId,
            List<AttendanceEntry> entries) {
        return access.attempt(caller, meeting(meetingId, "attendance"),
                () -> records.recordAttendance(caller, meetingId, entries));
    }

    @Override
    public AttendanceView attendance(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, "attendance"), () -> records.attendance(caller, cohortId));
    }

    @Override
    public QuestionnaireSummary addQuestionnaire(Caller caller, String cohortId, Map<String, Integer> answers) {
        return access.attempt(caller, cohort(cohortId, "questionnaires"),
                () -> records.addQuestionnaire(caller, cohortId, answers));
    }

    @Override
    public QuestionnaireSummary questionnaire(Caller caller, String cohortId) {
        return access.attempt(caller, cohort(cohortId, "questionnaire"), () -> records.questionnaire(caller, cohortId));
    }

    @Override
    public StatisticsView statistics(Caller caller, Integer year) {
        return access.attempt(caller, GroupAccess.RESOURCE + "statistics", () -> insights.statistics(caller, year));
    }
}
