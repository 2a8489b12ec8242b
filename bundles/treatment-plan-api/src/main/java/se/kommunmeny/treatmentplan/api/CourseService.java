package se.kommunmeny.treatmentplan.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * A client's course through a programme: the sessions its calendar generates, attendance, notes, drug tests and
 * assessments, outreach when a session is missed, relapses, specialist referrals, reports to the commissioner and
 * what follows completion (aftercare, return days, support groups). A practitioner reaches only the enrolments
 * assigned to them; every read and change is audited, and so is every refused attempt.
 */
@org.osgi.annotation.versioning.ProviderType
public interface CourseService {
    /** A client did not come to a session; properties {@code enrolment.id}, {@code session.id}, {@code programme.id}. */
    String TOPIC_NO_SHOW = "se/kommunmeny/treatment-plan/NO_SHOW";
    /** Outreach after a missed session got no answer in time and went up a level; {@code enrolment.id}, {@code level}. */
    String TOPIC_OUTREACH_ESCALATED = "se/kommunmeny/treatment-plan/OUTREACH_ESCALATED";
    /**
     * A lapse or relapse was recorded; {@code enrolment.id}, {@code programme.id}, {@code person.ref}, {@code kind}.
     * Events about an enrolment carry the client's person reference ({@code person.ref}) so that other offerings can
     * show them on the same person's case; they stay inside the platform.
     */
    String TOPIC_RELAPSE = "se/kommunmeny/treatment-plan/RELAPSE";
    /** A client completed the programme; {@code enrolment.id}, {@code programme.id}, {@code person.ref}, {@code reason}. */
    String TOPIC_COMPLETED = "se/kommunmeny/treatment-plan/COMPLETED";
    /** A client was discharged or dropped out; {@code enrolment.id}, {@code programme.id}, {@code person.ref}, {@code reason}. */
    String TOPIC_DISCHARGED = "se/kommunmeny/treatment-plan/DISCHARGED";

    /**
     * A reviewed report was sent to the commissioner; properties {@code report.id}, {@code enrolment.id},
     * {@code person.ref}, {@code commissioner.code}, {@code kind} (ARRIVAL, MONTHLY, CLOSING), {@code month}. The
     * document itself is read with {@link #sentDocuments}.
     */
    String TOPIC_REPORT_SENT = "se/kommunmeny/treatment-plan/REPORT_SENT";

    /** Names the practitioners who work with an enrolment (unit manager); only they reach the client's course. */
    List<String> assign(Caller caller, String enrolmentId, List<String> practitioners);

    /** The practitioners assigned to an enrolment. */
    List<String> practitioners(Caller caller, String enrolmentId);

    /**
     * Generates the sessions the programme's calendar prescribes for the enrolment's phase, from its admission (or
     * {@code startDate}) up to the last day of its granted period. Idempotent: sessions already generated stay as
     * they are, so calling it again after an extension adds only the new weeks.
     */
    CalendarResult generateCalendar(Caller caller, String enrolmentId, String startDate);

    /** Adds one session outside the calendar (an extra talk, a support-group meeting, a return day). */
    SessionView addSession(Caller caller, String enrolmentId, NewSession session);

    /** The enrolment's sessions between two days (both optional), in time order. */
    List<SessionView> sessions(Caller caller, String enrolmentId, String from, String to);

    /**
     * Records attendance at a held session: ATTENDED, NO_SHOW, CANCELLED or EXCUSED. A NO_SHOW opens an outreach
     * task. A session is recorded once; the version is the one read.
     */
    SessionView recordAttendance(Caller caller, String sessionId, Attendance attendance);

    /** Writes a note in the client's course, optionally about one session. Notes are never changed. */
    NoteView addNote(Caller caller, String enrolmentId, NewNote note);

    List<NoteView> notes(Caller caller, String enrolmentId);

    DrugTestView recordDrugTest(Caller caller, String enrolmentId, NewDrugTest test);

    List<DrugTestView> drugTests(Caller caller, String enrolmentId);

    /** Scores an AUDIT, DUDIT or ASI and interprets it with the sex- and age-specific cut-offs. */
    AssessmentView recordAssessment(Caller caller, String enrolmentId, NewAssessment assessment);

    List<AssessmentView> assessments(Caller caller, String enrolmentId);

    /** Outreach tasks: the caller's assigned clients (practitioner) or all (unit manager), by status or all. */
    List<OutreachTaskView> outreachTasks(Caller caller, String status);

    /** Records what the outreach did; when the client was not reached the next level of the ladder opens. */
    OutreachTaskView recordOutreach(Caller caller, String taskId, OutreachOutcome outcome);

    /** Escalates every open task past its deadline (also done on a schedule); returns how many went up a level. */
    int escalateOverdue(Caller caller);

    /** Records a lapse or relapse, linked to the relapse plan of the client's current plan revision. */
    RelapseView recordRelapse(Caller caller, String enrolmentId, NewRelapse relapse);

    List<RelapseView> relapses(Caller caller, String enrolmentId);

    /** Marks a complex case for a specialist referral (VISO in Denmark); the client's consent is required. */
    ReferralView refer(Caller caller, String enrolmentId, NewReferral referral);

    List<ReferralView> referrals(Caller caller, String enrolmentId);

    /**
     * Generates a report for the commissioner from what is recorded: ARRIVAL, MONTHLY (for a month that has ended,
     * written yyyy-mm) or CLOSING (when the enrolment has ended). One report per kind and period.
     */
    ReportView generateReport(Caller caller, String enrolmentId, String kind, String month);

    /** Fills in the practitioner's part of a draft (progress per goal, skills ratings, summary) and marks it reviewed. */
    ReportView review(Caller caller, String reportId, ReportReview review);

    /** Records that a reviewed report was sent to the enrolment's commissioner. */
    ReportView send(Caller caller, String reportId);

    ReportView report(Caller caller, String reportId);

    List<ReportView> reports(Caller caller, String enrolmentId);

    /**
     * Plans and reports sent to commissioners after a point in time (exclusive; ties broken by id), oldest first, at
     * most {@code limit}: what a commissioner's own platform is to receive. For the platform's own forwarding (a
     * case officer's reach); every document returned is audited as read.
     *
     * @param afterMillis the {@code sentAt} of the last document already taken, in epoch milliseconds (0 for all)
     * @param afterId the id of that document ("" for all)
     */
    List<SentDocument> sentDocuments(Caller caller, long afterMillis, String afterId, int limit);

    /** The report as a readable HTML document. */
    String reportDocument(Caller caller, String reportId);

    /**
     * The client's course as an HL7 FHIR R4 Bundle (JSON): EpisodeOfCare, CarePlan, Goals, Appointments for planned
     * sessions and Encounters for held ones.
     */
    String fhirBundle(Caller caller, String enrolmentId);

    /**
     * After completion: return days once a month for the number of months the programme offers, from
     * {@code firstDate} (the first of next month when empty); travel costs are reimbursed up to the programme's cap.
     */
    List<SessionView> scheduleReturnDays(Caller caller, String enrolmentId, String firstDate);
}
