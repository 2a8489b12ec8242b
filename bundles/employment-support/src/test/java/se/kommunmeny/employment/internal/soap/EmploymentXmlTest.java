package se.kommunmeny.employment.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import se.kommunmeny.employment.api.AttendanceEntry;
import se.kommunmeny.employment.api.AttendanceSummary;
import se.kommunmeny.employment.api.AttendanceView;
import se.kommunmeny.employment.api.CareConference;
import se.kommunmeny.employment.api.CaseEventView;
import se.kommunmeny.employment.api.KindView;
import se.kommunmeny.employment.api.MeetingParticipant;
import se.kommunmeny.employment.api.MeetingView;
import se.kommunmeny.employment.api.MonthlyOccupancy;
import se.kommunmeny.employment.api.NewMeeting;
import se.kommunmeny.employment.api.NewNote;
import se.kommunmeny.employment.api.NoteView;
import se.kommunmeny.employment.api.PlaceStatistics;
import se.kommunmeny.employment.api.PlacementRequest;
import se.kommunmeny.employment.api.PlacementView;
import se.kommunmeny.employment.api.ReminderView;
import se.kommunmeny.employment.api.Reservation;
import se.kommunmeny.employment.api.StatisticsView;
import se.kommunmeny.employment.api.StepChangeRequest;
import se.kommunmeny.employment.api.StepChangeView;
import se.kommunmeny.employment.api.StepRule;
import se.kommunmeny.employment.api.Supervisor;
import se.kommunmeny.employment.api.TreatmentPlanLink;
import se.kommunmeny.employment.api.WorkPlaceProvider;
import se.kommunmeny.employment.api.WorkPlaceRequest;
import se.kommunmeny.employment.api.WorkPlaceView;
import se.kommunmeny.employment.api.WorkPlan;
import se.kommunmeny.employment.api.WorkPlanRevision;

class EmploymentXmlTest {
    private static final String NS = EmploymentSupportWebService.NAMESPACE;
    private static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static final List<Class<?>> TYPES = List.of(KindXml.class, KindXml.StepRuleXml.class, WorkPlaceXml.class,
            WorkPlaceXml.ProviderXml.class, WorkPlaceXml.ReservationXml.class, WorkPlaceXml.SupervisorXml.class,
            WorkPlaceRequestXml.class, WorkPlanXml.class, PlacementRequestXml.class, PlacementXml.class,
            PlacementXml.TreatmentPlanLinkXml.class, WorkPlanRevisionXml.class, AttendanceEntryXml.class,
            AttendanceXml.class, AttendanceXml.SummaryXml.class, AttendanceXml.CountXml.class, NoteXml.class,
            NoteXml.NewNoteXml.class, MeetingXml.class, MeetingXml.ParticipantXml.class, MeetingXml.NewMeetingXml.class,
            StepChangeXml.class, StepChangeXml.RequestXml.class, StepChangeXml.CareConferenceXml.class,
            CaseEventXml.class, CaseEventXml.ReminderXml.class, StatisticsXml.class, StatisticsXml.PlaceXml.class,
            StatisticsXml.MonthXml.class);

