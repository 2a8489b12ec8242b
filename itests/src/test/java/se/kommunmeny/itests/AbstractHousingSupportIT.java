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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The housing-support offering on its own (boendestöd): installed into the running platform without disturbing
 * anything, the housing stock, a training flat's case from placement to contract transfer, eviction within the
 * unit's rules, an exit flat's maximum stay, support in the person's own home, statistics without identities, and
 * its data kept while the offering is removed. Over REST and SOAP.
 */
public abstract class AbstractHousingSupportIT extends AbstractOfferingIT {
    static final String FEATURE = "kommunmeny-housing-support";
    static final String API = "/api/housing-support";
    static final String NS = "urn:se:kommunmeny:housing-support:1";

    private static Set<Long> platformBundles;

    @Before
    public void installOffering() throws Exception {
        awaitReady();
        if (platformBundles == null) {
            platformBundles = bundleStates().keySet();
            assertFalse("the treatment plan is not part of this test", isInstalled("kommunmeny-treatment-plan"));
            List<String> disturbed = disturbedBy(() -> install(FEATURE));
            assertTrue("installing housing support disturbed: " + disturbed, disturbed.isEmpty());
        }
        install(FEATURE);
        await("housing support live", Duration.ofSeconds(20),
                () -> get(ENHETSCHEF, API + "/kinds").status() == 200);
    }

    protected JsonNode unit(String kindId, String name, int places) {
        Answer a = post(ENHETSCHEF, API + "/units", toJson(Map.of("kindId", kindId, "name", name,
                "address", name + ", Arboga", "landlord", "Arbogabostäder", "places", places)));
        assertEquals(a.body(), 201, a.status());
        return parse(a);
    }

    protected static Map<String, Object> workPlan() {
        return Map.of("supportGoals", List.of("Betala hyran i tid", "Sköta lägenheten"),
                "adlTraining", List.of("Tvätt", "Matlagning", "Ekonomi"),
                "conditions", List.of("Drogfrihet", "Daglig sysselsättning"));
    }

    protected Answer place(String user, String person, String unitId, LocalDate start, boolean waitIfFull) {
        Map<String, Object> body = new HashMap<>(Map.of("personRef", person, "unitId", unitId,
                "startDate", start.toString(), "contract", Map.of("type", "SECOND_HAND", "rentPerMonth", 4200),
                "workPlan", workPlan(), "waitIfFull", waitIfFull));
        return post(user, API + "/placements", toJson(body));
    }

    protected JsonNode placed(String person, String unitId, LocalDate start) {
        Answer a = place(HANDLAGGARE, person, unitId, start, false);
        assertEquals(a.body(), 201, a.status());
        return parse(a);
    }

    protected void assignStaff(String placementId, String... users) {
        Answer a = put(ENHETSCHEF, API + "/placements/" + placementId + "/staff", toJson(Map.of("staff", List.of(users))));
        assertEquals(a.body(), 200, a.status());
    }

    // ------------------------------------------------------------------ alone: install, remove, keep data

    @Test
    public void removedAndReinstalledWithoutDisturbingAnythingAndItsCasesAreKept() throws Exception {
        JsonNode kinds = parse(get(HANDLAGGARE, API + "/kinds"));
        assertEquals(kinds.toString(), "TRAINING_FLAT", find(kinds, "id", "traningslagenhet").get("kind").asText());
        assertEquals("HOUSING_SUPPORT", menuEntry("housing-support/traningslagenhet").get("type").asText());
        assertEquals(200, get(null, "/soap/HousingSupport?wsdl").status());
        JsonNode unit = unit("traningslagenhet", "Träningslägenhet Storgatan 1", 1);
        String person = registerPerson("Kvar", "Boende");
        JsonNode placement = placed(person, unit.get("id").asText(), today());
        String id = placement.get("id").asText();
        assertEquals("ACTIVE", placement.get("status").asText());

        int free = menuEntry("housing-support/traningslagenhet").get("freePlaces").asInt();
        List<String> disturbed = disturbedBy(platformBundles, () -> uninstall(FEATURE));
        assertTrue("removing housing support disturbed: " + disturbed, disturbed.isEmpty());
        await("off the menu", Duration.ofSeconds(10), () -> !onMenu("housing-support/traningslagenhet"));
        Answer gone = get(HANDLAGGARE, API + "/placements/" + id);
        assertEquals(404, gone.status());
        assertTrue(gone.contentType().startsWith("application/problem+json"));
        assertEquals(404, get(null, "/soap/HousingSupport?wsdl").status());
        assertEquals("the case is kept while the offering is absent", 1,
                count("SELECT COUNT(*) FROM hs_placement WHERE id = '" + id + "'"));

        install(FEATURE);
        await("back", Duration.ofSeconds(20), () -> get(HANDLAGGARE, API + "/placements/" + id).status() == 200);
        assertEquals("ACTIVE", parse(get(HANDLAGGARE, API + "/placements/" + id)).get("status").asText());
        assertEquals(free, menuEntry("housing-support/traningslagenhet").get("freePlaces").asInt());
    }

