package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The support-groups offering (stödgrupper för barn, anhörigstöd) on its own: installed into the running platform
 * without disturbing anything; a children's group round of 15 meetings run jointly with a partner municipality
 * (guardian consent, age band, the partner's children known by a first name in its share and its own view, the
 * waiting list, attendance, the questionnaire and statistics that are counts only); a future round whose meetings are
 * moved and cancelled with notices to the participants' contacts; anonymous adult relatives over SOAP with no
 * identity number anywhere; a relative's identity shown to the client's practitioners only with consent; and its
 * data kept while the offering is removed.
 */
public abstract class AbstractSupportGroupsIT extends AbstractOfferingIT {
    static final String FEATURE = "kommunmeny-support-groups";
    static final String API = "/api/support-groups";
    static final String NS = "urn:se:kommunmeny:support-groups:1";

    private static Set<Long> platformBundles;

    @Before
    public void installOffering() throws Exception {
        awaitReady();
        if (platformBundles == null) {
            platformBundles = bundleStates().keySet();
            List<String> disturbed = disturbedBy(() -> install(FEATURE));
            assertTrue("installing support groups disturbed: " + disturbed, disturbed.isEmpty());
        }
        install(FEATURE);
        await("support groups live", Duration.ofSeconds(20), () -> get(ENHETSCHEF, API + "/cohorts").status() == 200);
    }

