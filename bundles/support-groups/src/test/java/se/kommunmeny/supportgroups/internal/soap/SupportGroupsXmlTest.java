package se.kommunmeny.supportgroups.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.AttendanceView;
import se.kommunmeny.supportgroups.api.CohortRequest;
import se.kommunmeny.supportgroups.api.CohortView;
import se.kommunmeny.supportgroups.api.GuardianConsent;
import se.kommunmeny.supportgroups.api.MeetingView;
import se.kommunmeny.supportgroups.api.NoticeView;
import se.kommunmeny.supportgroups.api.ParticipantRequest;
import se.kommunmeny.supportgroups.api.ParticipantView;
import se.kommunmeny.supportgroups.api.PartnerShare;
import se.kommunmeny.supportgroups.api.PartnerView;
import se.kommunmeny.supportgroups.api.ProgrammeView;
import se.kommunmeny.supportgroups.api.QuestionnaireSummary;
import se.kommunmeny.supportgroups.api.RelativeView;
import se.kommunmeny.supportgroups.api.StatisticsView;

class SupportGroupsXmlTest {
    private static final String NS = SupportGroupsWebService.NAMESPACE;
    private static final Instant AT = Instant.parse("2026-02-04T17:30:00Z");
    private static final List<Class<?>> TYPES = List.of(ProgrammeXml.class, PartnerShareXml.class,
            CohortRequestXml.class, CohortXml.class, MeetingXml.class, NoticeXml.class, GuardianConsentXml.class,
            ParticipantRequestXml.class, ParticipantXml.class, PartnerViewXml.class, RelativeXml.class,
            AttendanceEntryXml.class, AttendanceXml.class, AnswerXml.class, QuestionnaireXml.class, StatisticsXml.class);

    private static <T> String marshal(String element, Class<T> type, T value) throws JAXBException {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(type).createMarshaller().marshal(new JAXBElement<>(new QName(NS, element), type, value),
                out);
        return out.toString();
    }

    private static <T> T roundTrip(String element, Class<T> type, T value) throws JAXBException {
        String xml = marshal(element, type, value);
        return JAXBContext.newInstance(type).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
    }