    // ------------------------------------------------------------------ a training flat's case over REST

    @Test
    public void trainingFlatsFromPlacementToContractTransferAndEviction() throws Exception {
        int freeBefore = menuEntry("housing-support/traningslagenhet").get("freePlaces").asInt();
        String u1 = unit("traningslagenhet", "Träningslägenhet Markörgatan 2 A", 1).get("id").asText();
        String u2 = unit("traningslagenhet", "Träningslägenhet Markörgatan 2 B", 1).get("id").asText();
        assertEquals(freeBefore + 2, menuEntry("housing-support/traningslagenhet").get("freePlaces").asInt());
        assertEquals(403, post(BEHANDLARE, API + "/units", toJson(Map.of("kindId", "traningslagenhet", "name", "X",
                "places", 1))).status());
        assertEquals(400, post(ENHETSCHEF, API + "/units", toJson(Map.of("kindId", "traningslagenhet", "name", "Noll",
                "places", 0))).status());

        // Anna has lived in her training flat for 13 months; Cecilia for a little less than 12.
        String anna = registerPerson("Anna", "Tränar");
        String bertil = registerPerson("Bertil", "Väntar");
        String cecilia = registerPerson("Cecilia", "Bor");
        JsonNode a = placed(anna, u1, today().minusMonths(13));
        String aId = a.get("id").asText();
        assertEquals("SECOND_HAND", a.get("contract").get("type").asText());
        JsonNode c = placed(cecilia, u2, today().minusMonths(12).plusDays(10));
        String cId = c.get("id").asText();
        assertEquals(freeBefore, menuEntry("housing-support/traningslagenhet").get("freePlaces").asInt());

        // Full: refused, or on the waiting list when asked for; one home at a time.
        long placements = count("SELECT COUNT(*) FROM hs_placement");
        Answer full = place(HANDLAGGARE, bertil, u2, today(), false);
        assertEquals(full.body(), 409, full.status());
        assertEquals(placements, count("SELECT COUNT(*) FROM hs_placement"));
        JsonNode waiting = parse(place(HANDLAGGARE, bertil, u2, today(), true));
        assertEquals("WAITING", waiting.get("status").asText());
        assertEquals(1, waiting.get("waitingPosition").asInt());
        String bId = waiting.get("id").asText();
        // One home at a time: a free flat elsewhere is refused while Anna lives in hers; she may queue for the next.
        String u3 = unit("traningslagenhet", "Träningslägenhet Markörgatan 2 C", 1).get("id").asText();
        Answer twoHomes = place(HANDLAGGARE, anna, u3, today(), false);
        assertEquals(twoHomes.body(), 409, twoHomes.status());
        assertEquals(2, parse(place(HANDLAGGARE, anna, u2, today(), true)).get("waitingPosition").asInt());
        assertEquals(409, post(ENHETSCHEF, API + "/placements/" + bId + "/admission",
                "{\"startDate\":\"" + today() + "\"}").status());

        // The support worker is assigned; another practitioner is kept out and the attempt audited.
        assignStaff(aId, BEHANDLARE);
        assignStaff(cId, BEHANDLARE);
        String visits = API + "/placements/" + aId + "/visits";
        Map<String, Object> visit = Map.of("visitedOn", today().toString(), "visitors", List.of(BEHANDLARE),
                "activities", List.of("ADL-träning", "Ekonomi"), "support", "Gick igenom räkningarna",
                "control", "Lägenheten städad, ingen alkohol synlig");
        Answer v = post(BEHANDLARE, visits, toJson(visit));
        assertEquals(v.body(), 201, v.status());
        Map<String, Object> future = new HashMap<>(visit);
        future.put("visitedOn", today().plusDays(1).toString());
        Answer bad = post(BEHANDLARE, visits, toJson(future));
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals(1, parse(get(BEHANDLARE, visits)).size());
        long denied = count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DENIED' AND user_name = '"
                + OTHER_BEHANDLARE + "'");
        assertEquals(403, get(OTHER_BEHANDLARE, visits).status());
        assertEquals(403, post(OTHER_BEHANDLARE, visits, toJson(visit)).status());
        assertEquals(denied + 2, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DENIED' AND user_name = '"
                + OTHER_BEHANDLARE + "'"));
        assertEquals(403, get(OPERATOR, API + "/placements/" + aId).status());
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE person_id = '" + anna + "' AND user_name = '"
                + BEHANDLARE + "'") >= 2);

        // Keys: handed out, and returned only when out.
        String keys = API + "/placements/" + aId + "/keys";
        assertEquals(201, post(BEHANDLARE, keys, toJson(Map.of("event", "HANDED_OUT", "keyLabel", "A-1",
                "occurredOn", today().toString()))).status());
        assertEquals(409, post(BEHANDLARE, keys, toJson(Map.of("event", "RETURNED", "keyLabel", "Z-9",
                "occurredOn", today().toString()))).status());
        assertEquals(1, parse(get(BEHANDLARE, keys)).size());

        // Follow-up every 30 days by default.
        JsonNode followUp = parse(post(BEHANDLARE, API + "/placements/" + aId + "/follow-ups", toJson(Map.of(
                "heldOn", today().toString(), "participants", List.of(BEHANDLARE, "Anna"),
                "goalProgress", List.of(Map.of("goal", "Betala hyran i tid", "status", "ACHIEVED"))))));
        assertEquals(followUp.toString(), today().plusDays(30).toString(), followUp.get("nextDue").asText());
        assertEquals(today().plusDays(30).toString(),
                parse(get(BEHANDLARE, API + "/placements/" + aId)).get("nextFollowUpDue").asText());

        // Reminders: Cecilia's qualifying period ends within the month; her contract cannot pass to her yet.
        JsonNode reminders = parse(get(ENHETSCHEF, API + "/reminders?withinDays=30"));
        assertTrue(reminders.toString(), reminders.toString().contains("QUALIFYING_PERIOD_REACHED")
                && reminders.toString().contains(cId));
        Answer early = post(HANDLAGGARE, API + "/placements/" + cId + "/contract-transfer",
                "{\"transferredOn\":\"" + today() + "\"}");
        assertEquals(early.body(), 409, early.status());
        assertTrue(early.body(), early.body().contains(today().plusDays(10).toString()));

        // Anna's contract passes to her: the flat leaves the stock.
        JsonNode transferred = parse(post(HANDLAGGARE, API + "/placements/" + aId + "/contract-transfer",
                "{\"transferredOn\":\"" + today() + "\"}"));
        assertEquals("CONTRACT_TRANSFERRED", transferred.get("status").asText());
        assertFalse(parse(get(ENHETSCHEF, API + "/units/" + u1)).get("active").asBoolean());

        // A breach: a warning by the support worker; eviction only by the unit manager, with a reason.
        String breaches = API + "/placements/" + cId + "/breaches";
        assertEquals(201, post(BEHANDLARE, breaches, toJson(Map.of("occurredOn", today().toString(),
                "description", "Fest med alkohol", "condition", "Drogfrihet", "consequence", "WARNING",
                "reason", "Första gången"))).status());
        Map<String, Object> eviction = Map.of("occurredOn", today().toString(), "description",
                "Hot mot grannar", "condition", "Ordningsregler", "consequence", "EVICTION",
                "reason", "Upprepade brott mot arbetsplanen", "decisionMaker", "Elin Enhetschef");
        assertEquals(403, post(BEHANDLARE, breaches, toJson(eviction)).status());
        assertEquals("ACTIVE", parse(get(HANDLAGGARE, API + "/placements/" + cId)).get("status").asText());
        Answer evicted = post(ENHETSCHEF, breaches, toJson(eviction));
        assertEquals(evicted.body(), 201, evicted.status());
        JsonNode afterEviction = parse(get(HANDLAGGARE, API + "/placements/" + cId));
        assertEquals("EVICTED", afterEviction.get("status").asText());
        assertEquals(2, parse(get(ENHETSCHEF, breaches)).size());

        // The place is free: the waiting client is admitted.
        JsonNode admitted = parse(post(ENHETSCHEF, API + "/placements/" + bId + "/admission",
                "{\"startDate\":\"" + today() + "\"}"));
        assertEquals("ACTIVE", admitted.get("status").asText());
        assertTrue(admitted.toString(), admitted.path("waitingPosition").isNull()
                || admitted.path("waitingPosition").isMissingNode());

        // Statistics per unit without identities; only for the unit manager.
        assertEquals(403, get(BEHANDLARE, API + "/statistics").status());
        Answer stats = get(ENHETSCHEF, API + "/statistics");
        assertEquals(stats.body(), 200, stats.status());
        for (String secret : List.of(anna, bertil, cecilia, aId, bId, cId, "Anna", "Cecilia")) {
            assertFalse("statistics reveal " + secret, stats.body().contains(secret));
        }
        JsonNode first = find(parse(stats).get("units"), "id", u1);
        assertEquals(first.toString(), 1, first.get("ended").asInt());
        assertTrue(first.toString(), first.get("averageStayDays").asDouble() >= 365);
        assertEquals(first.toString(), "CONTRACT_TRANSFERRED", first.get("outcomes").get(0).get("status").asText());
        JsonNode second = find(parse(stats).get("units"), "id", u2);
        assertEquals(second.toString(), "EVICTED", find(second.get("outcomes"), "status", "EVICTED").get("status").asText());
        JsonNode thisMonth = find(second.get("months"), "month", today().toString().substring(0, 7));
        assertTrue(second.toString(), thisMonth.get("averageOccupied").asDouble() > 0);
        assertTrue(find(parse(stats).get("kinds"), "id", "traningslagenhet").get("ended").asInt() >= 2);
    }

    // ------------------------------------------------------------------ an exit flat and home support over SOAP

    private Answer housing(String user, String operation, String inner) {
        return soap(user, "HousingSupport", "<h:" + operation + " xmlns:h=\"" + NS + "\">" + inner + "</h:" + operation + ">");
    }

    private static String soapPlacement(String person, String unitOrKind, LocalDate start, String plannedEnd,
            String decision) {
        return "<request><personRef>" + person + "</personRef>" + unitOrKind + "<startDate>" + start + "</startDate>"
                + (plannedEnd == null ? "" : "<plannedEndDate>" + plannedEnd + "</plannedEndDate>")
                + "<contract><type>SECOND_HAND</type></contract><workPlan><supportGoal>Klara vardagen</supportGoal>"
                + "<adlTraining>Matlagning</adlTraining><condition>Drogfrihet</condition></workPlan>"
                + (decision == null ? "" : decision) + "</request>";
    }

    @Test
    public void exitFlatMaximumStayAndHomeSupportOverSoap() throws Exception {
        Answer registered = housing(ENHETSCHEF, "registerUnit", "<unit><kindId>utslussboende</kindId>"
                + "<name>Utslussl\u00e4genhet Vita Nova 1</name><address>Vita Nova, Arboga</address><places>2</places></unit>");
        assertEquals(registered.body(), 200, registered.status());
        String unit = "<unitId>" + tag(registered.body(), "id") + "</unitId>";
        assertFault(housing(BEHANDLARE, "registerUnit", "<unit><kindId>utslussboende</kindId><name>X</name>"
                + "<places>1</places></unit>"), "forbidden");
        String person = registerPerson("Utsluss", "Boende");
        LocalDate start = today().minusMonths(5);

        // Six months at most: a longer stay needs a recorded decision.
        long placements = count("SELECT COUNT(*) FROM hs_placement");
        assertFault(housing(HANDLAGGARE, "place", soapPlacement(person, unit, start,
                start.plusMonths(8).toString(), null)), "validation");
        assertEquals(placements, count("SELECT COUNT(*) FROM hs_placement"));
        Answer placed = housing(HANDLAGGARE, "place", soapPlacement(person, unit, start, null, null));
        assertEquals(placed.body(), 200, placed.status());
        assertEquals(start.plusMonths(6).minusDays(1).toString(), tag(placed.body(), "plannedEndDate"));
        String id = "<placementId>" + tag(placed.body(), "id") + "</placementId>";
        assertTrue(parse(get(ENHETSCHEF, API + "/reminders?withinDays=31")).toString().contains("MAX_STAY_ENDING"));
        assertFault(housing(HANDLAGGARE, "extendStay", id + "<plannedEndDate>" + start.plusMonths(8)
                + "</plannedEndDate>"), "validation");
        Answer extended = housing(HANDLAGGARE, "extendStay", id + "<plannedEndDate>" + start.plusMonths(8)
                + "</plannedEndDate><decision><decidedBy>Anna Handl\u00e4ggare</decidedBy><decidedOn>" + today()
                + "</decidedOn><reason>V\u00e4ntar p\u00e5 tr\u00e4ningsl\u00e4genhet</reason></decision>");
        assertEquals(extended.body(), 200, extended.status());
        assertEquals(start.plusMonths(8).toString(), tag(extended.body(), "plannedEndDate"));

        // Visits: not in the future; the exit flat's rules allow no eviction.
        assertEquals(200, housing(ENHETSCHEF, "assignStaff", id + "<staff>" + BEHANDLARE + "</staff>").status());
        assertFault(housing(BEHANDLARE, "recordVisit", id + "<visit><visitedOn>" + today().plusDays(2)
                + "</visitedOn><visitor>bo</visitor><activity>Samtal</activity></visit>"), "validation");
        Answer visit = housing(BEHANDLARE, "recordVisit", id + "<visit><visitedOn>" + today()
                + "</visitedOn><visitor>bo</visitor><activity>Samtal</activity><support>Planerade flytten</support>"
                + "<control>Utandningsprov negativt</control></visit>");
        assertEquals(visit.body(), 200, visit.status());
        assertEquals(1, tags(housing(BEHANDLARE, "listVisits", id).body(), "visitedOn").size());
        assertFault(housing(ENHETSCHEF, "recordBreach", id + "<breach><occurredOn>" + today() + "</occurredOn>"
                + "<description>Bråk</description><consequence>EVICTION</consequence><reason>Hot</reason>"
                + "<decisionMaker>Elin</decisionMaker></breach>"), "conflict");
        assertEquals("nothing listed from the treatment plan, which is not installed", 0,
                tags(housing(BEHANDLARE, "listCaseEvents", id).body(), "topic").size());
        assertFault(housing(BEHANDLARE, "linkTreatmentPlan", id + "<planId>x</planId>"), "unavailable");
        Answer moved = housing(BEHANDLARE, "moveOut", id + "<movedOutOn>" + today() + "</movedOutOn>"
                + "<reason>OWN_LEASE</reason>");
        assertEquals(moved.body(), 200, moved.status());
        assertEquals("MOVED_OUT", tag(moved.body(), "status"));

        // Support in the person's own home: no unit, the caseload is the capacity.
        int free = menuEntry("housing-support/boendestod").get("freePlaces").asInt();
        Answer home = housing(HANDLAGGARE, "place", "<request><personRef>" + person + "</personRef>"
                + "<kindId>boendestod</kindId><startDate>" + today() + "</startDate><contract><type>NONE</type></contract>"
                + "<workPlan><supportGoal>Betala r\u00e4kningar</supportGoal></workPlan></request>");
        assertEquals(home.body(), 200, home.status());
        assertEquals("ACTIVE", tag(home.body(), "status"));
        assertEquals(free - 1, menuEntry("housing-support/boendestod").get("freePlaces").asInt());
        Answer stats = housing(ENHETSCHEF, "statistics", "");
        assertEquals(stats.body(), 200, stats.status());
        assertFalse(stats.body().contains(person));
        assertFault(housing(BEHANDLARE, "statistics", ""), "forbidden");
    }

    // ------------------------------------------------------------------ at the same moment

    @Test
    public void simultaneousPlacementsNeverOverfillAUnitNorGiveOnePersonTwoHomes() throws Exception {
        String shared = unit("utslussboende", "Utslussboende Kastanjen", 2).get("id").asText();
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            persons.add(registerPerson("Samtidig" + i, "Boende"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (String person : persons) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return place(HANDLAGGARE, person, shared, today(), false);
                }));
            }
            go.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Answer> f : answers) {
                statuses.merge(f.get(60, TimeUnit.SECONDS).status(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 2, 409, 4), statuses);
            assertEquals(2, count("SELECT COUNT(*) FROM hs_placement WHERE unit_id = '" + shared
                    + "' AND status = 'ACTIVE'"));

            // One person, two free flats, two case officers at the same moment: one home.
            String twice = registerPerson("Dubbel", "Boende");
            CountDownLatch both = new CountDownLatch(1);
            List<Future<Answer>> pair = new ArrayList<>();
            for (String name : List.of("Kastanjen 2", "Kastanjen 3")) {
                String flat = unit("traningslagenhet", "Träningslägenhet " + name, 1).get("id").asText();
                pair.add(pool.submit(() -> {
                    both.await();
                    return place(HANDLAGGARE, twice, flat, today(), false);
                }));
            }
            both.countDown();
            List<Integer> twoStatuses = new ArrayList<>();
            for (Future<Answer> f : pair) {
                twoStatuses.add(f.get(60, TimeUnit.SECONDS).status());
            }
            twoStatuses.sort(null);
            assertEquals(List.of(201, 409), twoStatuses);
            assertEquals(1, count("SELECT COUNT(*) FROM hs_placement WHERE person_ref = '" + twice
                    + "' AND status = 'ACTIVE'"));
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ kinds are configuration

    @Test
    public void aKindAddedAsConfigurationIsOnTheMenuInItsRowAndLeavesWithIt() throws Exception {
        // Markörgatan 2: a drug-free home for life for people with a dual diagnosis, listed as maintaining support.
        org.osgi.service.cm.Configuration kind = configAdmin.createFactoryConfiguration("se.kommunmeny.housing.kind", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("id", "markorgatan");
        props.put("kind", "SUPPORTED_HOUSING");
        props.put("type", "MAINTAINING");
        props.put("name", "Mark\u00f6rgatan 2");
        props.put("staffing", "Personal dygnet runt");
        props.put("providerKind", "PARTNER_MUNICIPALITY");
        props.put("providerName", "Landstinget");
        kind.update(props);
        try {
            JsonNode entry = menuEntry("housing-support/markorgatan");
            assertEquals("MAINTAINING", entry.get("type").asText());
            assertEquals("Mark\u00f6rgatan 2", entry.get("name").asText());
            assertEquals(0, entry.get("capacity").asInt());
            unit("markorgatan", "Mark\u00f6rgatan 2", 6);
            assertEquals(6, menuEntry("housing-support/markorgatan").get("freePlaces").asInt());
            assertEquals("SUPPORTED_HOUSING", find(parse(get(ENHETSCHEF, API + "/kinds")), "id", "markorgatan")
                    .get("kind").asText());
        } finally {
            kind.delete();
        }
        await("off the menu", Duration.ofSeconds(10), () -> !onMenu("housing-support/markorgatan"));
    }
}