    protected JsonNode cohort(String programme, LocalDate firstMeeting, int places, List<Map<String, Object>> shares,
            LocalDate intakeUntil) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "firstMeeting", firstMeeting.toString(),
                "startTime", "17:00", "place", "Familjecentralen", "leaders", List.of(BEHANDLARE), "places", places,
                "partnerShares", shares, "intakeUntil", intakeUntil.toString()));
        Answer a = post(ENHETSCHEF, API + "/cohorts", toJson(body));
        assertEquals(a.body(), 201, a.status());
        return parse(a);
    }

    protected static Map<String, Object> consent(LocalDate on) {
        return Map.of("guardianName", "Förälder Förälder", "guardianContact", "070-123 45 67", "consentedOn", on.toString(),
                "scope", "Deltagande i stödgruppen och kontakt med gruppledarna");
    }

    protected Answer enrol(String user, String cohortId, Map<String, Object> participant) {
        return post(user, API + "/cohorts/" + cohortId + "/participants", toJson(participant));
    }

    protected static List<JsonNode> groupMeetings(JsonNode cohort) {
        List<JsonNode> meetings = new ArrayList<>();
        for (JsonNode m : cohort.get("meetings")) {
            if (!"PARENTS".equals(m.path("kind").asText())) {
                meetings.add(m);
            }
        }
        return meetings;
    }

    // ------------------------------------------------------------------ a children's round, joint with Köping

    @Test
    public void childrensRoundOfFifteenMeetingsJointWithAPartnerMunicipality() throws Exception {
        JsonNode entry = menuEntry("support-groups/dropp");
        assertEquals(entry.toString(), "RELATIVES_CHILDREN", entry.get("targetGroups").get(0).asText());
        LocalDate first = today().minusWeeks(14);
        JsonNode round = cohort("dropp", first, 6, List.of(Map.of("code", "1983", "name", "Köping", "places", 2,
                "user", PARTNER)), today());
        String cohortId = round.get("id").asText();
        List<JsonNode> meetings = groupMeetings(round);
        assertEquals(15, meetings.size());
        assertEquals(first.toString(), meetings.get(0).get("date").asText());
        assertEquals(today().toString(), meetings.get(14).get("date").asText());
        assertEquals(403, post(BEHANDLARE, API + "/cohorts", toJson(Map.of("programmeId", "dropp"))).status());

        // A registered child needs the guardian's consent and an age in the band (7–12).
        String child = registerPerson(personnummerBornOn(first.minusYears(9)), "Barn", "Ett");
        String teenager = registerPerson(personnummerBornOn(first.minusYears(15)), "Ton", "\u00c5ring");
        long participants = count("SELECT COUNT(*) FROM sg_participant");
        Answer noConsent = enrol(HANDLAGGARE, cohortId, Map.of("way", "REGISTERED", "personRef", child));
        assertEquals(noConsent.body(), 400, noConsent.status());
        assertTrue(noConsent.body(), noConsent.body().contains("guardianConsent"));
        assertEquals(400, enrol(HANDLAGGARE, cohortId, Map.of("way", "REGISTERED", "personRef", teenager,
                "guardianConsent", consent(first.minusDays(3)))).status());
        assertEquals("nothing stored from refused enrolments", participants, count("SELECT COUNT(*) FROM sg_participant"));
        Answer registered = enrol(HANDLAGGARE, cohortId, Map.of("way", "REGISTERED", "personRef", child,
                "guardianConsent", consent(first.minusDays(3))));
        assertEquals(registered.body(), 201, registered.status());

        // Dropp is not anonymous: a child is registered, with the guardian's consent.
        Answer anonymousChild = enrol(BEHANDLARE, cohortId, Map.of("way", "ANONYMOUS", "alias", "Mira", "ageYears", 10,
                "guardianConsent", consent(first)));
        assertEquals(anonymousChild.body(), 400, anonymousChild.status());
        List<String> children = new ArrayList<>(List.of(parse(registered).get("id").asText()));
        for (String name : List.of("Mira", "Olle", "Sam")) {
            String person = registerPerson(personnummerBornOn(first.minusYears(10)), name, "Barn");
            Answer a = enrol(BEHANDLARE, cohortId, Map.of("way", "REGISTERED", "personRef", person,
                    "guardianConsent", consent(first.minusDays(1)), "contact", "070-765 43 21"));
            assertEquals(a.body(), 201, a.status());
            children.add(parse(a).get("id").asText());
        }
        // The host's four places are taken: refused, or on the waiting list.
        String ida = registerPerson(personnummerBornOn(first.minusYears(9)), "Ida", "Barn");
        assertEquals(409, enrol(BEHANDLARE, cohortId, Map.of("way", "REGISTERED", "personRef", ida,
                "guardianConsent", consent(first))).status());
        JsonNode waiting = parse(enrol(BEHANDLARE, cohortId, Map.of("way", "REGISTERED", "personRef", ida,
                "guardianConsent", consent(first), "waitIfFull", true)));
        assertEquals("WAITING", waiting.get("status").asText());
        assertEquals(1, waiting.get("waitingPosition").asInt());

        // Köping's share of two places: its platform user enrols its own children and sees only them.
        for (String alias : List.of("Kim", "Noa")) {
            Answer a = enrol(PARTNER, cohortId, Map.of("way", "PARTNER", "partnerCode", "1983", "alias", alias,
                    "ageYears", 11, "guardianConsent", consent(first)));
            assertEquals(a.body(), 201, a.status());
        }
        assertEquals(409, enrol(PARTNER, cohortId, Map.of("way", "PARTNER", "partnerCode", "1983", "alias", "Liv",
                "ageYears", 11, "guardianConsent", consent(first))).status());
        assertEquals(403, enrol(PARTNER, cohortId, Map.of("way", "ANONYMOUS", "alias", "Liv", "ageYears", 11,
                "guardianConsent", consent(first))).status());
        Answer partnerView = get(PARTNER, API + "/cohorts/" + cohortId + "/partner-view");
        assertEquals(partnerView.body(), 200, partnerView.status());
        assertTrue(partnerView.body().contains("Kim") && partnerView.body().contains("Noa"));
        assertFalse(partnerView.body(), partnerView.body().contains("Mira") || partnerView.body().contains(child));
        assertEquals(403, get(PARTNER, API + "/cohorts/" + cohortId).status());
        assertEquals(403, get(OTHER_BEHANDLARE, API + "/cohorts/" + cohortId).status());

        // Attendance at every meeting (the leader); two children miss most of them.
        List<String> present = new ArrayList<>();
        for (JsonNode p : parse(get(BEHANDLARE, API + "/cohorts/" + cohortId + "/participants"))) {
            if ("ACTIVE".equals(p.get("status").asText())) {
                present.add(p.get("id").asText());
            }
        }
        assertEquals(6, present.size());
        for (int i = 0; i < 15; i++) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (String id : present) {
                boolean absent = (id.equals(children.get(1)) || id.equals(children.get(2))) && i >= 4;
                marks.add(Map.of("participantId", id, "present", !absent));
            }
            Answer a = put(BEHANDLARE, API + "/meetings/" + meetings.get(i).get("id").asText() + "/attendance", toJson(marks));
            assertEquals(a.body(), 200, a.status());
        }

        // The questionnaire: one form per participant, no link to who answered.
        JsonNode questions = find(parse(get(BEHANDLARE, API + "/programmes")), "id", "dropp").get("questions");
        for (int i = 0; i < 7; i++) {
            Map<String, Object> answers = new HashMap<>();
            for (JsonNode q : questions) {
                answers.put(q.get("id").asText(), i % 2 == 0 ? 5 : 4);
            }
            Answer form = post(BEHANDLARE, API + "/cohorts/" + cohortId + "/questionnaires", toJson(Map.of("answers", answers)));
            assertEquals("form " + (i + 1) + ": " + form.body(), i < 6 ? 201 : 409, form.status());
        }
        JsonNode questionnaire = parse(get(BEHANDLARE, API + "/cohorts/" + cohortId + "/questionnaire"));
        assertEquals(6, questionnaire.get("count").asInt());

        // Statistics per programme and year: counts only.
        assertEquals(403, get(BEHANDLARE, API + "/statistics?year=" + today().getYear()).status());
        Answer stats = get(ENHETSCHEF, API + "/statistics?year=" + first.getYear());
        assertEquals(stats.body(), 200, stats.status());
        for (String secret : List.of(child, "Mira", "Olle", "Kim", children.get(1))) {
            assertFalse("statistics reveal " + secret, stats.body().contains(secret));
        }
        JsonNode dropp = find(parse(stats).get("programmes"), "programmeId", "dropp");
        assertTrue(dropp.toString(), dropp.get("participants").asInt() >= 6);
        assertTrue(dropp.toString(), dropp.toString().contains("1983"));
    }

    // ------------------------------------------------------------------ a round ahead: moved and cancelled meetings

    @Test
    public void meetingsOfARoundAheadAreMovedAndCancelledWithNoticesToTheContacts() throws Exception {
        LocalDate first = today().plusDays(7);
        JsonNode round = cohort("dropp", first, 6, List.of(), first.minusDays(1));
        String cohortId = round.get("id").asText();
        List<JsonNode> meetings = groupMeetings(round);
        for (String name : List.of("Alva", "Ebbe")) {
            String person = registerPerson(personnummerBornOn(first.minusYears(8)), name, "Barn");
            Answer a = enrol(BEHANDLARE, cohortId, Map.of("way", "REGISTERED", "personRef", person,
                    "guardianConsent", consent(today())));
            assertEquals(a.body(), 201, a.status());
        }
        String third = meetings.get(2).get("id").asText();
        LocalDate last = LocalDate.parse(meetings.get(14).get("date").asText());
        Answer outside = put(BEHANDLARE, API + "/meetings/" + third, toJson(Map.of("date", last.plusDays(7).toString(),
                "startTime", "17:00", "reason", "Lov")));
        assertEquals(outside.body(), 400, outside.status());
        Answer moved = put(BEHANDLARE, API + "/meetings/" + third, toJson(Map.of("date",
                LocalDate.parse(meetings.get(2).get("date").asText()).plusDays(1).toString(), "startTime", "16:30",
                "reason", "Lokalen upptagen")));
        assertEquals(moved.body(), 200, moved.status());
        assertEquals(200, post(BEHANDLARE, API + "/meetings/" + meetings.get(5).get("id").asText() + "/cancellation",
                toJson(Map.of("reason", "Gruppledaren sjuk"))).status());
        JsonNode notices = parse(get(BEHANDLARE, API + "/cohorts/" + cohortId + "/notices"));
        assertEquals(notices.toString(), 4, notices.size());
        assertTrue(notices.toString(), notices.toString().contains("070-123 45 67"));
        assertEquals(403, get(OTHER_BEHANDLARE, API + "/cohorts/" + cohortId + "/notices").status());
        // Attendance before a meeting is held is refused.
        Answer early = put(BEHANDLARE, API + "/meetings/" + meetings.get(0).get("id").asText() + "/attendance", "[]");
        assertTrue(early.body(), early.status() == 400 || early.status() == 409);
    }

    // ------------------------------------------------------------------ anonymous adult relatives over SOAP

    private Answer groups(String user, String operation, String inner) {
        return soap(user, "SupportGroups", "<g:" + operation + " xmlns:g=\"" + NS + "\">" + inner + "</g:" + operation + ">");
    }

    @Test
    public void anonymousAdultRelativesOverSoapAndRelativesShownToPractitionersOnlyWithConsent() throws Exception {
        org.osgi.service.cm.Configuration programme = configAdmin.createFactoryConfiguration(
                "se.kommunmeny.supportgroups.programme", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("id", "anhorig");
        props.put("template", "anhorigprogram-7v");
        programme.update(props);
        try {
            assertEquals("RELATIVES_ADULTS", menuEntry("support-groups/anhorig").get("targetGroups").get(0).asText());
            Answer created = groups(ENHETSCHEF, "createCohort", "<cohort><programmeId>anhorig</programmeId><firstMeeting>"
                    + today().plusDays(3) + "</firstMeeting><startTime>18:00</startTime><place>Lotsen</place><leader>"
                    + BEHANDLARE + "</leader><places>8</places><intakeUntil>" + today().plusDays(2)
                    + "</intakeUntil></cohort>");
            assertEquals(created.body(), 200, created.status());
            String cohortId = tag(created.body(), "id");
            assertEquals(7, tags(created.body(), "theme").size());

            long participants = count("SELECT COUNT(*) FROM sg_participant");
            Answer withNumber = enrol(BEHANDLARE, cohortId, Map.of("way", "ANONYMOUS", "alias", "Karin",
                    "identityNumber", newPersonnummer()));
            assertEquals(withNumber.body(), 400, withNumber.status());
            Answer numberAsContact = enrol(BEHANDLARE, cohortId, Map.of("way", "ANONYMOUS", "alias", "Karin",
                    "contact", "Ring " + newPersonnummer()));
            assertEquals(numberAsContact.body(), 400, numberAsContact.status());
            assertEquals(participants, count("SELECT COUNT(*) FROM sg_participant"));
            Answer numbered = groups(BEHANDLARE, "enrol", "<cohortId>" + cohortId + "</cohortId><participant><way>ANONYMOUS"
                    + "</way><alias>" + newPersonnummer() + "</alias></participant>");
            assertFault(numbered, "validation");
            Answer anonymous = groups(BEHANDLARE, "enrol", "<cohortId>" + cohortId + "</cohortId><participant><way>ANONYMOUS"
                    + "</way><alias>Karin</alias></participant>");
            assertEquals(anonymous.body(), 200, anonymous.status());
            assertTrue(anonymous.body(), tag(anonymous.body(), "code").startsWith("G-"));

            // Two registered relatives of one client: only the one who consented is shown to the client's practitioners.
            String client = registerPerson("Klient", "Med Anh\u00f6riga");
            String sister = registerPerson("Syster", "Samtycker");
            String brother = registerPerson("Bror", "Samtycker Inte");
            assertEquals(200, groups(HANDLAGGARE, "enrol", "<cohortId>" + cohortId + "</cohortId><participant><way>"
                    + "REGISTERED</way><personRef>" + sister + "</personRef><relatedClientRef>" + client
                    + "</relatedClientRef><shareWithClientPractitioners>true</shareWithClientPractitioners></participant>")
                    .status());
            assertEquals(200, groups(HANDLAGGARE, "enrol", "<cohortId>" + cohortId + "</cohortId><participant><way>"
                    + "REGISTERED</way><personRef>" + brother + "</personRef><relatedClientRef>" + client
                    + "</relatedClientRef></participant>").status());
            JsonNode relatives = parse(get(OTHER_BEHANDLARE, API + "/clients/" + client + "/relatives"));
            assertEquals(relatives.toString(), 1, relatives.size());
            assertTrue(relatives.toString().contains(sister));
            assertFalse(relatives.toString(), relatives.toString().contains(brother));
            assertEquals(403, get(OPERATOR, API + "/clients/" + client + "/relatives").status());
            assertEquals("no identity number stored for anonymous participants", 0,
                    count("SELECT COUNT(*) FROM sg_participant WHERE way = 'ANONYMOUS' AND person_ref IS NOT NULL"));
        } finally {
            programme.delete();
        }
    }

    // ------------------------------------------------------------------ alone: removed and back, data kept

    @Test
    public void removedAndReinstalledWithoutDisturbingAnythingAndItsGroupsAreKept() throws Exception {
        JsonNode round = cohort("dropp", today().plusDays(21), 5, List.of(), today().plusDays(20));
        String cohortId = round.get("id").asText();
        assertEquals(200, get(null, "/soap/SupportGroups?wsdl").status());
        List<String> disturbed = disturbedBy(platformBundles, () -> uninstall(FEATURE));
        assertTrue("removing support groups disturbed: " + disturbed, disturbed.isEmpty());
        await("off the menu", Duration.ofSeconds(10), () -> !onMenu("support-groups/dropp"));
        assertEquals(404, get(ENHETSCHEF, API + "/cohorts/" + cohortId).status());
        assertEquals(404, get(null, "/soap/SupportGroups?wsdl").status());
        assertEquals(1, count("SELECT COUNT(*) FROM sg_cohort WHERE id = '" + cohortId + "'"));
        install(FEATURE);
        await("back", Duration.ofSeconds(20), () -> get(ENHETSCHEF, API + "/cohorts/" + cohortId).status() == 200);
        assertEquals(15, groupMeetings(parse(get(ENHETSCHEF, API + "/cohorts/" + cohortId))).size());
    }
}
