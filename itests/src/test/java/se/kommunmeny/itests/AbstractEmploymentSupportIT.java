package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The employment-support offering on its own (sysselsättningsstöd, arbetsträning): installed into the running
 * platform without disturbing anything, work places with reserved places (ages 18–25, "light" places), a step
 * model programme from placement through attendance, network meetings and a care conference's step change to its
 * outcome, statistics without identities, and its data kept while the offering is removed. Over REST and SOAP.
 */
public abstract class AbstractEmploymentSupportIT extends AbstractOfferingIT {
    static final String FEATURE = "kommunmeny-employment-support";
    static final String API = "/api/employment-support";
    static final String NS = "urn:se:kommunmeny:employment-support:1";

    private static Set<Long> platformBundles;

    @Before
    public void installOffering() throws Exception {
        awaitReady();
        if (platformBundles == null) {
            platformBundles = bundleStates().keySet();
            assertFalse("the treatment plan is not part of this test", isInstalled("kommunmeny-treatment-plan"));
            List<String> disturbed = disturbedBy(() -> install(FEATURE));
            assertTrue("installing employment support disturbed: " + disturbed, disturbed.isEmpty());
        }
        install(FEATURE);
        await("employment support live", Duration.ofSeconds(20),
                () -> get(ENHETSCHEF, API + "/kinds").status() == 200);
    }

    protected JsonNode workPlace(String kindId, String name, int places, List<Map<String, Object>> reservations) {
        Answer a = post(ENHETSCHEF, API + "/workplaces", toJson(Map.of("kindId", kindId, "name", name,
                "provider", Map.of("kind", "OWN", "name", "Arbetsmarknadsenheten"), "workType", "Snickeri",
                "places", places, "reservations", reservations, "supervisor", Map.of("name", "Sven Handledare"))));
        assertEquals(a.body(), 201, a.status());
        return parse(a);
    }

    protected Answer place(String person, String workPlaceId, String reservation, int hoursPerWeek, boolean waitIfFull) {
        // No step given: a kind with a step model starts in step I, one without has none.
        Map<String, Object> plan = new HashMap<>(Map.of("hoursPerWeek", hoursPerWeek, "tasks", List.of("Snickeri")));
        if (!"LIGHT".equals(reservation)) {
            plan.put("goals", List.of("Komma i tid", "Klara fyra timmar om dagen"));
        }
        return post(HANDLAGGARE, API + "/placements", toJson(Map.of("personRef", person, "workPlaceId", workPlaceId,
                "reservation", reservation, "startDate", today().minusDays(7).toString(), "workPlan", plan,
                "waitIfFull", waitIfFull)));
    }

    protected JsonNode placed(String person, String workPlaceId, String reservation) {
        Answer a = place(person, workPlaceId, reservation, 20, false);
        assertEquals(a.body(), 201, a.status());
        return parse(a);
    }

    // ------------------------------------------------------------------ alone: install, remove, keep data

    @Test
    public void removedAndReinstalledWithoutDisturbingAnythingAndItsCasesAreKept() throws Exception {
        JsonNode kinds = parse(get(HANDLAGGARE, API + "/kinds"));
        assertEquals(kinds.toString(), "STEP_PROGRAMME", find(kinds, "id", "stegmodell").get("kind").asText());
        assertEquals("WORK_SUPPORT", menuEntry("employment-support/arbetstraning").get("type").asText());
        assertEquals(200, get(null, "/soap/EmploymentSupport?wsdl").status());
        String wp = workPlace("arbetstraning", "Caféet", 3, List.of()).get("id").asText();
        String id = placed(registerPerson("Kvar", "Tränar"), wp, "NONE").get("id").asText();
        int free = menuEntry("employment-support/arbetstraning").get("freePlaces").asInt();

        List<String> disturbed = disturbedBy(platformBundles, () -> uninstall(FEATURE));
        assertTrue("removing employment support disturbed: " + disturbed, disturbed.isEmpty());
        await("off the menu", Duration.ofSeconds(10), () -> !onMenu("employment-support/arbetstraning"));
        Answer gone = get(HANDLAGGARE, API + "/placements/" + id);
        assertEquals(404, gone.status());
        assertTrue(gone.contentType().startsWith("application/problem+json"));
        assertEquals(404, get(null, "/soap/EmploymentSupport?wsdl").status());
        assertEquals("the case is kept while the offering is absent", 1,
                count("SELECT COUNT(*) FROM es_placement WHERE id = '" + id + "'"));

        install(FEATURE);
        await("back", Duration.ofSeconds(20), () -> get(HANDLAGGARE, API + "/placements/" + id).status() == 200);
        assertEquals("ACTIVE", parse(get(HANDLAGGARE, API + "/placements/" + id)).get("status").asText());
        assertEquals(free, menuEntry("employment-support/arbetstraning").get("freePlaces").asInt());
    }

