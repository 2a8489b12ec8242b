package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The data subject's rights and retention across every offering, on Derby ({@link PrivacyPostgresIT} on
 * PostgreSQL): the export of everything about a person
 * (each offering's section and the access log), refused to other roles; retention rules made short, records aged by
 * writing old timestamps, the job run: what has passed its time is gone, the rest kept, counts logged, an audit row
 * written, the audit chain still whole; purchasing's delivered federation messages weeded (payload replaced, row kept)
 * and a deleted placement's messages gone; anonymous contacts' codes that no record uses any longer removed;
 * protected identity masked by default and every unmasking audited.
 *
 * <p>The offerings' records are written with SQL (the offerings' own REST flows are tested in their own classes):
 * that is the only way to give them timestamps years back without waiting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PrivacyIT extends AbstractOfferingIT {
    private static final List<String> OFFERINGS = List.of("kommunmeny-treatment-plan", "kommunmeny-housing-support",
            "kommunmeny-employment-support", "kommunmeny-support-groups", "kommunmeny-purchasing");
    private static final String PID = "se.kommunmeny.retention";
    private static final long YEAR = Duration.ofDays(365).toMillis();

    @Configuration
    public Option[] config() throws Exception {
        return baseOptions().toArray(new Option[0]);
    }

    @Before
    public void installEveryOffering() throws Exception {
        awaitReady();
        for (String feature : OFFERINGS) {
            install(feature);
        }
        // Every offering's records service is there (the whiteboard the core collects).
        await("five PersonRecords services", Duration.ofSeconds(60), () -> {
            try {
                return bundleContext.getServiceReferences("se.kommunmeny.core.api.privacy.PersonRecords", null)
                        .length == 5;
            } catch (Exception e) {
                return false;
            }
        });
    }

    // ------------------------------------------------------------------ export

    @Test
    public void theExportHoldsEveryOfferingsRecordsAndWhoLookedAndIsRefusedToOtherRoles() throws Exception {
        String person = registerPerson(personnummerBornOn(LocalDate.of(1980, 3, 3)), "Export", "Exportsson");
        records(person, System.currentTimeMillis(), "now");
        // A look by a named user, which the person is entitled to see.
        assertEquals(200, get(BEHANDLARE, "/api/persons/" + person).status());

        Answer answer = get(HANDLAGGARE, "/api/persons/" + person + "/export");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode export = parse(answer);
        assertEquals("Export", export.at("/person/givenName").asText());
        JsonNode offerings = export.get("offerings");
        assertEquals(offerings.toString(), 5, offerings.size());
        JsonNode enrolment = offerings.at("/treatment-plan/enrolment/0");
        assertEquals("note now", enrolment.at("/tp_note/0/text").asText());
        assertEquals(1, enrolment.get("tp_drug_test").size());
        assertEquals(1, offerings.at("/treatment-plan/plan/0/tp_plan_revision").size());
        assertEquals("visit now", offerings.at("/housing-support/placement/0/hs_visit/0/note").asText());
        assertEquals("Mentor Now", offerings.at(
                "/employment-support/placement/0/es_meeting/0/es_meeting_participant/0/name").asText());
        assertEquals(person, offerings.at("/support-groups/participant/0/person_ref").asText());
        assertEquals(1, offerings.at("/purchasing/placement/0/pu_charge").size());

        boolean lookByPractitioner = false;
        for (JsonNode row : export.get("accessLog")) {
            lookByPractitioner |= row.get("user").asText().equals(BEHANDLARE) && row.get("action").asText().equals("READ")
                    && row.get("resource").asText().equals("person/" + person);
        }
        assertTrue("the practitioner's look is in the export: " + export.get("accessLog"), lookByPractitioner);
        assertEquals("the export is audited", 1, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'READ' "
                + "AND user_name = 'anna' AND resource = 'person/" + person + "/export'"));

        for (String user : List.of(BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER)) {
            Answer refused = get(user, "/api/persons/" + person + "/export");
            assertEquals(user + ": " + refused.body(), 403, refused.status());
            assertFalse(refused.body(), refused.body().contains("Exportsson"));
        }
        assertTrue("each staff refusal is audited", count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DENIED' "
                + "AND resource = 'person/" + person + "/export'") >= 4);
        Answer bad = get(HANDLAGGARE, "/api/persons/not-a-person/export");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.contentType(), bad.contentType().startsWith("application/problem+json"));
        assertEquals(404, get(HANDLAGGARE, "/api/persons/" + UUID.randomUUID() + "/export").status());
    }

    // ------------------------------------------------------------------ retention

    @Test
    public void retentionDeletesWhatHasPassedItsTimeKeepsTheRestAndLeavesTheChainWhole() throws Exception {
        long now = System.currentTimeMillis();
        long twoYearsAgo = now - 2 * YEAR;
        String recent = registerPerson(personnummerBornOn(LocalDate.of(1981, 3, 3)), "Recent", "Person");
        String old = registerPerson(personnummerBornOn(LocalDate.of(1975, 6, 7)), "Old", "Person");
        String sample = registerPerson(personnummerBornOn(LocalDate.of(1970, 4, 15)), "Sample", "Person");
        records(recent, now, "recent");
        records(old, twoYearsAgo, "old");
        records(sample, twoYearsAgo, "sample");
        // An old enrolment of the old person with a recent note: its last entry is recent, so it stays.
        String lively = insert("tp_enrolment", twoYearsAgo, Map.of("person_ref", old, "requested_at", twoYearsAgo));
        insert("tp_note", now, Map.of("enrolment_id", lively, "text", "recent note", "written_at", now));
        sql("UPDATE core_person SET created_at = " + twoYearsAgo + " WHERE id IN ('" + old + "', '" + sample + "')");

        configure(Map.of("treatment-plan.enrolment", "P1Y after-last-entry", "treatment-plan.plan",
                "P1Y after-last-entry", "housing-support.placement", "P1Y after-last-entry",
                "employment-support.placement", "P1Y after-last-entry", "support-groups.participant",
                "P1Y after-last-entry", "purchasing.placement", "P1Y after-last-entry", "core.person",
                "P1Y after-created", "exempt.birth-days", "15", "schedule.enabled", "false"), true);

        // Only the operator runs it.
        for (String user : List.of(HANDLAGGARE, BEHANDLARE, LOGGRANSKARE)) {
            assertEquals(user, 403, post(user, "/api/retention/run?dryRun=true", "").status());
        }
        Answer unclear = post(OPERATOR, "/api/retention/run?dryRun=yes", "");
        assertEquals(unclear.body(), 400, unclear.status());
        assertTrue(unclear.contentType(), unclear.contentType().startsWith("application/problem+json"));
        // A dry run counts and deletes nothing.
        String dryRows = "SELECT COUNT(*) FROM core_audit_log WHERE action = 'SEARCH' AND resource = 'retention' "
                + "AND criteria LIKE 'dry-run:%' AND user_name = 'olle'";
        long dryRowsBefore = count(dryRows);
        Answer dry = post(OPERATOR, "/api/retention/run?dryRun=true", "");
        assertEquals(dry.body(), 200, dry.status());
        JsonNode counts = parse(dry).get("counts");
        assertEquals(counts.toString(), 1, counts.get("treatment-plan.enrolment").asInt());
        assertEquals(counts.toString(), 1, counts.get("housing-support.placement").asInt());
        assertEquals("two enrolments and a housing placement", 3, countOf(old));
        long logBefore = count("SELECT COUNT(*) FROM core_audit_log");

        String output = shell("kommunmeny:retention");
        assertTrue(output, output.contains("treatment-plan.enrolment=1"));
        assertTrue(output, output.contains("treatment-plan.plan=1"));
        assertTrue(output, output.contains("housing-support.placement=1"));
        assertTrue(output, output.contains("employment-support.placement=1"));
        assertTrue(output, output.contains("support-groups.participant=1"));
        assertTrue(output, output.contains("purchasing.placement=1"));

        // The old person's expired case files are gone, with everything under them.
        assertEquals(0, count("SELECT COUNT(*) FROM tp_plan WHERE person_ref = '" + old + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM tp_drug_test WHERE results = 'drug test old'"));
        assertEquals(0, count("SELECT COUNT(*) FROM tp_note WHERE text = 'note old'"));
        assertEquals(0, count("SELECT COUNT(*) FROM hs_placement WHERE person_ref = '" + old + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM hs_visit WHERE note = 'visit old'"));
        assertEquals(0, count("SELECT COUNT(*) FROM es_placement WHERE person_ref = '" + old + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM es_meeting_participant WHERE name = 'Mentor Old'"));
        assertEquals(0, count("SELECT COUNT(*) FROM sg_participant WHERE person_ref = '" + old + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM pu_placement WHERE person_ref = '" + old + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM pu_charge WHERE recorded_by = 'old'"));
        // ... but the enrolment with a recent entry stays, so the old person stays in the register.
        assertEquals(1, count("SELECT COUNT(*) FROM tp_enrolment WHERE id = '" + lively + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_person WHERE id = '" + old + "'"));
        // The recent person's and the research sample's records are all kept.
        assertEquals(2, countOf(recent));
        assertEquals(2, countOf(sample));
        assertEquals(1, count("SELECT COUNT(*) FROM pu_charge WHERE recorded_by = 'sample'"));

        // Once the last record is gone too, the person leaves the register.
        sql("DELETE FROM tp_note WHERE enrolment_id = '" + lively + "'");
        Answer second = post(OPERATOR, "/api/retention/run", "");
        assertEquals(second.body(), 200, second.status());
        assertEquals(second.body(), 1, parse(second).at("/counts/treatment-plan.enrolment").asInt());
        assertEquals(second.body(), 1, parse(second).at("/counts/core.person").asInt());
        assertEquals(0, count("SELECT COUNT(*) FROM core_person WHERE id = '" + old + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_person WHERE id = '" + sample + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_person WHERE id = '" + recent + "'"));

        // One audit row per run (the person's removal has its own), counts only.
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log") > logBefore);
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DELETE' AND resource = 'retention' "
                + "AND criteria LIKE '%housing-support.placement=1%' AND user_name LIKE 'console:%'"));
        assertEquals(dryRowsBefore + 1, count(dryRows));
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DELETE' AND person_id = '" + old
                + "' AND resource = 'person/" + old + "'"));
        JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
        assertTrue(verify.toString(), verify.get("valid").asBoolean());

        // The technical log has the counts and no person's id.
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"),
                StandardCharsets.UTF_8);
        assertTrue(log.contains("Retention run by olle: "));
        assertTrue(log.contains("core.person=1"));
        assertFalse("no person id in the technical log", log.contains(old) || log.contains(sample));

        // A bad rule is refused with the reason, and nothing is run.
        configure(Map.of("housing-support.placement", "five years"), false);
        Answer refused = post(OPERATOR, "/api/retention/run", "");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("housing-support.placement"));
        assertEquals(2, countOf(recent));
        configure(Map.of("housing-support.placement", "P1Y after-last-entry"), true);
    }

    @Test
    public void anOfferingThatLeavesTakesItsSectionAlongAndHoldsTheRegisterBack() throws Exception {
        String person = registerPerson(personnummerBornOn(LocalDate.of(1982, 8, 8)), "Whiteboard", "Person");
        records(person, System.currentTimeMillis(), "whiteboard");
        uninstall("kommunmeny-support-groups");
        try {
            await("four PersonRecords services", Duration.ofSeconds(60), () -> {
                try {
                    var refs = bundleContext.getServiceReferences("se.kommunmeny.core.api.privacy.PersonRecords", null);
                    return refs != null && refs.length == 4;
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode offerings = parse(get(HANDLAGGARE, "/api/persons/" + person + "/export")).get("offerings");
            assertEquals(offerings.toString(), 4, offerings.size());
            assertTrue(offerings.path("support-groups").isMissingNode());
            // Its records are still in the database, so no one leaves the register while it is away.
            JsonNode report = parse(post(OPERATOR, "/api/retention/run?dryRun=true", ""));
            assertTrue(report.toString(), report.at("/counts/core.person").isMissingNode());
            assertTrue(report.toString(), report.get("notes").toString().contains("core.person: skipped"));
            assertTrue(report.toString(), report.get("notes").toString().contains("supportgroups"));
        } finally {
            install("kommunmeny-support-groups");
        }
        await("the support groups' section back", Duration.ofSeconds(60), () -> parse(get(HANDLAGGARE,
                "/api/persons/" + person + "/export")).get("offerings").has("support-groups"));
    }

    @Test
    public void deliveredMessagesAreWeededAndAnonymousCodesNoOneUsesAreRemoved() throws Exception {
        long now = System.currentTimeMillis();
        long longAgo = now - 2 * YEAR;
        long halfAYearAgo = now - YEAR / 2;
        // Anonymous contacts' codes through the REST and the SOAP API: one old and unused, one old and still used by
        // an enrolment, one new.
        String unused = anonymousCodeByRest();
        String held = anonymousCodeBySoap();
        String fresh = anonymousCodeByRest();
        sql("UPDATE core_anonymous_contact SET created_at = " + longAgo + " WHERE code IN ('" + unused + "', '" + held
                + "')");
        insert("tp_enrolment", now, Map.of("person_ref", held, "requested_at", now));

        // Purchasing: a current placement whose order message was delivered half a year ago, a change delivered
        // last week, one still pending and one refused for good; and a placement two years old with its messages.
        String person = registerPerson(personnummerBornOn(LocalDate.of(1983, 9, 9)), "Order", "Outboxsson");
        String order = insert("pu_placement", now, Map.of("person_ref", person, "created_at", now));
        String oldOrder = insert("pu_placement", longAgo, Map.of("person_ref", person, "created_at", longAgo));
        String payload = "{\"identityNumber\":\"" + personnummerBornOn(LocalDate.of(1983, 9, 9))
                + "\",\"givenName\":\"Order\",\"familyName\":\"Outboxsson\"}";
        String delivered = message(901, order, "ORDER", "DELIVERED", halfAYearAgo, payload);
        String lastWeek = message(902, order, "EXTENT", "DELIVERED", now - Duration.ofDays(7).toMillis(), payload);
        String pending = message(903, order, "NOTICE", "PENDING", null, payload);
        // (Refused with a delivery time, so that only its status keeps it from being weeded.)
        String rejected = message(904, order, "EXTENT", "REJECTED", halfAYearAgo, payload);
        message(905, oldOrder, "ORDER", "DELIVERED", longAgo, payload);
        message(906, oldOrder, "NOTICE", "PENDING", null, payload);
        Map<String, String> before = outbox(order);

        configure(Map.of("purchasing.delivered-message", "P90D after-created", "purchasing.placement",
                "P1Y after-last-entry", "core.anonymous-contact", "P1Y after-created", "schedule.enabled", "false"),
                true);
        JsonNode dry = parse(post(OPERATOR, "/api/retention/run?dryRun=true", ""));
        assertEquals(dry.toString(), 2, dry.at("/counts/purchasing.delivered-message").asInt());
        assertEquals(dry.toString(), 1, dry.at("/counts/core.anonymous-contact").asInt());
        assertEquals("a dry run changes nothing", before, outbox(order));
        assertEquals(2, count("SELECT COUNT(*) FROM pu_outbox WHERE order_ref = '" + oldOrder + "'"));
        assertEquals(3, count("SELECT COUNT(*) FROM core_anonymous_contact WHERE code IN ('" + unused + "', '" + held
                + "', '" + fresh + "')"));

        Answer run = post(OPERATOR, "/api/retention/run", "");
        assertEquals(run.body(), 200, run.status());
        JsonNode counts = parse(run).get("counts");
        assertEquals(counts.toString(), 1, counts.get("purchasing.delivered-message").asInt());
        assertEquals(counts.toString(), 1, counts.get("purchasing.placement").asInt());
        assertEquals(counts.toString(), 1, counts.get("core.anonymous-contact").asInt());

        // The payload of the message delivered half a year ago is weeded; its row is kept as it was.
        Map<String, String> after = outbox(order);
        assertEquals(before.keySet(), after.keySet());
        assertTrue(after.get(delivered), after.get(delivered).startsWith("{\"weeded\":\"retention\"} | weeded | "));
        assertEquals(before.get(delivered).substring(before.get(delivered).indexOf(" | seq")),
                after.get(delivered).substring(after.get(delivered).indexOf(" | seq")));
        assertFalse(after.get(delivered).contains("Outboxsson"));
        for (String kept : List.of(lastWeek, pending, rejected)) {
            assertEquals("recent, pending and refused messages are untouched", before.get(kept), after.get(kept));
        }
        // The old placement is gone with its messages; the current one is kept.
        assertEquals(0, count("SELECT COUNT(*) FROM pu_placement WHERE id = '" + oldOrder + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM pu_outbox WHERE order_ref = '" + oldOrder + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM pu_placement WHERE id = '" + order + "'"));
        // The unused old code is gone; the one still used and the new one stay, and are still accepted.
        assertEquals(0, count("SELECT COUNT(*) FROM core_anonymous_contact WHERE code = '" + unused + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_anonymous_contact WHERE code = '" + held + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_anonymous_contact WHERE code = '" + fresh + "'"));

        // A second run finds nothing more; the runs are audited with their counts and the chain is whole.
        JsonNode again = parse(post(OPERATOR, "/api/retention/run", "")).get("counts");
        assertEquals(again.toString(), 0, again.get("purchasing.delivered-message").asInt());
        assertEquals(again.toString(), 0, again.get("core.anonymous-contact").asInt());
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'SEARCH' AND resource = 'retention' "
                + "AND criteria LIKE 'dry-run:%purchasing.delivered-message=2%' AND criteria LIKE "
                + "'%core.anonymous-contact=1%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DELETE' AND resource = 'retention' "
                + "AND criteria LIKE '%purchasing.delivered-message=1%' AND criteria LIKE '%core.anonymous-contact=1%'"));
        assertEquals("no code in the audit log", 0, count("SELECT COUNT(*) FROM core_audit_log WHERE criteria LIKE '%"
                + unused + "%' OR resource LIKE '%" + unused + "%'"));
        JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
        assertTrue(verify.toString(), verify.get("valid").asBoolean());
    }

    private String anonymousCodeByRest() {
        Answer created = post(HANDLAGGARE, "/api/persons/anonymous", "");
        assertEquals(created.body(), 201, created.status());
        return parse(created).get("code").asText();
    }

    private String anonymousCodeBySoap() {
        Answer created = soap(HANDLAGGARE, "PersonRegister",
                "<p:createAnonymousContact xmlns:p=\"urn:se:kommunmeny:person:1\"/>");
        assertEquals(created.body(), 200, created.status());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("ANON-[0-9A-Z]{4}-[0-9A-Z]{4}")
                .matcher(created.body());
        assertTrue(created.body(), code.find());
        return code.group();
    }

    /** A federation message about an order, as the outbox holds it. */
    private String message(long seq, String order, String type, String status, Long deliveredAt, String payload)
            throws Exception {
        Map<String, Object> columns = new LinkedHashMap<>(Map.of("seq", seq, "order_ref", order, "type", type,
                "status", status, "payload", payload, "sent_at", Instant.now().toString()));
        if (deliveredAt != null) {
            columns.put("delivered_at", deliveredAt);
        }
        if (status.equals("PENDING")) {
            // Its next attempt far ahead, so that the dispatcher leaves it pending for the test's length.
            columns.put("next_attempt_at", System.currentTimeMillis() + 10 * YEAR);
        }
        return insert("pu_outbox", System.currentTimeMillis(), columns);
    }

    /** The order's messages: id → payload | weeded or not | seq, type, order, delivery time. */
    private Map<String, String> outbox(String order) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = platformDataSource().getConnection(); var s = c.prepareStatement("SELECT id, payload, "
                + "weeded_at, seq, type, order_ref, status, delivered_at FROM pu_outbox WHERE order_ref = ? ORDER BY seq")) {
            s.setString(1, order);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString("id"), rs.getString("payload") + " | "
                            + (rs.getObject("weeded_at") == null ? "not weeded" : "weeded") + " | seq "
                            + rs.getLong("seq") + " " + rs.getString("type") + " " + rs.getString("order_ref") + " "
                            + rs.getString("status") + " " + rs.getObject("delivered_at"));
                }
            }
        }
        return rows;
    }

    /** Root records of the person in treatment-plan enrolments and housing placements. */
    private long countOf(String person) throws Exception {
        return count("SELECT COUNT(*) FROM tp_enrolment WHERE person_ref = '" + person + "'")
                + count("SELECT COUNT(*) FROM hs_placement WHERE person_ref = '" + person + "'");
    }

    // ------------------------------------------------------------------ protected identity

    @Test
    public void aProtectedIdentityIsMaskedByDefaultAndEveryUnmaskingIsAudited() throws Exception {
        Answer created = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber",
                personnummerBornOn(LocalDate.of(1985, 2, 2)), "givenName", "Skyddad", "familyName", "Hemlig",
                "address", "Okänd väg 1", "protectedIdentity", true)));
        assertEquals(created.body(), 201, created.status());
        String id = parse(created).get("id").asText();
        String protectedReads = "SELECT COUNT(*) FROM core_audit_log WHERE action = 'READ_PROTECTED' AND person_id = '"
                + id + "'";
        assertEquals(0, count(protectedReads));

        JsonNode masked = parse(get(BEHANDLARE, "/api/persons/" + id));
        assertTrue(masked.get("hidden").asBoolean());
        assertTrue(masked.get("givenName").isNull());
        assertTrue(masked.get("address").isNull());
        assertEquals("a masked read unmasks nothing", 0, count(protectedReads));

        for (int i = 1; i <= 2; i++) {
            JsonNode seen = parse(get(HANDLAGGARE, "/api/persons/" + id));
            assertEquals("Skyddad", seen.get("givenName").asText());
            assertEquals("every unmasking is audited", i, count(protectedReads));
        }
        JsonNode export = parse(get(HANDLAGGARE, "/api/persons/" + id + "/export"));
        assertEquals("Skyddad", export.at("/person/givenName").asText());
        assertEquals("the export's unmasking is audited", 3, count(protectedReads));
        // The log reviewer sees that it happened, not the name.
        Answer log = post(LOGGRANSKARE, "/api/audit/query", "{\"person\":\"" + id + "\"}");
        assertEquals(200, log.status());
        assertTrue(log.body().contains("READ_PROTECTED"));
        assertFalse(log.body().contains("Skyddad"));
    }

    // ------------------------------------------------------------------ data

    /** One case file per record type in every offering, with dependent records, dated {@code at}. */
    private void records(String person, long at, String tag) throws Exception {
        String enrolment = insert("tp_enrolment", at, Map.of("person_ref", person, "requested_at", at));
        insert("tp_note", at, Map.of("enrolment_id", enrolment, "text", "note " + tag, "written_at", at));
        insert("tp_drug_test", at, Map.of("enrolment_id", enrolment, "results", "drug test " + tag, "recorded_at", at));
        String plan = insert("tp_plan", at, Map.of("person_ref", person, "created_at", at));
        insert("tp_plan_revision", at, Map.of("plan_id", plan, "changed_at", at));
        String housing = insert("hs_placement", at, Map.of("person_ref", person, "requested_at", at));
        insert("hs_visit", at, Map.of("placement_id", housing, "note", "visit " + tag, "recorded_at", at));
        String workPlace = insert("es_work_place", at, Map.of());
        String employment = insert("es_placement", at, Map.of("person_ref", person, "work_place_id", workPlace,
                "requested_at", at));
        String meeting = insert("es_meeting", at, Map.of("placement_id", employment, "recorded_at", at));
        insert("es_meeting_participant", at, Map.of("meeting_id", meeting, "name",
                "Mentor " + Character.toUpperCase(tag.charAt(0)) + tag.substring(1)));
        String cohort = insert("sg_cohort", at, Map.of());
        insert("sg_participant", at, Map.of("cohort_id", cohort, "person_ref", person, "requested_at", at));
        String bought = insert("pu_placement", at, Map.of("person_ref", person, "created_at", at));
        insert("pu_charge", at, Map.of("placement_id", bought, "recorded_at", at, "recorded_by", tag));
    }

    /**
     * Inserts a row: the given columns, a new id, and for every other required column a plain value (text "x", zero,
     * the day of {@code at}). Answers the id.
     */
    private String insert(String table, long at, Map<String, Object> given) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> values = new LinkedHashMap<>(given);
        try (Connection c = platformDataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            List<Object[]> columns = new ArrayList<>();
            for (String name : List.of(table.toUpperCase(Locale.ROOT), table)) {
                try (ResultSet rs = md.getColumns(null, null, name, null)) {
                    while (rs.next()) {
                        columns.add(new Object[] {rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getInt("DATA_TYPE"), rs.getInt("NULLABLE"), rs.getString("COLUMN_DEF")});
                    }
                }
                if (!columns.isEmpty()) {
                    break;
                }
            }
            assertFalse("no table " + table, columns.isEmpty());
            LocalDate day = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC).toLocalDate();
            for (Object[] column : columns) {
                String name = (String) column[0];
                if (values.containsKey(name)) {
                    continue;
                }
                if (name.equals("id") || name.equals("order_ref")) {
                    values.put(name, id);
                } else if ((int) column[2] == DatabaseMetaData.columnNoNulls && column[3] == null) {
                    values.put(name, switch ((int) column[1]) {
                        case Types.DATE -> java.sql.Date.valueOf(day);
                        case Types.INTEGER, Types.SMALLINT, Types.BIGINT, Types.DECIMAL, Types.NUMERIC -> 0;
                        case Types.BOOLEAN, Types.BIT -> false;
                        case Types.TIMESTAMP -> new java.sql.Timestamp(at);
                        default -> "x";
                    });
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                    + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (Object value : values.values()) {
                    p.setObject(i++, value);
                }
                p.executeUpdate();
            }
        }
        return id;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = platformDataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Merges {@code changes} into the retention configuration and waits until the job has them. */
    private void configure(Map<String, String> changes, boolean valid) throws Exception {
        org.osgi.service.cm.Configuration configuration = configAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        changes.forEach(properties::put);
        configuration.update(properties);
        await("retention configuration applied", Duration.ofSeconds(30), () -> {
            Answer rules = get(OPERATOR, "/api/retention/rules");
            if (!valid) {
                return post(OPERATOR, "/api/retention/run?dryRun=true", "").status() == 400;
            }
            return changes.entrySet().stream().filter(e -> e.getValue().contains(" after-"))
                    .allMatch(e -> rules.body().contains("\"" + e.getKey() + "\":\"" + e.getValue() + "\""));
        });
    }
}
