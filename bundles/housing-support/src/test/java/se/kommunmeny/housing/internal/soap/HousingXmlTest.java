package se.kommunmeny.housing.internal.soap;

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
import java.util.stream.Collectors;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import se.kommunmeny.housing.api.BreachView;
import se.kommunmeny.housing.api.CaseEventView;
import se.kommunmeny.housing.api.ContractTerms;
import se.kommunmeny.housing.api.FollowUpView;
import se.kommunmeny.housing.api.GoalProgress;
import se.kommunmeny.housing.api.KeyEventView;
import se.kommunmeny.housing.api.KindView;
import se.kommunmeny.housing.api.NewBreach;
import se.kommunmeny.housing.api.NewFollowUp;
import se.kommunmeny.housing.api.NewKeyEvent;
import se.kommunmeny.housing.api.NewVisit;
import se.kommunmeny.housing.api.PlacementRequest;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.Reminder;
import se.kommunmeny.housing.api.StatisticsView;
import se.kommunmeny.housing.api.StayDecision;
import se.kommunmeny.housing.api.TreatmentPlanLink;
import se.kommunmeny.housing.api.UnitRequest;
import se.kommunmeny.housing.api.UnitView;
import se.kommunmeny.housing.api.VisitView;
import se.kommunmeny.housing.api.WorkPlan;
import se.kommunmeny.housing.api.WorkPlanRevision;

class HousingXmlTest {
    private static final String NS = HousingSupportWebService.NAMESPACE;
    private static final Instant AT = Instant.parse("2025-03-04T10:15:30Z");
    private static final List<Class<?>> TYPES = List.of(KindXml.class, UnitXml.class, UnitRequestXml.class,
            ContractXml.class, WorkPlanXml.class, StayDecisionXml.class, TreatmentPlanLinkXml.class, PlacementXml.class,
            PlacementRequestXml.class, WorkPlanRevisionXml.class, VisitXml.class, NewVisitXml.class, KeyEventXml.class,
            NewKeyEventXml.class, BreachXml.class, NewBreachXml.class, GoalProgressXml.class, FollowUpXml.class,
            NewFollowUpXml.class, CaseEventXml.class, ReminderXml.class, StatisticsXml.class);

    private static final WorkPlan PLAN = new WorkPlan(List.of("Eget kontrakt"), List.of("Tvätt", "Matlagning"),
            List.of("Nykterhet", "Daglig sysselsättning"), 30);

