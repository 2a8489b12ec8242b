package se.kommunmeny.supportgroups.api;

import java.util.List;
import java.util.Map;

import se.kommunmeny.core.api.security.Caller;

/**
 * Stödgrupper: group programmes for relatives and children, run in cohorts. Every access to a participant is
 * audited; refused attempts are audited as DENIED or REJECTED and change nothing.
 */
@org.osgi.annotation.versioning.ProviderType
public interface SupportGroupsService {
    String OFFERING = "support-groups";
    /** A cohort was set up; properties {@code cohort.id}. */
    String TOPIC_COHORT_STARTED = "se/kommunmeny/support-groups/COHORT_STARTED";
    /** A meeting was moved; properties {@code cohort.id}, {@code meeting.id}. */
    String TOPIC_MEETING_MOVED = "se/kommunmeny/support-groups/MEETING_MOVED";
    /** A meeting was cancelled; properties {@code cohort.id}, {@code meeting.id}. */
    String TOPIC_MEETING_CANCELLED = "se/kommunmeny/support-groups/MEETING_CANCELLED";

    /** The configured programmes with their templates' rules. */
    List<ProgrammeView> programmes(Caller caller);

    /** Sets up a cohort with its generated meeting calendar (unit manager). */
    CohortView createCohort(Caller caller, CohortRequest request);

    /** Cohorts, optionally of one programme: all for the unit manager and case officer, a leader's own otherwise. */
    List<CohortView> cohorts(Caller caller, String programmeId);

    CohortView cohort(Caller caller, String cohortId);

    /** Moves a meeting within the cohort's period; one notice per participant with a contact. */
    MeetingView moveMeeting(Caller caller, String meetingId, MeetingChange change);

    /** Cancels a meeting; one notice per participant with a contact. */
    MeetingView cancelMeeting(Caller caller, String meetingId, String reason);

    /** The outbox of a cohort's notices (leaders). */
    List<NoticeView> notices(Caller caller, String cohortId);

    /** Marks a notice sent by whoever sent it. */
    NoticeView markNoticeSent(Caller caller, String noticeId);

    /** Enrols a participant: registered, anonymous or in a partner's share. */
    ParticipantView enrol(Caller caller, String cohortId, ParticipantRequest request);

    /** The cohort's participants, waiting ones too; a case officer sees only those they enrolled. */
    List<ParticipantView> participants(Caller caller, String cohortId);

    /** A partner municipality's view: its own participants and the cohort's aggregate numbers. */
    PartnerView partnerView(Caller caller, String cohortId);

    /** Admits a waiting participant when a place is free (leader, unit manager). */
    ParticipantView admit(Caller caller, String participantId);

    /** Withdraws a participant or a waiting request; frees the place. */
    ParticipantView withdraw(Caller caller, String participantId, String reason);

    /** The registered relatives of a client who consented to be known to the client's practitioners. */
    List<RelativeView> relatives(Caller caller, String clientRef);

    /** Records who was present at a held meeting (leaders). */
    List<AttendanceView.Presence> recordAttendance(Caller caller, String meetingId, List<AttendanceEntry> entries);

    /** Attendance per participant and meeting (leaders). */
    AttendanceView attendance(Caller caller, String cohortId);

    /** Stores one paper questionnaire, without any link to a participant (leaders). */
    QuestionnaireSummary addQuestionnaire(Caller caller, String cohortId, Map<String, Integer> answers);

    /** The count and average per question. */
    QuestionnaireSummary questionnaire(Caller caller, String cohortId);

    /** Counts per programme for the cohorts starting in a year (unit manager); no identities. */
    StatisticsView statistics(Caller caller, Integer year);
}
