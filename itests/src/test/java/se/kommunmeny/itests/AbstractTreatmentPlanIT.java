package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;


import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.Configuration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The treatment-plan offering's enrolments: places, capacity shared with aftercare, waiting lists, placements by
 * another municipality, extensions and endings, over REST and SOAP. Each test configures programmes of its own.
 */
public abstract class AbstractTreatmentPlanIT extends AbstractOfferingIT {
    static final String FEATURE = "kommunmeny-treatment-plan";

    private final List<Configuration> programmes = new ArrayList<>();

    @Before
    public void installOffering() throws Exception {
        awaitReady();
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE, NO_REFRESH);
        }
        // The feature's own programme configuration (kbt-12) reaches its component asynchronously.
        await("offering live with its programme", Duration.ofSeconds(20),
                () -> get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200);
    }

    @After
    public void removeProgrammes() throws Exception {
        for (Configuration c : programmes) {
            c.delete();
        }
    }

    protected void programme(String id, String template, int capacity) throws Exception {
        Configuration c = configAdmin.createFactoryConfiguration("se.kommunmeny.treatmentplan.programme", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("id", id);
        props.put("template", template);
        props.put("capacity", capacity);
        c.update(props);
        programmes.add(c);
        await("programme " + id, Duration.ofSeconds(10),
                () -> get(ENHETSCHEF, "/api/treatment-plan/programmes/" + id).status() == 200);
    }

    protected String person(String given) {
        Answer a = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", newPersonnummer(),
                "givenName", given, "familyName", "Inskriven")));
        assertEquals(a.body(), 201, a.status());
        return parse(a).get("id").asText();
    }

    protected JsonNode enrol(String user, Map<String, Object> body, int expectedStatus) {
        Answer a = post(user, "/api/treatment-plan/enrolments", toJson(body));
        assertEquals(a.body(), expectedStatus, a.status());
        return parse(a);
    }

    private int freePlaces(String programme) {
        for (JsonNode e : parse(get(HANDLAGGARE, "/api/menu")).get("entries")) {
            if (e.get("id").asText().equals("treatment-plan/" + programme)) {
                return e.get("freePlaces").asInt();
            }
        }
        throw new AssertionError("no menu entry for " + programme);
    }

    @Test
    public void twelveStepPlacesAreSharedWithAftercareAndTheWaitingListMovesUp() throws Exception {
        programme("tolvsteg-a", "tolvsteg-16-24", 2);
        String anna = person("Anna");
        String bertil = person("Bertil");
        String cecilia = person("Cecilia");
        String anonymous = parse(post(BEHANDLARE, "/api/persons/anonymous", "")).get("code").asText();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));

        JsonNode a = enrol(HANDLAGGARE, Map.of("personRef", anna, "programmeId", "tolvsteg-a", "legalBasis", "SOL"), 201);
        assertEquals("ACTIVE", a.get("status").asText());
        assertEquals("1984", a.get("commissionerCode").asText());
        assertEquals("Arboga", a.get("commissionerName").asText());
        assertEquals(today.toString(), a.get("grantedFrom").asText());
        assertEquals(today.plusMonths(3).minusDays(1).toString(), a.get("grantedTo").asText());
        // Köping places a client under LVM in Arboga's programme.
        JsonNode b = enrol(HANDLAGGARE, Map.of("personRef", bertil, "programmeId", "tolvsteg-a", "legalBasis", "LVM",
                "commissionerCode", "1983", "commissionerName", "Köping"), 201);
        assertEquals("ACTIVE", b.get("status").asText());
        assertEquals("Köping", b.get("commissionerName").asText());
        assertEquals(0, freePlaces("tolvsteg-a"));
        JsonNode c = enrol(BEHANDLARE, Map.of("personRef", cecilia, "programmeId", "tolvsteg-a"), 201);
        assertEquals("WAITING", c.get("status").asText());
        assertEquals(1, c.get("waitingPosition").asInt());
        JsonNode d = enrol(BEHANDLARE, Map.of("personRef", anonymous, "programmeId", "tolvsteg-a"), 201);
        assertEquals(2, d.get("waitingPosition").asInt());
        // An anonymous contact cannot be placed under compulsion.
        JsonNode refused = enrol(HANDLAGGARE, Map.of("personRef", anonymous, "programmeId", "tolvsteg-a",
                "legalBasis", "LVM"), 400);
        assertTrue(refused.toString(), refused.get("errors").toString().contains("legalBasis"));

        // Aftercare keeps its place in the 12-step programme: nobody can be admitted yet.
        String aId = a.get("id").asText();
        assertEquals("AFTERCARE", parse(post(BEHANDLARE, "/api/treatment-plan/enrolments/" + aId + "/aftercare", ""))
                .get("phase").asText());
        String cId = c.get("id").asText();
        Answer full = post(ENHETSCHEF, "/api/treatment-plan/enrolments/" + cId + "/admission", "");
        assertEquals(full.body(), 409, full.status());
        assertEquals(0, freePlaces("tolvsteg-a"));

        // Bertil completes; Cecilia, first in line, is admitted; the anonymous client moves up.
        JsonNode ended = parse(post(BEHANDLARE, "/api/treatment-plan/enrolments/" + b.get("id").asText() + "/end",
                "{\"reason\":\"COMPLETED\"}"));
        assertEquals("COMPLETED", ended.get("status").asText());
        assertEquals(1, freePlaces("tolvsteg-a"));
        JsonNode admitted = parse(post(ENHETSCHEF, "/api/treatment-plan/enrolments/" + cId + "/admission", ""));
        assertEquals("ACTIVE", admitted.get("status").asText());
        JsonNode waiting = parse(get(ENHETSCHEF, "/api/treatment-plan/programmes/tolvsteg-a/waiting-list"));
        assertEquals(1, waiting.size());
        assertEquals(anonymous, waiting.get(0).get("personRef").asText());
        assertEquals(1, waiting.get(0).get("waitingPosition").asInt());
        assertEquals(409, post(BEHANDLARE, "/api/treatment-plan/enrolments/" + b.get("id").asText() + "/end",
                "{\"reason\":\"COMPLETED\"}").status());

        // The case officer extends Cecilia's granted period; an earlier day is refused.
        String end = admitted.get("grantedTo").asText();
        assertEquals(400, post(HANDLAGGARE, "/api/treatment-plan/enrolments/" + cId + "/extensions",
                "{\"grantedTo\":\"" + LocalDate.parse(end).minusDays(1) + "\"}").status());
        assertEquals(403, post(BEHANDLARE, "/api/treatment-plan/enrolments/" + cId + "/extensions",
                "{\"grantedTo\":\"" + LocalDate.parse(end).plusMonths(3) + "\"}").status());
        JsonNode extended = parse(post(HANDLAGGARE, "/api/treatment-plan/enrolments/" + cId + "/extensions",
                "{\"grantedTo\":\"" + LocalDate.parse(end).plusMonths(3) + "\"}"));
        assertEquals(LocalDate.parse(end).plusMonths(3).toString(), extended.get("grantedTo").asText());
        assertEquals("[\"" + end + "\"]", extended.get("extensions").toString());

        // SOAP sees the same enrolment; every access is in the audit log.
        Answer soap = soap(BEHANDLARE, "TreatmentPlan", "<t:getEnrolment xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\"><id>"
                + cId + "</id></t:getEnrolment>");
        assertTrue(soap.body(), soap.body().contains("<status>ACTIVE</status>") && soap.body().contains("<previousEnd>" + end));
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE person_id = '" + cecilia
                + "' AND resource LIKE 'treatment-plan/enrolment/%'") >= 4);
    }

    @Test
    public void aftercareDoesNotTakeAPlaceWhereTheProgrammeDoesNotShareIt() throws Exception {
        programme("kbt-a", "kbt-12", 1);
        String first = person("Första");
        String second = person("Andra");
        JsonNode a = enrol(BEHANDLARE, Map.of("personRef", first, "programmeId", "kbt-a"), 201);
        assertEquals(0, freePlaces("kbt-a"));
        post(BEHANDLARE, "/api/treatment-plan/enrolments/" + a.get("id").asText() + "/aftercare", "");
        assertEquals(1, freePlaces("kbt-a"));
        assertEquals("ACTIVE", enrol(BEHANDLARE, Map.of("personRef", second, "programmeId", "kbt-a"), 201)
                .get("status").asText());
    }

    @Test
    public void concurrentEnrolmentsNeverTakeMorePlacesThanThereAre() throws Exception {
        programme("samtidig", "kbt-12", 3);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person("Samtidig" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String p : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return post(BEHANDLARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", p,
                        "programmeId", "samtidig")));
            }));
        }
        start.countDown();
        Map<String, Integer> byStatus = Collections.synchronizedMap(new HashMap<>());
        for (Future<Answer> f : answers) {
            Answer a = f.get(60, TimeUnit.SECONDS);
            assertEquals(a.body(), 201, a.status());
            byStatus.merge(parse(a).get("status").asText(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of("ACTIVE", 3, "WAITING", 7), byStatus);
        assertEquals(3, count("SELECT COUNT(*) FROM tp_enrolment WHERE programme_id = 'samtidig' AND status = 'ACTIVE'"));
        List<Integer> positions = new ArrayList<>();
        parse(get(ENHETSCHEF, "/api/treatment-plan/programmes/samtidig/waiting-list"))
                .forEach(w -> positions.add(w.get("waitingPosition").asInt()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), positions);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void badEnrolmentsGetClearErrorsAndChangeNothing() throws Exception {
        programme("kbt-b", "kbt-12", 5);
        String p = person("Fel");
        long before = count("SELECT COUNT(*) FROM tp_enrolment");
        Object[][] table = {
                {Map.of("personRef", p, "programmeId", "kbt-b", "grantedFrom", "2026-12-10", "grantedTo", "2026-12-01"), "grantedTo"},
                {Map.of("personRef", p, "programmeId", "kbt-b", "legalBasis", "HVB"), "legalBasis"},
                {Map.of("personRef", p, "programmeId", "no-such"), "programmeId"},
                {Map.of("personRef", "ANON-0000-0000", "programmeId", "kbt-b"), "personRef"},
                {Map.of("personRef", p, "programmeId", "kbt-b", "grantedFrom", "1 december"), "grantedFrom"},
                {Map.of("personRef", p, "programmeId", "kbt-b", "commissionerCode", "12"), "commissionerCode"},
                {Map.of("personRef", p, "programmeId", "kbt-b", "commissionerCode", "1983"), "commissionerName"},
                {Map.of("personRef", p, "programmeId", "kbt-b", "phase", "FOREVER"), "phase"},
        };
        for (Object[] row : table) {
            JsonNode problem = enrol(HANDLAGGARE, (Map<String, Object>) row[0], 400);
            assertTrue(row[1] + " in " + problem, problem.get("errors").toString().contains("\"" + row[1] + "\""));
        }
        assertEquals(403, post(OPERATOR, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", p,
                "programmeId", "kbt-b"))).status());
        assertEquals(404, get(BEHANDLARE, "/api/treatment-plan/enrolments/00000000-0000-0000-0000-000000000000").status());
        assertEquals(400, get(BEHANDLARE, "/api/treatment-plan/enrolments/not-an-id").status());
        assertEquals(400, post(BEHANDLARE, "/api/treatment-plan/enrolments/00000000-0000-0000-0000-000000000000/end",
                "{\"reason\":\"BORED\"}").status());
        Answer soapFault = soap(HANDLAGGARE, "TreatmentPlan", "<t:enrol xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\">"
                + "<request><personRef>" + p + "</personRef><programmeId>kbt-b</programmeId><legalBasis>HVB</legalBasis>"
                + "</request></t:enrol>");
        assertTrue(soapFault.body(), soapFault.body().contains(":validation<") && soapFault.body().contains("name=\"legalBasis\""));
        assertEquals(before, count("SELECT COUNT(*) FROM tp_enrolment"));
    }

    private static Map<String, Object> content(String goal, String activityGoal) {
        return Map.of("startSituation", "Dricker dagligen, arbetslös sedan ett år",
                "longTermGoals", List.of(goal), "subGoals", List.of("Nykter i fyra veckor"),
                "activities", List.of(Map.of("what", "Gruppterapi", "who", "Behandlare Bo", "when", "Mån, ons, fre 9-11",
                        "how", "KBT-grupp", "goal", activityGoal)),
                "frameGoals", Map.of("abstinence", "Ingen alkohol", "reflection", "Dagbok", "relations", "Träffa dottern"),
                "specialNeeds", List.of("TRAUMA"), "retentionPlan", "Ring vid uteblivet besök",
                "relapsePlan", "Återfall tas upp samma dag", "reentry", Map.of("housing", "Träningslägenhet",
                        "occupation", "Arbetsträning", "network", "AA-grupp"));
    }

    @Test
    public void thePlanIsRevisedWithoutLosingEditsAndApprovedByTheClient() throws Exception {
        String client = person("Revision");
        Answer created = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet"))));
        assertEquals(created.body(), 201, created.status());
        JsonNode plan = parse(created);
        String id = plan.get("id").asText();
        assertEquals(0, plan.get("revision").asInt());
        LocalDate start = LocalDate.parse(plan.get("startDate").asText());
        assertEquals(start.plusMonths(1).toString(), plan.get("nextFollowUpDue").asText());
        assertEquals(start.plusMonths(3).toString(), plan.get("nextReviewDue").asText());
        long version = plan.get("version").asLong();

        JsonNode first = parse(put(BEHANDLARE, "/api/treatment-plan/plans/" + id,
                        toJson(Map.of("version", version, "summary", "Första planen", "content", content("Drogfrihet", "Nykter i fyra veckor")))));
        assertEquals(first.toString(), 1, first.get("revision").asInt());
        assertEquals("Träningslägenhet", first.at("/content/reentry/housing").asText());
        // A second author who read the old version is told, and nothing is lost.
        Answer stale = put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", version,
                        "summary", "Gammal", "content", content("Drogfrihet", "Drogfrihet"))));
        assertEquals(stale.body(), 409, stale.status());
        Answer invalid = put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", first.get("version").asLong(),
                        "summary", "Fel", "content", content("Drogfrihet", "Ett mål som inte finns"))));
        assertEquals(invalid.body(), 400, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("content.activities[0].goal"));
        JsonNode second = parse(put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", first.get("version").asLong(),
                        "summary", "Delmål nått", "content", content("Drogfrihet", "Drogfrihet")))));
        assertEquals(2, second.get("revision").asInt());

        JsonNode revisions = parse(get(HANDLAGGARE, "/api/treatment-plan/plans/" + id + "/revisions"));
        assertEquals(2, revisions.size());
        assertEquals("Första planen", revisions.get(0).get("summary").asText());
        assertEquals("bo", revisions.get(1).get("changedBy").asText());
        assertEquals("Nykter i fyra veckor", revisions.get(0).at("/content/activities/0/goal").asText());
        assertEquals("Drogfrihet", revisions.get(1).at("/content/activities/0/goal").asText());

        JsonNode approved = parse(post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/approval", "{}"));
        assertEquals(2, approved.get("approvedRevision").asInt());
        assertEquals(400, post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/approval",
                "{\"approvedOn\":\"" + LocalDate.now().plusDays(2) + "\"}").status());
        assertEquals(403, post(HANDLAGGARE, "/api/treatment-plan/plans/" + id + "/approval", "{}").status());
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE person_id = '" + client
                + "' AND resource LIKE 'treatment-plan/plan/%/revision/%'") == 2);
    }

    private static String soapRevision(String id, long version, String goal) {
        return "<t:revisePlan xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\"><id>" + id + "</id><version>" + version
                + "</version><summary>Via SOAP</summary><content><startSituation>Nyinskriven</startSituation>"
                + "<longTermGoal>Drogfrihet</longTermGoal><activity><what>Samtal</what><who>Bo</who><when>Tisdagar</when>"
                + "<how>MI</how><goal>" + goal + "</goal></activity><specialNeed>GRIEF</specialNeed>"
                + "<reentry><housing>Egen l\u00e4genhet</housing></reentry></content></t:revisePlan>";
    }

    @Test
    public void thePlanIsRevisedAndApprovedOverSoapToo() throws Exception {
        String client = person("Soap");
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet")))));
        String id = plan.get("id").asText();
        long version = plan.get("version").asLong();
        Answer revised = soap(BEHANDLARE, "TreatmentPlan", soapRevision(id, version, "Drogfrihet"));
        assertTrue(revised.body(), revised.body().contains("<revision>1</revision>")
                && revised.body().contains("<housing>Egen l\u00e4genhet</housing>"));
        Answer stale = soap(BEHANDLARE, "TreatmentPlan", soapRevision(id, version, "Drogfrihet"));
        assertTrue(stale.body(), stale.body().contains(":conflict<"));
        Answer invalid = soap(BEHANDLARE, "TreatmentPlan", soapRevision(id, version + 1, "Okänt mål"));
        assertTrue(invalid.body(), invalid.body().contains(":validation<")
                && invalid.body().contains("name=\"content.activities[0].goal\""));
        Answer approved = soap(BEHANDLARE, "TreatmentPlan", "<t:recordApproval xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\">"
                + "<id>" + id + "</id></t:recordApproval>");
        assertTrue(approved.body(), approved.body().contains("<approvedRevision>1</approvedRevision>"));
        Answer revisions = soap(HANDLAGGARE, "TreatmentPlan", "<t:planRevisions xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\">"
                + "<id>" + id + "</id></t:planRevisions>");
        assertTrue(revisions.body(), revisions.body().contains("<summary>Via SOAP</summary>")
                && revisions.body().contains("<specialNeed>GRIEF</specialNeed>"));
        assertEquals("Egen l\u00e4genhet", parse(get(HANDLAGGARE, "/api/treatment-plan/plans/" + id)).at("/content/reentry/housing").asText());
    }

    @Test
    public void aPlacementsPlanIsApprovedSentToTheCommissionerAndClosed() throws Exception {
        programme("kbt-c", "kbt-12", 4);
        String client = person("Placerad");
        String other = person("Annan");
        JsonNode enrolment = enrol(HANDLAGGARE, Map.of("personRef", client, "programmeId", "kbt-c", "legalBasis", "KRIMINALVARD",
                "commissionerCode", "1983", "commissionerName", "Köping"), 201);
        String enrolmentId = enrolment.get("id").asText();
        // The case officer enrolled the client: until the unit manager assigns a practitioner, none reaches the plan.
        Answer unassigned = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-c", "goals", List.of("Drogfrihet"), "enrolmentId", enrolmentId)));
        assertEquals(unassigned.body(), 403, unassigned.status());
        assertEquals(200, put(ENHETSCHEF, "/api/treatment-course/enrolments/" + enrolmentId + "/practitioners",
                "{\"practitioners\":[\"" + BEHANDLARE + "\"]}").status());
        // A plan must belong to the client's own enrolment in that programme.
        Answer wrong = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", other,
                "programmeId", "kbt-c", "goals", List.of("Drogfrihet"), "enrolmentId", enrolmentId)));
        assertEquals(wrong.body(), 400, wrong.status());
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-c", "goals", List.of("Drogfrihet"), "enrolmentId", enrolmentId))));
        String id = plan.get("id").asText();
        assertEquals(enrolmentId, plan.get("enrolmentId").asText());
        assertEquals(409, post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/sent", "").status());
        JsonNode revised = parse(put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", plan.get("version").asLong(),
                        "summary", "Plan", "content", content("Drogfrihet", "Drogfrihet")))));
        assertEquals(1, revised.get("revision").asInt());
        post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/approval", "{}");
        JsonNode sent = parse(post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/sent", ""));
        assertEquals("1983", sent.get("sentTo").asText());
        assertEquals(1, sent.get("sentRevision").asInt());
        JsonNode closed = parse(post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/closing", ""));
        assertEquals("CLOSED", closed.get("status").asText());
        Answer afterClose = put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", closed.get("version").asLong(),
                        "summary", "För sent", "content", content("Drogfrihet", "Drogfrihet"))));
        assertEquals(afterClose.body(), 409, afterClose.status());
        assertEquals(409, post(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/closing", "").status());
        assertEquals(1, parse(get(HANDLAGGARE, "/api/treatment-plan/plans/" + id + "/revisions")).size());
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE resource = 'treatment-plan/plan/" + id
                + "/sent' AND criteria = 'to=1983'") == 1);
    }

    @Test
    public void concurrentRevisionsOfOnePlanNeverLoseAnEdit() throws Exception {
        String client = person("Samtidig");
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet")))));
        String id = plan.get("id").asText();
        long version = plan.get("version").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return put(BEHANDLARE, "/api/treatment-plan/plans/" + id, toJson(Map.of("version", version,
                                "summary", "Författare " + n, "content", content("Drogfrihet", "Drogfrihet"))));
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Answer> f : answers) {
            statuses.merge(f.get(60, TimeUnit.SECONDS).status(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of(200, 1, 409, 5), statuses);
        assertEquals(1, parse(get(BEHANDLARE, "/api/treatment-plan/plans/" + id + "/revisions")).size());
    }
}