    // ------------------------------------------------------------------ a step programme over REST

    @Test
    public void stepProgrammeWithReservedPlacesAttendanceMeetingsStepsAndOutcomes() throws Exception {
        // Four places: one reserved for ages 18–25, one "light" place (only drug tests and occupation).
        assertEquals(400, post(ENHETSCHEF, API + "/workplaces", toJson(Map.of("kindId", "stegmodell", "name", "För många",
                "places", 1, "reservations", List.of(Map.of("type", "LIGHT", "places", 2))))).status());
        String wp = workPlace("stegmodell", "Dagverksamheten Fältmätarn", 4, List.of(
                Map.of("type", "AGE_18_25", "places", 1), Map.of("type", "LIGHT", "places", 1))).get("id").asText();
        String young = registerPerson(personnummerBornOn(today().minusYears(20)), "Ung", "Vuxen");
        String older = registerPerson(personnummerBornOn(today().minusYears(40)), "Äldre", "Vuxen");
        String ordinary2 = registerPerson("Andra", "Deltagare");
        String waiting = registerPerson("Väntar", "Deltagare");
        String light = registerPerson("Lätt", "Deltagare");

        long placements = count("SELECT COUNT(*) FROM es_placement");
        Answer tooOld = place(older, wp, "AGE_18_25", 20, false);
        assertEquals(tooOld.body(), 400, tooOld.status());
        assertEquals(400, place(older, wp, "NONE", 0, false).status());
        assertEquals(400, place(older, wp, "NONE", 60, false).status());
        String anonymous = parse(post(BEHANDLARE, "/api/persons/anonymous", "")).get("code").asText();
        assertEquals(400, place(anonymous, wp, "AGE_18_25", 20, false).status());
        assertEquals("nothing stored from refused placements", placements, count("SELECT COUNT(*) FROM es_placement"));

        String youngId = placed(young, wp, "AGE_18_25").get("id").asText();
        String olderId = placed(older, wp, "NONE").get("id").asText();
        placed(ordinary2, wp, "NONE");
        // The two ordinary places are taken; the reserved ones are not for ordinary placements.
        assertEquals(409, place(waiting, wp, "NONE", 20, false).status());
        JsonNode queued = parse(place(waiting, wp, "NONE", 20, true));
        assertEquals("WAITING", queued.get("status").asText());
        assertEquals(1, queued.get("waitingPosition").asInt());
        assertEquals("ACTIVE", placed(light, wp, "LIGHT").get("status").asText());
        assertEquals(409, place(older, wp, "NONE", 20, true).status());

        // Attendance and hours, by the assigned supervisor only.
        assertEquals(200, put(ENHETSCHEF, API + "/placements/" + olderId + "/staff", toJson(Map.of("staff", List.of(BEHANDLARE)))).status());
        String attendance = API + "/placements/" + olderId + "/attendance";
        assertEquals(201, post(BEHANDLARE, attendance, toJson(Map.of("date", today().toString(), "present", true,
                "hours", 6))).status());
        assertEquals(409, post(BEHANDLARE, attendance, toJson(Map.of("date", today().toString(), "present", true,
                "hours", 4))).status());
        assertEquals(400, post(BEHANDLARE, attendance, toJson(Map.of("date", today().plusDays(1).toString(),
                "present", true, "hours", 4))).status());
        assertEquals(400, post(BEHANDLARE, attendance, toJson(Map.of("date", today().minusDays(1).toString(),
                "present", true, "hours", 13))).status());
        assertEquals(201, post(BEHANDLARE, attendance, toJson(Map.of("date", today().minusDays(1).toString(),
                "present", false, "absenceReason", "SICK"))).status());
        assertEquals(403, post(OTHER_BEHANDLARE, attendance, toJson(Map.of("date", today().minusDays(2).toString(),
                "present", true, "hours", 4))).status());
        JsonNode recorded = parse(get(BEHANDLARE, attendance));
        assertTrue(recorded.toString(), recorded.toString().contains("SICK"));
        assertEquals(2, count("SELECT COUNT(*) FROM es_attendance WHERE placement_id = '" + olderId + "'"));

        // Supervisor notes and a follow-up meeting with the professional network.
        assertEquals(201, post(BEHANDLARE, API + "/placements/" + olderId + "/notes", toJson(Map.of(
                "writtenOn", today().toString(), "text", "Arbetar självständigt vid hyvelbänken"))).status());
        assertEquals(201, post(BEHANDLARE, API + "/placements/" + olderId + "/meetings", toJson(Map.of(
                "heldOn", today().toString(), "participants", List.of(
                        Map.of("organisation", "EMPLOYMENT_SERVICE", "name", "Arbetsförmedlingen Arboga"),
                        Map.of("organisation", "SOCIAL_INSURANCE", "name", "Försäkringskassan")),
                "summary", "Planerar inskrivning som arbetssökande", "nextMeetingOn", today().plusMonths(1).toString())))
                .status());

        // Steps are changed by a care conference only.
        String steps = API + "/placements/" + olderId + "/step-changes";
        assertEquals(400, post(BEHANDLARE, steps, toJson(Map.of("toStep", "STEP_II",
                "decidedOn", today().toString()))).status());
        assertEquals(400, post(BEHANDLARE, steps, toJson(Map.of("toStep", "STEP_I", "decidedOn", today().toString(),
                "careConference", Map.of("heldOn", today().toString(), "participants", List.of("Arbetsförmedlingen"),
                        "decision", "Stanna kvar")))).status());
        Answer stepped = post(BEHANDLARE, steps, toJson(Map.of("toStep", "STEP_II", "decidedOn", today().toString(),
                "careConference", Map.of("heldOn", today().toString(), "participants",
                        List.of("Arbetsförmedlingen", "Socialtjänsten"), "decision", "Går vidare till steg II"))));
        assertTrue(stepped.body(), stepped.ok());
        assertEquals("STEP_II", parse(get(BEHANDLARE, API + "/placements/" + olderId)).get("workPlan").get("step").asText());

        // The outcome frees the place for the one waiting.
        assertEquals(400, post(BEHANDLARE, API + "/placements/" + olderId + "/end", toJson(Map.of(
                "endedOn", today().toString(), "outcome", "RETIRED"))).status());
        JsonNode ended = parse(post(BEHANDLARE, API + "/placements/" + olderId + "/end", toJson(Map.of(
                "endedOn", today().toString(), "outcome", "REGISTERED_JOB_SEEKER"))));
        assertEquals("ENDED", ended.get("status").asText());
        assertEquals("ACTIVE", parse(post(ENHETSCHEF, API + "/placements/" + queued.get("id").asText() + "/admission",
                "{\"startDate\":\"" + today() + "\"}")).get("status").asText());

        // Statistics per work place without identities; only for the unit manager.
        assertEquals(403, get(HANDLAGGARE, API + "/statistics").status());
        Answer stats = get(ENHETSCHEF, API + "/statistics");
        assertEquals(stats.body(), 200, stats.status());
        for (String secret : List.of(young, older, youngId, olderId, "Äldre", "Ung")) {
            assertFalse("statistics reveal " + secret, stats.body().contains(secret));
        }
        JsonNode place = find(parse(stats).get("workPlaces"), "workPlaceId", wp);
        assertEquals(place.toString(), 5, place.get("started").asInt());
        assertEquals(place.toString(), 1, place.get("ended").asInt());
        assertEquals(place.toString(), 1, place.get("outcomes").get("REGISTERED_JOB_SEEKER").asInt());
        assertEquals(place.toString(), 7.0, place.get("averageDaysOfEndedStays").asDouble(), 0.001);
        JsonNode thisMonth = find(place.get("months"), "month", today().toString().substring(0, 7));
        assertTrue(place.toString(), thisMonth.get("averageOccupied").asDouble() > 0);
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE person_id = '" + older + "'") >= 5);
    }