    private static PlacementView placement() {
        return new PlacementView("p1", "0f8fad5b-d9cb-469f-a165-70867728950e", "traningslagenhet", "u1", "ACTIVE",
                LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 14), LocalDate.of(2025, 9, 1), "OWN_LEASE", "Flyttat",
                LocalDate.of(2025, 9, 2), new ContractTerms("SECOND_HAND", 4500), PLAN, 2,
                new StayDecision("anna", "2025-01-10", "Beslut"), 3, AT, List.of("bo", "elin"),
                LocalDate.of(2025, 2, 14), LocalDate.of(2026, 1, 15),
                new TreatmentPlanLink("plan1", "enr1", "Egen lägenhet", AT), List.of("A1"), 7L);
    }

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
        assertEquals(componentNames(KindView.class), fieldNames(KindXml.class));
        assertEquals(componentNames(UnitView.class), fieldNames(UnitXml.class));
        assertEquals(componentNames(UnitRequest.class), fieldNames(UnitRequestXml.class));
        assertEquals(componentNames(ContractTerms.class), fieldNames(ContractXml.class));
        assertEquals(componentNames(WorkPlan.class), fieldNames(WorkPlanXml.class));
        assertEquals(componentNames(StayDecision.class), fieldNames(StayDecisionXml.class));
        assertEquals(componentNames(TreatmentPlanLink.class), fieldNames(TreatmentPlanLinkXml.class));
        assertEquals(componentNames(PlacementView.class), fieldNames(PlacementXml.class));
        assertEquals(componentNames(PlacementRequest.class), fieldNames(PlacementRequestXml.class));
        assertEquals(componentNames(WorkPlanRevision.class), fieldNames(WorkPlanRevisionXml.class));
        assertEquals(componentNames(VisitView.class), fieldNames(VisitXml.class));
        assertEquals(componentNames(NewVisit.class), fieldNames(NewVisitXml.class));
        assertEquals(componentNames(KeyEventView.class), fieldNames(KeyEventXml.class));
        assertEquals(componentNames(NewKeyEvent.class), fieldNames(NewKeyEventXml.class));
        assertEquals(componentNames(BreachView.class), fieldNames(BreachXml.class));
        assertEquals(componentNames(NewBreach.class), fieldNames(NewBreachXml.class));
        assertEquals(componentNames(GoalProgress.class), fieldNames(GoalProgressXml.class));
        assertEquals(componentNames(FollowUpView.class), fieldNames(FollowUpXml.class));
        assertEquals(componentNames(NewFollowUp.class), fieldNames(NewFollowUpXml.class));
        assertEquals(componentNames(CaseEventView.class), fieldNames(CaseEventXml.class));
        assertEquals(componentNames(Reminder.class), fieldNames(ReminderXml.class));
        assertEquals(componentNames(StatisticsView.class), fieldNames(StatisticsXml.class));
        assertEquals(componentNames(StatisticsView.Occupancy.class), fieldNames(StatisticsXml.OccupancyXml.class));
        assertEquals(componentNames(StatisticsView.MonthOccupancy.class), fieldNames(StatisticsXml.MonthXml.class));
        assertEquals(componentNames(StatisticsView.OutcomeCount.class), fieldNames(StatisticsXml.OutcomeXml.class));
    }

    @Test
    void allTypesFitInOneContextWithoutClashes() throws JAXBException {
        assertNotNull(JAXBContext.newInstance(TYPES.toArray(Class<?>[]::new)));
    }

    @Test
    void placementMapsEveryFieldAndSurvivesTheWire() throws Exception {
        PlacementXml x = PlacementXml.of(placement());
        assertEquals("2025-01-15", x.startDate);
        assertEquals("2025-09-02", x.moveOutBy);
        assertEquals("2025-03-04T10:15:30Z", x.requestedAt);
        assertEquals(List.of("bo", "elin"), x.staff);
        assertEquals(List.of("A1"), x.keysNotReturned);
        assertEquals(4500, x.contract.rentPerMonth);
        String xml = marshal("placement", PlacementXml.class, x);
        assertTrue(xml.contains("<keyNotReturned>A1</keyNotReturned>"), xml);
        assertTrue(xml.contains("<condition>Daglig sysselsättning</condition>"), xml);
        PlacementXml back = roundTrip("placement", PlacementXml.class, x);
        assertEquals(x.id, back.id);
        assertEquals(x.staff, back.staff);
        assertEquals(x.workPlan.toRecord(), back.workPlan.toRecord());
        assertEquals(x.contract.toRecord(), back.contract.toRecord());
        assertEquals(x.stayDecision.toRecord(), back.stayDecision.toRecord());
        assertEquals("Egen lägenhet", back.treatmentPlan.goal);
        assertEquals(Integer.valueOf(3), back.waitingPosition);
        assertEquals(7L, back.version);
    }

    @Test
    void aWaitingPlacementLeavesOutWhatIsNotSet() throws Exception {
        PlacementView v = new PlacementView("p2", "ANON-1", "boendestod", null, "WAITING", LocalDate.of(2025, 1, 1),
                null, null, null, null, null, new ContractTerms("NONE", null), PLAN, 1, null, 1, AT, List.of(), null,
                null, null, List.of(), 0L);
        String xml = marshal("placement", PlacementXml.class, PlacementXml.of(v));
        assertFalse(xml.contains("<unitId"), xml);
        assertFalse(xml.contains("<treatmentPlan"), xml);
        assertFalse(xml.contains("<stayDecision"), xml);
        assertTrue(xml.contains("<waitingPosition>1</waitingPosition>"), xml);
    }

    @Test
    void aPlacementRequestArrivesAsTheRecord() throws Exception {
        PlacementRequest r = new PlacementRequest("0f8fad5b-d9cb-469f-a165-70867728950e", "u1", null, "2025-02-01",
                "2025-07-31", new ContractTerms("SECOND_HAND", 4200), PLAN,
                new StayDecision("anna", "2025-01-20", "Förlängd vistelse"), true);
        PlacementRequestXml back = roundTrip("request", PlacementRequestXml.class, PlacementRequestXml.of(r));
        assertEquals(r, back.toRecord());
    }

    @Test
    void aBareRequestHasNoNestedParts() {
        PlacementRequestXml x = new PlacementRequestXml();
        x.personRef = "ANON-1";
        x.kindId = "boendestod";
        PlacementRequest r = x.toRecord();
        assertNull(r.contract());
        assertNull(r.workPlan());
        assertNull(r.waitIfFull());
    }

    @Test
    void unitRequestRoundTrips() throws Exception {
        UnitRequest r = new UnitRequest("traningslagenhet", "Markörgatan 2 A", "Markörgatan 2", "Mimer", 1, null, 12,
                24, "Dagtid", true, 3L);
        assertEquals(r, roundTrip("unit", UnitRequestXml.class, UnitRequestXml.of(r)).toRecord());
    }

    @Test
    void followUpKeepsItsGoalProgress() throws Exception {
        FollowUpView f = new FollowUpView("f1", "p1", LocalDate.of(2025, 2, 1), List.of("Bo", "Anna"),
                List.of(new GoalProgress("Eget kontrakt", "IN_PROGRESS", "Betalar hyran")), "Bra", LocalDate.of(2025, 3, 3),
                "bo", AT);
        FollowUpXml back = roundTrip("followUp", FollowUpXml.class, FollowUpXml.of(f));
        assertEquals("2025-03-03", back.nextDue);
        assertEquals(List.of("Bo", "Anna"), back.participants);
        assertEquals(f.goalProgress(), back.goalProgress.stream().map(GoalProgressXml::toRecord).toList());
    }

    @Test
    void newRecordsArriveAsTheirRecords() throws Exception {
        NewVisitXml v = new NewVisitXml();
        v.visitedOn = "2025-02-01";
        v.visitors.add("Bo");
        v.activities.add("ADL-träning");
        v.control = "Drogtest";
        assertEquals(new NewVisit("2025-02-01", List.of("Bo"), List.of("ADL-träning"), null, "Drogtest", null),
                roundTrip("visit", NewVisitXml.class, v).toRecord());
        NewBreachXml b = new NewBreachXml();
        b.occurredOn = "2025-02-02";
        b.description = "Berusad";
        b.consequence = "EVICTION";
        b.reason = "Upprepat";
        assertEquals(new NewBreach("2025-02-02", "Berusad", null, "EVICTION", "Upprepat", null),
                roundTrip("breach", NewBreachXml.class, b).toRecord());
        NewKeyEventXml k = new NewKeyEventXml();
        k.event = "HANDED_OUT";
        k.keyLabel = "A1";
        assertEquals(new NewKeyEvent("HANDED_OUT", "A1", null, null), roundTrip("keyEvent", NewKeyEventXml.class, k)
                .toRecord());
    }

    @Test
    void statisticsSurviveTheWire() throws Exception {
        StatisticsView s = new StatisticsView(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                List.of(new StatisticsView.Occupancy("u1", "Markörgatan 2 A", "traningslagenhet", 1,
                        List.of(new StatisticsView.MonthOccupancy("2025-01", 0.5, 0.5)), 1, 1, 15.0,
                        List.of(new StatisticsView.OutcomeCount("MOVED_OUT", "OWN_LEASE", 1)))),
                List.of(new StatisticsView.Occupancy("boendestod", "Boendestöd", "boendestod", 20,
                        List.of(new StatisticsView.MonthOccupancy("2025-01", 0, null)), 0, 0, null, List.of())));
        StatisticsXml back = roundTrip("statistics", StatisticsXml.class, StatisticsXml.of(s));
        assertEquals("2025-01-01", back.from);
        assertEquals(1, back.units.size());
        assertEquals(15.0, back.units.get(0).averageStayDays);
        assertEquals("OWN_LEASE", back.units.get(0).outcomes.get(0).reason);
        assertEquals(0.5, back.units.get(0).months.get(0).rate);
        assertNull(back.kinds.get(0).months.get(0).rate);
        assertNull(back.kinds.get(0).averageStayDays);
    }

    @Test
    void smallViewsMapEveryField() {
        KeyEventXml k = KeyEventXml.of(new KeyEventView("k1", "p1", "RETURNED", "A1", LocalDate.of(2025, 2, 1), "ok",
                "bo", AT));
        assertEquals("2025-02-01", k.occurredOn);
        BreachXml b = BreachXml.of(new BreachView("b1", "p1", LocalDate.of(2025, 2, 1), "d", "Nykterhet", "EVICTION",
                "r", "elin", LocalDate.of(2025, 2, 2), "elin", AT));
        assertEquals("2025-02-02", b.moveOutBy);
        CaseEventXml e = CaseEventXml.of(new CaseEventView("e1", "p1", "treatment-plan", "RELAPSE", "LAPSE", "enr1", AT));
        assertEquals("LAPSE", e.detail);
        ReminderXml r = ReminderXml.of(new Reminder("p1", "FOLLOW_UP_DUE", LocalDate.of(2025, 2, 1), -3));
        assertEquals(-3, r.daysLeft);
        KindXml kind = KindXml.of(new KindView("boendestod", "HOME_SUPPORT", "Boendestöd", -1, -1, -1, "", 20, 30,
                List.of("ADULT_MEN"), false, true, 20, 19, 0));
        assertEquals(List.of("ADULT_MEN"), kind.targetGroups);
        assertEquals(19, kind.freePlaces);
    }
}