    private static String fieldNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).sorted().collect(Collectors.joining(","));
    }

    private static String componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted()
                .collect(Collectors.joining(","));
    }

    @Test
    void everyRecordComponentHasAFieldOfTheSameName() {
        assertEquals(componentNames(ProgrammeView.class), fieldNames(ProgrammeXml.class));
        assertEquals(componentNames(PartnerShare.class), fieldNames(PartnerShareXml.class));
        assertEquals(componentNames(CohortRequest.class), fieldNames(CohortRequestXml.class));
        assertEquals(componentNames(CohortView.class), fieldNames(CohortXml.class));
        assertEquals(componentNames(MeetingView.class), fieldNames(MeetingXml.class));
        assertEquals(componentNames(NoticeView.class), fieldNames(NoticeXml.class));
        assertEquals(componentNames(GuardianConsent.class), fieldNames(GuardianConsentXml.class));
        assertEquals(componentNames(ParticipantRequest.class), fieldNames(ParticipantRequestXml.class));
        assertEquals(componentNames(ParticipantView.class), fieldNames(ParticipantXml.class));
        assertEquals(componentNames(PartnerView.class), fieldNames(PartnerViewXml.class));
        assertEquals(componentNames(PartnerView.Participant.class), fieldNames(PartnerViewXml.PartnerParticipantXml.class));
        assertEquals(componentNames(RelativeView.class), fieldNames(RelativeXml.class));
        assertEquals(componentNames(AttendanceView.class), fieldNames(AttendanceXml.class));
        assertEquals(componentNames(AttendanceView.Row.class), fieldNames(AttendanceXml.RowXml.class));
        assertEquals(componentNames(AttendanceView.Presence.class), fieldNames(AttendanceXml.PresenceXml.class));
        assertEquals(componentNames(QuestionnaireSummary.class), fieldNames(QuestionnaireXml.class));
        assertEquals(componentNames(QuestionnaireSummary.QuestionAverage.class),
                fieldNames(QuestionnaireXml.QuestionAverageXml.class));
        assertEquals(componentNames(StatisticsView.class), fieldNames(StatisticsXml.class));
        assertEquals(componentNames(StatisticsView.ProgrammeFigures.class),
                fieldNames(StatisticsXml.ProgrammeFiguresXml.class));
        assertEquals(componentNames(StatisticsView.PartnerCount.class), fieldNames(StatisticsXml.PartnerCountXml.class));
    }

    @Test
    void allTypesFitInOneContextWithoutClashes() throws JAXBException {
        assertNotNull(JAXBContext.newInstance(TYPES.toArray(Class<?>[]::new)));
    }

    @Test
    void aCohortRequestArrivesAsTheRecord() throws Exception {
        CohortRequest r = new CohortRequest("dropp", "2026-02-04", "17:30", "Familjecentralen", List.of("bo", "elin"),
                8, List.of(new PartnerShare("1982", "Köping", 2, "koping", null, null)), "2026-02-03");
        assertEquals(r, roundTrip("cohort", CohortRequestXml.class, CohortRequestXml.of(r)).toRecord());
    }

    @Test
    void aParticipantRequestKeepsItsConsent() throws Exception {
        ParticipantRequest r = new ParticipantRequest("ANONYMOUS", null, null, null, null,
                new GuardianConsent("Eva", "070-123 45 67", "2026-01-20", "Deltagande i Dropp"), null, "Kim", 9, null,
                true);
        ParticipantRequestXml back = roundTrip("participant", ParticipantRequestXml.class, ParticipantRequestXml.of(r));
        assertEquals(r, back.toRecord());
    }

    @Test
    void aCohortSurvivesTheWireWithItsMeetings() throws Exception {
        CohortView v = new CohortView("c1", "dropp", "Dropp", LocalDate.of(2026, 2, 4), LocalDate.of(2026, 5, 13),
                "17:30", "Familjecentralen", List.of("bo"), 8, 6, 1,
                List.of(new PartnerShare("1982", "Köping", 2, "koping", 1, 0)), 2, 0, LocalDate.of(2026, 2, 3), false,
                List.of(new MeetingView("m1", "c1", 1, "GROUP", LocalDate.of(2026, 2, 4), "17:30", 90, "Känslor",
                        "MOVED", LocalDate.of(2026, 2, 3), "Sjukdom")), "chef", AT, 1L);
        String xml = marshal("cohort", CohortXml.class, CohortXml.of(v));
        assertTrue(xml.contains("<leader>bo</leader>"), xml);
        assertTrue(xml.contains("<theme>Känslor</theme>"), xml);
        CohortXml back = roundTrip("cohort", CohortXml.class, CohortXml.of(v));
        assertEquals("2026-05-13", back.lastMeeting);
        assertEquals(1, back.shares.get(0).enrolled);
        assertEquals("2026-02-03", back.meetings.get(0).originalDate);
        assertEquals("2026-02-04T17:30:00Z", back.createdAt);
    }

    @Test
    void anAnonymousParticipantLeavesOutWhatIsNotSet() throws Exception {
        ParticipantView v = new ParticipantView("p1", "c1", "ANONYMOUS", null, null, false, "Kim", "G-ABCD-EFGH", 9,
                null, null, null, "WAITING", 1, "bo", AT, null, 0L);
        String xml = marshal("participant", ParticipantXml.class, ParticipantXml.of(v));
        assertFalse(xml.contains("<personRef"), xml);
        assertFalse(xml.contains("<guardianConsent"), xml);
        assertTrue(xml.contains("<waitingPosition>1</waitingPosition>"), xml);
    }

    @Test
    void statisticsAndQuestionnairesSurviveTheWire() throws Exception {
        QuestionnaireSummary.QuestionAverage avg = new QuestionnaireSummary.QuestionAverage("trygg", "Trygg", 2, 4.5);
        StatisticsView s = new StatisticsView(2026, List.of(new StatisticsView.ProgrammeFigures("dropp", "Dropp", 1,
                15, 3, 1, 1, 1, List.of(new StatisticsView.PartnerCount("1982", "Köping", 1)), 2, 0.8, 0, 1, 2,
                List.of(avg))));
        StatisticsXml back = roundTrip("statistics", StatisticsXml.class, StatisticsXml.of(s));
        assertEquals(2026, back.year);
        assertEquals("Köping", back.programmes.get(0).byPartner.get(0).name);
        assertEquals(4.5, back.programmes.get(0).questionnaireAverages.get(0).average);
        QuestionnaireXml q = roundTrip("questionnaire", QuestionnaireXml.class,
                QuestionnaireXml.of(new QuestionnaireSummary("c1", 0, List.of(new QuestionnaireSummary.QuestionAverage(
                        "trygg", "Trygg", 0, null)))));
        assertNull(q.questions.get(0).average);
    }

    @Test
    void answersBecomeAMapAndATwiceGivenOneIsRefused() {
        AnswerXml a = new AnswerXml();
        a.questionId = "trygg";
        a.value = 4;
        assertEquals(Map.of("trygg", 4), SupportGroupsWebService.answers(List.of(a)));
        assertThrows(ValidationException.class, () -> SupportGroupsWebService.answers(List.of(a, a)));
        assertEquals(Map.of(), SupportGroupsWebService.answers(null));
    }
}