    // ------------------------------------------------------------------ work training at a partner over SOAP

    private Answer employment(String user, String operation, String inner) {
        return soap(user, "EmploymentSupport", "<e:" + operation + " xmlns:e=\"" + NS + "\">" + inner + "</e:" + operation + ">");
    }

    private static String soapPlacement(String person, String workPlace, int hours) {
        return "<placement><personRef>" + person + "</personRef><workPlaceId>" + workPlace + "</workPlaceId>"
                + "<startDate>" + today().minusDays(3) + "</startDate><workPlan><goal>Social samvaro</goal>"
                + "<goal>Struktur i vardagen</goal><hoursPerWeek>" + hours + "</hoursPerWeek><task>Caf\u00e9</task>"
                + "</workPlan></placement>";
    }

    @Test
    public void workTrainingAtANonProfitOverSoap() throws Exception {
        Answer registered = employment(ENHETSCHEF, "registerWorkPlace", "<workPlace><kindId>arbetstraning</kindId>"
                + "<name>Hela M\u00e4nniskans caf\u00e9</name><provider><kind>PARTNER</kind><name>RIA/Hela M\u00e4nniskan"
                + "</name></provider><workType>Caf\u00e9</workType><places>5</places><supervisor><name>Greta</name>"
                + "</supervisor></workPlace>");
        assertEquals(registered.body(), 200, registered.status());
        String workPlace = tag(registered.body(), "id");
        assertFault(employment(HANDLAGGARE, "registerWorkPlace", "<workPlace><kindId>arbetstraning</kindId>"
                + "<name>X</name><places>1</places></workPlace>"), "forbidden");
        String person = registerPerson("Caf\u00e9", "Tr\u00e4nare");

        long placements = count("SELECT COUNT(*) FROM es_placement");
        assertFault(employment(HANDLAGGARE, "place", soapPlacement(person, workPlace, 50)), "validation");
        assertEquals(placements, count("SELECT COUNT(*) FROM es_placement"));
        Answer placed = employment(HANDLAGGARE, "place", soapPlacement(person, workPlace, 15));
        assertEquals(placed.body(), 200, placed.status());
        assertEquals("ACTIVE", tag(placed.body(), "status"));
        String id = "<placementId>" + tag(placed.body(), "id") + "</placementId>";
        assertEquals(200, employment(ENHETSCHEF, "assignStaff", id + "<staff>" + BEHANDLARE + "</staff>").status());

        assertFault(employment(BEHANDLARE, "recordAttendance", id + "<attendance><date>" + today().plusDays(1)
                + "</date><present>true</present><hours>4</hours></attendance>"), "validation");
        assertFault(employment(OTHER_BEHANDLARE, "recordAttendance", id + "<attendance><date>" + today()
                + "</date><present>true</present><hours>4</hours></attendance>"), "forbidden");
        for (int daysAgo = 0; daysAgo < 3; daysAgo++) {
            Answer a = employment(BEHANDLARE, "recordAttendance", id + "<attendance><date>" + today().minusDays(daysAgo)
                    + "</date><present>true</present><hours>4.5</hours></attendance>");
            assertEquals(a.body(), 200, a.status());
        }
        Answer summary = employment(BEHANDLARE, "listAttendance", id);
        assertEquals(summary.body(), 13.5, Double.parseDouble(tag(summary.body(), "totalHours")), 0.001);
        // Work training has no step model: a step change is refused.
        assertFault(employment(BEHANDLARE, "changeStep", id + "<stepChange><toStep>STEP_II</toStep><decidedOn>"
                + today() + "</decidedOn><careConference><heldOn>" + today() + "</heldOn><participant>AF</participant>"
                + "<decision>Vidare</decision></careConference></stepChange>"), "validation");
        assertFault(employment(BEHANDLARE, "linkTreatmentPlan", id + "<planId>x</planId>"), "unavailable");
        assertEquals(0, tags(employment(BEHANDLARE, "listCaseEvents", id).body(), "topic").size());

        Answer ended = employment(BEHANDLARE, "endPlacement", id + "<endedOn>" + today() + "</endedOn>"
                + "<outcome>JOB</outcome><note>Anst\u00e4lld p\u00e5 caf\u00e9et</note>");
        assertEquals(ended.body(), 200, ended.status());
        assertEquals("ENDED", tag(ended.body(), "status"));
        Answer stats = employment(ENHETSCHEF, "statistics", "");
        assertEquals(stats.body(), 200, stats.status());
        assertFalse(stats.body().contains(person));
        assertTrue(stats.body(), stats.body().contains("JOB"));
        assertFault(employment(BEHANDLARE, "statistics", ""), "forbidden");
    }
}
