package se.kommunmeny.treatmentplan.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import se.kommunmeny.treatmentplan.api.AssessmentView;
import se.kommunmeny.treatmentplan.api.Attendance;
import se.kommunmeny.treatmentplan.api.CalendarResult;
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
import se.kommunmeny.treatmentplan.api.SubstanceResult;

class CourseXmlTest {
    private static final String NS = CourseWebService.NAMESPACE;
    private static final Instant AT = Instant.parse("2025-03-04T10:15:30Z");
    private static final Instant LATER = Instant.parse("2025-03-05T08:00:00Z");

    private static final List<Class<?>> COURSE_TYPES = List.of(SessionXml.class, NewSessionXml.class,
            CalendarResultXml.class, AttendanceXml.class, NoteXml.class, NewNoteXml.class, DrugTestXml.class,
            NewDrugTestXml.class, SubstanceResultXml.class, AssessmentXml.class, NewAssessmentXml.class,
            OutreachTaskXml.class, OutreachOutcomeXml.class, RelapseXml.class, NewRelapseXml.class, ReferralXml.class,
            NewReferralXml.class, ReportXml.class, ReportXml.AttendanceCountXml.class, GoalProgressXml.class,
            SkillRatingXml.class, ReportReviewXml.class);

    private static SessionView session() {
        return new SessionView("s1", "e1", "GROUP", LocalDate.of(2025, 3, 10), LocalTime.of(9, 5, 30), 2, "TREATMENT",
                "Craving", "ATTENDED", "came late", "anna", AT, true, 120, 100, 3L);
    }