    private static String fieldNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).sorted().collect(Collectors.joining(","));
    }

    private static String componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted()
                .collect(Collectors.joining(","));
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws JAXBException {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(type).createMarshaller().marshal(new JAXBElement<>(new QName(NS, element), type, value),
                out);
        return out.toString();
    }

    private static <T> T roundTrip(String element, Class<T> type, T value) throws JAXBException {
        return JAXBContext.newInstance(type).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(marshal(element, type, value))), type).getValue();
    }

    @Test
    void everyRecordComponentHasAFieldOfTheSameName() {
        Map<Class<? extends Record>, Class<?>> pairs = Map.ofEntries(Map.entry(KindView.class, KindXml.class),
                Map.entry(StepRule.class, KindXml.StepRuleXml.class), Map.entry(WorkPlaceView.class, WorkPlaceXml.class),
                Map.entry(WorkPlaceProvider.class, WorkPlaceXml.ProviderXml.class),
                Map.entry(Reservation.class, WorkPlaceXml.ReservationXml.class),
                Map.entry(Supervisor.class, WorkPlaceXml.SupervisorXml.class),
                Map.entry(WorkPlaceRequest.class, WorkPlaceRequestXml.class), Map.entry(WorkPlan.class, WorkPlanXml.class),
                Map.entry(PlacementRequest.class, PlacementRequestXml.class),
                Map.entry(PlacementView.class, PlacementXml.class),
                Map.entry(TreatmentPlanLink.class, PlacementXml.TreatmentPlanLinkXml.class),
                Map.entry(WorkPlanRevision.class, WorkPlanRevisionXml.class),
                Map.entry(AttendanceEntry.class, AttendanceEntryXml.class),
                Map.entry(AttendanceView.class, AttendanceXml.class),
                Map.entry(AttendanceSummary.class, AttendanceXml.SummaryXml.class), Map.entry(NoteView.class, NoteXml.class),
                Map.entry(NewNote.class, NoteXml.NewNoteXml.class), Map.entry(MeetingView.class, MeetingXml.class),
                Map.entry(MeetingParticipant.class, MeetingXml.ParticipantXml.class),
                Map.entry(NewMeeting.class, MeetingXml.NewMeetingXml.class),
                Map.entry(StepChangeView.class, StepChangeXml.class),
                Map.entry(StepChangeRequest.class, StepChangeXml.RequestXml.class),
                Map.entry(CareConference.class, StepChangeXml.CareConferenceXml.class),
                Map.entry(CaseEventView.class, CaseEventXml.class), Map.entry(ReminderView.class, CaseEventXml.ReminderXml.class),
                Map.entry(StatisticsView.class, StatisticsXml.class), Map.entry(PlaceStatistics.class, StatisticsXml.PlaceXml.class),
                Map.entry(MonthlyOccupancy.class, StatisticsXml.MonthXml.class));
        pairs.forEach((record, xml) -> assertEquals(componentNames(record), fieldNames(xml), xml.getSimpleName()));
    }

    @Test
    void allTypesFitInOneContextWithUniqueNames() throws JAXBException {
        assertNotNull(JAXBContext.newInstance(TYPES.toArray(Class<?>[]::new)));
        assertEquals(TYPES.size(), TYPES.stream().map(t -> t.getAnnotation(javax.xml.bind.annotation.XmlType.class)
                .name()).distinct().count());
    }

    private static PlacementView placement() {
        return new PlacementView("p1", "person-1", "stegmodell", "w1", "AGE_18_25", "ORDINARY", "ACTIVE", DAY,
                DAY.plusMonths(6), null, new WorkPlan(List.of("Komma i tid"), 20, "STEP_I", List.of("Snickeri")), 2,
                DAY, List.of("bo", "sven"), DAY.plusDays(30), null, null, null,
                new TreatmentPlanLink("plan-1", "enr-1", "Arbetstr\u00e4ning", AT), AT, "anna", 3L);
    }

    @Test
    void aPlacementMapsEveryFieldAndRoundTrips() throws Exception {
        PlacementXml x = PlacementXml.of(placement());
        assertEquals("2026-03-04", x.startDate);
        assertEquals("2026-09-04", x.plannedEndDate);
        assertEquals(List.of("bo", "sven"), x.staff);
        assertEquals("Arbetstr\u00e4ning", x.treatmentPlan.goal);
        assertEquals("2026-03-04T10:15:30Z", x.requestedAt);
        assertNull(x.waitingPosition);
        String xml = marshal("placement", PlacementXml.class, x);
        assertFalse(xml.contains("<waitingPosition"), xml);
        assertTrue(xml.contains("<goal>Komma i tid</goal>"), xml);
        PlacementXml back = roundTrip("placement", PlacementXml.class, x);
        assertEquals(x.workPlan.toRecord(), back.workPlan.toRecord());
        assertEquals(x.staff, back.staff);
        assertEquals(x.treatmentPlan.linkedAt, back.treatmentPlan.linkedAt);
        assertEquals(3L, back.version);
    }

    @Test
    void requestsUnmarshalIntoRecords() throws Exception {
        PlacementRequestXml r = new PlacementRequestXml();
        r.personRef = "person-1";
        r.workPlaceId = "w1";
        r.reservation = "LIGHT";
        r.waitIfFull = true;
        r.workPlan = WorkPlanXml.of(new WorkPlan(List.of(), 10, null, List.of("Caf\u00e9")));
        PlacementRequest back = roundTrip("placement", PlacementRequestXml.class, r).toRecord();
        assertEquals(new PlacementRequest("person-1", "w1", "LIGHT", null, null,
                new WorkPlan(List.of(), 10, null, List.of("Caf\u00e9")), true), back);

        StepChangeXml.RequestXml s = new StepChangeXml.RequestXml();
        s.toStep = "STEP_II";
        s.careConference = new StepChangeXml.CareConferenceXml();
        s.careConference.heldOn = "2026-03-01";
        s.careConference.participants.addAll(List.of("Arbetsledare", "Socialsekreterare"));
        s.careConference.decision = "Stabil";
        assertEquals(new StepChangeRequest("STEP_II", null, new CareConference("2026-03-01",
                List.of("Arbetsledare", "Socialsekreterare"), "Stabil")),
                roundTrip("stepChange", StepChangeXml.RequestXml.class, s).toRecord());
    }

    @Test
    void workPlacesAndStatisticsRoundTrip() throws Exception {
        WorkPlaceXml w = WorkPlaceXml.of(new WorkPlaceView("w1", "stegmodell", "Snickeriet",
                new WorkPlaceProvider("PARTNER", "Hela M\u00e4nniskan", "802000-0000"), "carpentry", 35,
                List.of(new Reservation("AGE_18_25", 5), new Reservation("LIGHT", 5)), new Supervisor("Sven", null),
                true, 30, 5, 7L));
        WorkPlaceXml back = roundTrip("workPlace", WorkPlaceXml.class, w);
        assertEquals(2, back.reservations.size());
        assertEquals("Hela M\u00e4nniskan", back.provider.name);
        assertNull(back.supervisor.phone);

        StatisticsXml s = StatisticsXml.of(new StatisticsView(DAY, DAY.plusMonths(1), List.of(), List.of(
                new PlaceStatistics("stegmodell", null, "Stegmodell", 35, List.of(new MonthlyOccupancy("2026-03", 30.5,
                        0.87)), 4, 2, 45.5, Map.of("JOB", 2)))));
        StatisticsXml sb = roundTrip("statistics", StatisticsXml.class, s);
        assertEquals(1, sb.kinds.size());
        assertNull(sb.kinds.get(0).workPlaceId);
        assertEquals("JOB", sb.kinds.get(0).outcomes.get(0).name);
        assertEquals(0.87, sb.kinds.get(0).months.get(0).rate);
    }

    @Test
    void attendanceTotalsListAbsencesByReason() throws Exception {
        AttendanceXml.SummaryXml x = AttendanceXml.SummaryXml.of(new AttendanceSummary("p1", DAY, DAY.plusDays(1),
                List.of(new AttendanceView("p1", DAY, true, 6.5, null, "bo", AT, 1),
                        new AttendanceView("p1", DAY.plusDays(1), false, 0, "SICK", "bo", AT, 1)),
                6.5, 1, Map.of("SICK", 1)));
        AttendanceXml.SummaryXml back = roundTrip("attendance", AttendanceXml.SummaryXml.class, x);
        assertEquals(2, back.days.size());
        assertEquals(6.5, back.totalHours);
        assertEquals("SICK", back.absences.get(0).name);
        assertEquals(1, back.absences.get(0).count);
    }
}