    private static ReportView report() {
        return new ReportView("r1", "e1", "MONTHLY", "2025-02", "REVIEWED", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 28), "p1", "KBT 12", "0180", "Stockholm", "SOL", "ACTIVE", "Unemployed",
                List.of(new ReportView.AttendanceCount("GROUP", 9, 6, 1, 1, 1),
                        new ReportView.AttendanceCount("INDIVIDUAL", 4, 4, 0, 0, 0)),
                List.of(new ReportView.GoalProgress("Sober", "Four weeks"), new ReportView.GoalProgress("Job", "Applied")),
                List.of(new ReportView.SkillRating("HOUSING", 3, "Own flat"),
                        new ReportView.SkillRating("ECONOMY", 2, "Debts")),
                2, 1, 1, 3, List.of("AUDIT 2025-02-03: 12 HAZARDOUS"), "Going well", "anna", AT, "bertil", LATER,
                Instant.parse("2025-03-06T09:00:00Z"), "Stockholm", 4L);
    }

    private static JAXBContext context(Class<?>... types) throws JAXBException {
        return JAXBContext.newInstance(types);
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws JAXBException {
        StringWriter out = new StringWriter();
        context(type).createMarshaller().marshal(new JAXBElement<>(new QName(NS, element), type, value), out);
        return out.toString();
    }

    private static <T> T unmarshal(String xml, Class<T> type) throws JAXBException {
        return context(type).createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
    }

    private static <T> T roundTrip(String element, Class<T> type, T value) throws JAXBException {
        return unmarshal(marshal(element, type, value), type);
    }

    private static String fieldNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).sorted().collect(Collectors.joining(","));
    }

    private static String componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted()
                .collect(Collectors.joining(","));
    }

    /** Every public field is set: not null, not an empty list, not zero or false. */
    private static void assertAllSet(Object xml) throws IllegalAccessException {
        for (Field f : xml.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object value = f.get(xml);
            String name = xml.getClass().getSimpleName() + "." + f.getName();
            assertNotNull(value, name);
            if (value instanceof List<?> list) {
                assertFalse(list.isEmpty(), name);
            } else if (value instanceof Number n) {
                assertNotEquals(0L, n.longValue(), name);
            } else if (value instanceof Boolean b) {
                assertTrue(b, name);
            }
        }
    }

    @Test
    void everyRecordComponentHasAFieldOfTheSameName() {
        assertEquals(componentNames(SessionView.class), fieldNames(SessionXml.class));
        assertEquals(componentNames(NewSession.class), fieldNames(NewSessionXml.class));
        assertEquals(componentNames(CalendarResult.class), fieldNames(CalendarResultXml.class));
        assertEquals(componentNames(Attendance.class), fieldNames(AttendanceXml.class));
        assertEquals(componentNames(NoteView.class), fieldNames(NoteXml.class));
        assertEquals(componentNames(NewNote.class), fieldNames(NewNoteXml.class));
        assertEquals(componentNames(DrugTestView.class), fieldNames(DrugTestXml.class));
        assertEquals(componentNames(NewDrugTest.class), fieldNames(NewDrugTestXml.class));
        assertEquals(componentNames(SubstanceResult.class), fieldNames(SubstanceResultXml.class));
        assertEquals(componentNames(AssessmentView.class), fieldNames(AssessmentXml.class));
        assertEquals(componentNames(NewAssessment.class), fieldNames(NewAssessmentXml.class));
        assertEquals(componentNames(OutreachTaskView.class), fieldNames(OutreachTaskXml.class));
        assertEquals(componentNames(OutreachOutcome.class), fieldNames(OutreachOutcomeXml.class));
        assertEquals(componentNames(RelapseView.class), fieldNames(RelapseXml.class));
        assertEquals(componentNames(NewRelapse.class), fieldNames(NewRelapseXml.class));
        assertEquals(componentNames(ReferralView.class), fieldNames(ReferralXml.class));
        assertEquals(componentNames(NewReferral.class), fieldNames(NewReferralXml.class));
        assertEquals(componentNames(ReportView.class), fieldNames(ReportXml.class));
        assertEquals(componentNames(ReportView.AttendanceCount.class), fieldNames(ReportXml.AttendanceCountXml.class));
        assertEquals(componentNames(ReportView.GoalProgress.class), fieldNames(GoalProgressXml.class));
        assertEquals(componentNames(ReportView.SkillRating.class), fieldNames(SkillRatingXml.class));
        assertEquals(componentNames(ReportReview.class), fieldNames(ReportReviewXml.class));
    }

    @Test
    void courseAndPlanTypesFitInOneContextWithoutClashes() throws JAXBException {
        List<Class<?>> all = new java.util.ArrayList<>(COURSE_TYPES);
        all.addAll(List.of(PlanXml.class, NewPlanXml.class, PlanContentXml.class, PlanRevisionXml.class,
                EnrolmentXml.class, EnrolmentRequestXml.class, ProgrammeXml.class));
        assertNotNull(context(all.toArray(Class<?>[]::new)));
        Set<String> names = COURSE_TYPES.stream().map(Class::getSimpleName).collect(Collectors.toSet());
        assertEquals(COURSE_TYPES.size(), names.size());
    }

    @Test
    void sessionMapsEveryFieldWithTimeAsHoursAndMinutes() throws Exception {
        SessionXml x = SessionXml.of(session());
        assertAllSet(x);
        assertEquals("s1", x.id);
        assertEquals("e1", x.enrolmentId);
        assertEquals("GROUP", x.kind);
        assertEquals("2025-03-10", x.date);
        assertEquals("09:05", x.startTime);
        assertEquals(2, x.week);
        assertEquals("TREATMENT", x.phase);
        assertEquals("Craving", x.theme);
        assertEquals("ATTENDED", x.status);
        assertEquals("came late", x.attendanceNote);
        assertEquals("anna", x.recordedBy);
        assertEquals("2025-03-04T10:15:30Z", x.recordedAt);
        assertTrue(x.fromCalendar);
        assertEquals(120, x.travelCostClaimed);
        assertEquals(100, x.travelCostReimbursed);
        assertEquals(3L, x.version);

        SessionXml back = roundTrip("session", SessionXml.class, x);
        for (Field f : SessionXml.class.getDeclaredFields()) {
            assertEquals(f.get(x), f.get(back), f.getName());
        }
    }

    @Test
    void sessionLeavesOutWhatIsNotSet() throws Exception {
        SessionXml x = SessionXml.of(new SessionView("s2", "e1", "RETURN_DAY", LocalDate.of(2025, 5, 1), null, null,
                null, null, "PLANNED", null, null, null, false, null, null, 0L));
        assertNull(x.startTime);
        assertNull(x.week);
        assertNull(x.recordedAt);
        String xml = marshal("session", SessionXml.class, x);
        assertFalse(xml.contains("<startTime"), xml);
        assertFalse(xml.contains("<recordedAt"), xml);
        assertTrue(xml.contains("<fromCalendar>false</fromCalendar>"), xml);
        assertNull(roundTrip("session", SessionXml.class, x).week);
    }

    @Test
    void reportMapsEveryFieldAndRepeatsItsLists() throws Exception {
        ReportXml x = ReportXml.of(report());
        assertAllSet(x);
        assertEquals("2025-02-01", x.periodFrom);
        assertEquals("2025-02-28", x.periodTo);
        assertEquals("2025-03-06T09:00:00Z", x.sentAt);
        assertEquals(2, x.attendance.size());
        ReportXml.AttendanceCountXml group = x.attendance.get(0);
        assertAllSet(group);
        assertEquals("GROUP", group.kind);
        assertEquals(9, group.planned);
        assertEquals(6, group.attended);
        assertEquals(1, group.noShow);
        assertEquals(1, group.cancelled);
        assertEquals(1, group.excused);
        assertEquals(0, x.attendance.get(1).excused);
        assertEquals("Job", x.goals.get(1).goal);
        assertEquals("Applied", x.goals.get(1).progress);
        assertEquals("ECONOMY", x.skills.get(1).area);
        assertEquals(2, x.skills.get(1).rating);
        assertEquals("Debts", x.skills.get(1).comment);

        String xml = marshal("report", ReportXml.class, x);
        assertEquals(2, count(xml, "<attendance>"), xml);
        // A goal progress is a <goal> element that has a <goal> child, as the API names them.
        assertEquals(2, count(xml, "<goal><goal>"), xml);
        assertEquals(2, count(xml, "<skill>"), xml);
        assertEquals(1, count(xml, "<assessment>"), xml);

        ReportXml back = unmarshal(xml, ReportXml.class);
        assertAllSet(back);
        assertEquals(x.version, back.version);
        assertEquals(x.reviewedAt, back.reviewedAt);
        assertEquals(x.assessments, back.assessments);
        assertEquals(x.goals.get(0).progress, back.goals.get(0).progress);
        assertEquals(x.skills.get(0).rating, back.skills.get(0).rating);
        assertEquals(x.attendance.get(0).noShow, back.attendance.get(0).noShow);
    }

    @Test
    void otherViewsMapEveryField() throws Exception {
        NoteXml note = NoteXml.of(new NoteView("n1", "e1", "s1", "Talked about work", "anna", AT));
        assertAllSet(note);
        assertEquals("2025-03-04T10:15:30Z", note.writtenAt);

        DrugTestXml test = DrugTestXml.of(new DrugTestView("d1", "e1", LocalDate.of(2025, 3, 3), "URINE",
                List.of(new SubstanceResult("CANNABIS", "POSITIVE"), new SubstanceResult("OPIATES", "NEGATIVE")), true,
                "anna", AT));
        assertAllSet(test);
        assertEquals("2025-03-03", test.takenOn);
        assertEquals("OPIATES", test.results.get(1).substance);
        assertEquals("NEGATIVE", test.results.get(1).result);
        String testXml = marshal("drugTest", DrugTestXml.class, test);
        // A substance result is a <result> element that has a <result> child, as the API names them.
        assertEquals(2, count(testXml, "<result><substance>"), testXml);
        assertEquals("POSITIVE", unmarshal(testXml, DrugTestXml.class).results.get(0).result);

        AssessmentXml assessment = AssessmentXml.of(new AssessmentView("a1", "e1", "ASI", LocalDate.of(2025, 3, 1),
                "FEMALE", 34, List.of(4, 6, 2), 6, "CONSIDERABLE", "ASI: highest rating", List.of("ALCOHOL", "DRUGS",
                        "LEGAL"), "anna", AT));
        assertAllSet(assessment);
        assertEquals(List.of(4, 6, 2), assessment.answers);
        assertEquals(List.of("ALCOHOL", "DRUGS", "LEGAL"), assessment.domains);
        AssessmentXml assessmentBack = roundTrip("assessment", AssessmentXml.class, assessment);
        assertEquals(assessment.answers, assessmentBack.answers);
        assertEquals(assessment.domains, assessmentBack.domains);
        assertEquals(34, assessmentBack.age);

        OutreachTaskXml task = OutreachTaskXml.of(new OutreachTaskView("t1", "e1", "s1", 2, "PHONE", AT, "NOT_REACHED",
                "No answer", "anna", LATER, "t2", 5L));
        assertAllSet(task);
        assertEquals("2025-03-04T10:15:30Z", task.dueAt);
        assertEquals("2025-03-05T08:00:00Z", task.doneAt);

        RelapseXml relapse = RelapseXml.of(new RelapseView("l1", "e1", LocalDate.of(2025, 2, 20), "LAPSE", "ALCOHOL",
                "Party", "Extra talk", "p1", 3, "Call the contact person", "anna", AT));
        assertAllSet(relapse);
        assertEquals("2025-02-20", relapse.occurredOn);
        assertEquals(3, relapse.planRevision);

        ReferralXml referral = ReferralXml.of(new ReferralView("f1", "e1", "VISO", "Complex", LocalDate.of(2025, 2, 1),
                "Plan and assessments", "anna", AT));
        assertAllSet(referral);
        assertEquals("2025-02-01", referral.consentGivenOn);

        CalendarResultXml calendar = CalendarResultXml.of(new CalendarResult("e1", "TREATMENT", 20, 4,
                LocalDate.of(2025, 6, 30), 8));
        assertAllSet(calendar);
        assertEquals("2025-06-30", calendar.until);
        CalendarResultXml calendarBack = roundTrip("calendar", CalendarResultXml.class, calendar);
        assertEquals(20, calendarBack.created);
        assertEquals(4, calendarBack.existing);
        assertEquals(8, calendarBack.notGenerated);
    }

    @Test
    void drugTestRequestReadsRepeatedResults() throws Exception {
        String xml = "<t:test xmlns:t='" + NS + "'><takenOn>2025-03-03</takenOn><method>URINE</method>"
                + "<result><substance>CANNABIS</substance><result>POSITIVE</result></result>"
                + "<result><substance>ALCOHOL</substance><result>NEGATIVE</result></result></t:test>";
        assertEquals(new NewDrugTest("2025-03-03", "URINE", List.of(new SubstanceResult("CANNABIS", "POSITIVE"),
                new SubstanceResult("ALCOHOL", "NEGATIVE"))), unmarshal(xml, NewDrugTestXml.class).toRecord());
        assertEquals(new NewDrugTest(null, "URINE", List.of()),
                unmarshal("<t:test xmlns:t='" + NS + "'><method>URINE</method></t:test>", NewDrugTestXml.class)
                        .toRecord());
    }

    @Test
    void assessmentRequestReadsRepeatedAnswers() throws Exception {
        String xml = "<t:assessment xmlns:t='" + NS + "'><instrument>AUDIT</instrument><takenOn>2025-03-01</takenOn>"
                + "<answer>4</answer><answer>0</answer><answer>2</answer></t:assessment>";
        assertEquals(new NewAssessment("AUDIT", "2025-03-01", null, null, List.of(4, 0, 2)),
                unmarshal(xml, NewAssessmentXml.class).toRecord());
        NewAssessmentXml x = new NewAssessmentXml();
        x.instrument = "DUDIT";
        x.sex = "MALE";
        x.age = 41;
        x.answers.addAll(List.of(1, 2));
        assertEquals(new NewAssessment("DUDIT", null, "MALE", 41, List.of(1, 2)),
                roundTrip("assessment", NewAssessmentXml.class, x).toRecord());
    }

    @Test
    void reportReviewReadsRepeatedGoalsAndSkills() throws Exception {
        String xml = "<t:review xmlns:t='" + NS + "'><version>4</version><summary>Good month</summary>"
                + "<goal><goal>Sober</goal><progress>Four weeks</progress></goal>"
                + "<goal><goal>Job</goal><progress>Applied</progress></goal>"
                + "<skill><area>HOUSING</area><rating>3</rating><comment>Own flat</comment></skill></t:review>";
        assertEquals(new ReportReview(4L, "Good month",
                List.of(new ReportView.GoalProgress("Sober", "Four weeks"), new ReportView.GoalProgress("Job", "Applied")),
                List.of(new ReportView.SkillRating("HOUSING", 3, "Own flat"))),
                unmarshal(xml, ReportReviewXml.class).toRecord());
        assertEquals(new ReportReview(null, null, List.of(), List.of()),
                unmarshal("<t:review xmlns:t='" + NS + "'/>", ReportReviewXml.class).toRecord());
    }

    @Test
    void simpleRequestsMapEveryField() throws Exception {
        NewSessionXml session = unmarshal("<t:session xmlns:t='" + NS + "'><kind>FOLLOW_UP</kind><date>2025-04-02</date>"
                + "<startTime>13:30</startTime><theme>Check-in</theme></t:session>", NewSessionXml.class);
        assertEquals(new NewSession("FOLLOW_UP", "2025-04-02", "13:30", "Check-in"), session.toRecord());

        AttendanceXml attendance = unmarshal("<t:attendance xmlns:t='" + NS + "'><status>ATTENDED</status>"
                + "<note>On time</note><version>3</version><travelCost>150</travelCost></t:attendance>",
                AttendanceXml.class);
        assertEquals(new Attendance("ATTENDED", "On time", 3L, 150), attendance.toRecord());
        assertEquals(new Attendance("NO_SHOW", null, null, null), unmarshal("<t:attendance xmlns:t='" + NS
                + "'><status>NO_SHOW</status></t:attendance>", AttendanceXml.class).toRecord());

        NewNoteXml note = new NewNoteXml();
        note.sessionId = "s1";
        note.text = "Talked";
        assertEquals(new NewNote("s1", "Talked"), roundTrip("note", NewNoteXml.class, note).toRecord());

        OutreachOutcomeXml outcome = new OutreachOutcomeXml();
        outcome.reached = Boolean.FALSE;
        outcome.note = "Voicemail";
        assertEquals(new OutreachOutcome(false, "Voicemail"),
                roundTrip("outcome", OutreachOutcomeXml.class, outcome).toRecord());

        NewRelapseXml relapse = new NewRelapseXml();
        relapse.occurredOn = "2025-02-20";
        relapse.kind = "RELAPSE";
        relapse.substance = "ALCOHOL";
        relapse.description = "Three days";
        relapse.actionsTaken = "Detox";
        assertEquals(new NewRelapse("2025-02-20", "RELAPSE", "ALCOHOL", "Three days", "Detox"),
                roundTrip("relapse", NewRelapseXml.class, relapse).toRecord());

        NewReferralXml referral = new NewReferralXml();
        referral.service = "VISO";
        referral.reason = "Complex";
        referral.consentGiven = Boolean.TRUE;
        referral.consentGivenOn = "2025-02-01";
        referral.consentScope = "Plan";
        assertEquals(new NewReferral("VISO", "Complex", true, "2025-02-01", "Plan"),
                roundTrip("referral", NewReferralXml.class, referral).toRecord());
        assertEquals(new NewReferral(null, null, null, null, null), new NewReferralXml().toRecord());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
