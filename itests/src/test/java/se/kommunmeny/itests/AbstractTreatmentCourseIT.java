package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whole courses through the treatment-plan offering, as a therapist and a case officer walk them: a 12-week CBT
 * course over REST and a 12-step course with aftercare and shared places over SOAP — enrolment, assignment, plan
 * and revisions, the calendar's sessions, attendance, a no-show with outreach and escalation, a relapse linked to
 * the relapse plan, drug tests and assessments, a specialist referral, monthly and closing reports (JSON, HTML,
 * FHIR R4), return days, and the events other offerings react to. Refused attempts change nothing and are audited.
 */
public abstract class AbstractTreatmentCourseIT extends AbstractTreatmentPlanIT {
    private static final String COURSE = "/api/treatment-course";
    private static final String SOAP_NS = "urn:se:kommunmeny:treatment-course:1";
    private static final String PLAN_NS = "urn:se:kommunmeny:treatment-plan:1";

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private ServiceRegistration<EventHandler> listener;

    @Before
    public void listenToEvents() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "se/kommunmeny/treatment-plan/*");
        listener = bundleContext.registerService(EventHandler.class,
                e -> events.add(e.getTopic().substring(e.getTopic().lastIndexOf('/') + 1) + " "
                        + e.getProperty("enrolment.id")), props);
    }

    @After
    public void stopListening() {
        listener.unregister();
    }

    private void awaitEvent(String topic, String enrolmentId) {
        await(topic + " event", Duration.ofSeconds(10), () -> events.contains(topic + " " + enrolmentId));
    }

    // ------------------------------------------------------------------ 12-week CBT over REST

    @Test
    public void aTwelveWeekCbtCourseWalksFromEnrolmentToTheClosingReportOverRest() throws Exception {
        programme("kbt-w", "kbt-12", 4);
        String client = person("Kurs");
        // The course began 17 weeks ago, so its 12 weeks are over and return days have begun.
        LocalDate from = today().minusWeeks(17);
        JsonNode enrolment = enrol(HANDLAGGARE, Map.of("personRef", client, "programmeId", "kbt-w", "legalBasis", "SOL",
                "commissionerCode", "1983", "commissionerName", "K\u00f6ping", "grantedFrom", from.toString()), 201);
        String id = enrolment.get("id").asText();
        String course = COURSE + "/enrolments/" + id;

        // Only assigned practitioners reach the course; the refusal is audited with the person.
        assertEquals(403, get(BEHANDLARE, course + "/sessions").status());
        assertEquals(403, put(BEHANDLARE, course + "/practitioners", "{\"practitioners\":[\"bo\"]}").status());
        JsonNode assigned = parse(put(ENHETSCHEF, course + "/practitioners", "{\"practitioners\":[\"bo\"]}"));
        assertEquals("[\"bo\"]", assigned.get("practitioners").toString());
        long denied = count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DENIED' AND user_name = '"
                + OTHER_BEHANDLARE + "' AND person_id = '" + client + "'");
        assertEquals(403, get(OTHER_BEHANDLARE, course + "/sessions").status());
        assertEquals(403, get(OTHER_BEHANDLARE, "/api/treatment-plan/enrolments/" + id).status());
        assertEquals(denied + 2, count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'DENIED' AND user_name = '"
                + OTHER_BEHANDLARE + "' AND person_id = '" + client + "'"));

        // Arrival: AUDIT and DUDIT with the register's sex and age (sex-specific cut-offs).
        JsonNode audit = parse(post(BEHANDLARE, course + "/assessments", toJson(Map.of("instrument", "AUDIT",
                "takenOn", from.toString(), "answers", List.of(4, 4, 3, 2, 1, 1, 1, 1, 0, 0)))));
        assertEquals(17, audit.get("score").asInt());
        assertEquals("HARMFUL", audit.get("level").asText());
        JsonNode dudit = parse(post(BEHANDLARE, course + "/assessments", toJson(Map.of("instrument", "DUDIT",
                "takenOn", from.toString(), "answers", List.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)))));
        assertEquals(4, dudit.get("score").asInt());
        assertEquals("FEMALE".equals(dudit.get("sex").asText()) ? "DRUG_RELATED_PROBLEMS" : "NO_INDICATION",
                dudit.get("level").asText());
        Answer badAudit = post(BEHANDLARE, course + "/assessments", toJson(Map.of("instrument", "AUDIT",
                "answers", List.of(4, 4, 4, 4, 4, 4, 4, 4, 3, 4))));
        assertEquals(badAudit.body(), 400, badAudit.status());

        // The implementation plan, revised with a relapse plan, approved and sent.
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-w", "goals", List.of("Drogfrihet"), "enrolmentId", id,
                "startDate", from.toString()))));
        String planId = plan.get("id").asText();
        Map<String, Object> content = new HashMap<>();
        content.put("startSituation", "Dricker dagligen sedan ett år; bor ensam.");
        content.put("longTermGoals", List.of("Drogfrihet"));
        content.put("subGoals", List.of("Delta i alla gruppsessioner"));
        content.put("activities", List.of(Map.of("what", "Gruppterapi", "who", "bo", "when", "mån, ons, fre",
                "how", "KBT i grupp", "goal", "Delta i alla gruppsessioner")));
        content.put("relapsePlan", "Ring kontaktpersonen samma dag; extra samtal inom två dagar.");
        content.put("retentionPlan", "SMS dagen före varje session.");
        JsonNode revised = parse(put(BEHANDLARE, "/api/treatment-plan/plans/" + planId, toJson(Map.of("version",
                plan.get("version").asLong(), "summary", "Första planen", "content", content))));
        assertEquals(1, revised.get("revision").asInt());
        assertEquals(200, post(BEHANDLARE, "/api/treatment-plan/plans/" + planId + "/approval",
                "{\"approvedOn\":\"" + from.plusDays(14) + "\"}").status());
        assertEquals("1983", parse(post(BEHANDLARE, "/api/treatment-plan/plans/" + planId + "/sent", ""))
                .get("sentTo").asText());

        // The arrival report carries the start situation and the assessments made at arrival.
        JsonNode arrival = parse(post(BEHANDLARE, course + "/reports", "{\"kind\":\"ARRIVAL\"}"));
        assertEquals("ARRIVAL", arrival.get("kind").asText());
        assertEquals(content.get("startSituation"), arrival.get("startSituation").asText());
        assertTrue(arrival.get("assessments").toString(), arrival.get("assessments").toString().contains("AUDIT"));
        assertEquals(from.plusDays(6).toString(), arrival.get("periodTo").asText());

        // The calendar: 12 weeks of 3 group, 1 individual and 1 contact-person session; generating twice adds nothing.
        JsonNode calendar = parse(post(BEHANDLARE, course + "/calendar", "{}"));
        assertEquals(calendar.toString(), 60, calendar.get("created").asInt());
        assertEquals(0, calendar.get("notGenerated").asInt());
        JsonNode again = parse(post(BEHANDLARE, course + "/calendar", "{}"));
        assertEquals(0, again.get("created").asInt());
        assertEquals(60, again.get("existing").asInt());
        JsonNode sessions = parse(get(BEHANDLARE, course + "/sessions"));
        assertEquals(60, sessions.size());
        assertEquals("Introduktion", sessions.get(0).get("theme").asText());
        assertEquals(1, sessions.get(0).get("week").asInt());

        // Attendance: every held session attended except one group session in week 9's month, a no-show.
        YearMonth lastMonth = YearMonth.from(from.plusWeeks(8));
        String missed = null;
        int attended = 0;
        for (JsonNode s : sessions) {
            LocalDate day = LocalDate.parse(s.get("date").asText());
            if (!day.isBefore(today())) {
                continue;
            }
            boolean noShow = missed == null && "GROUP".equals(s.get("kind").asText()) && YearMonth.from(day).equals(lastMonth);
            Answer a = put(BEHANDLARE, COURSE + "/sessions/" + s.get("id").asText() + "/attendance",
                    toJson(Map.of("status", noShow ? "NO_SHOW" : "ATTENDED", "version", s.get("version").asLong())));
            assertEquals(a.body(), 200, a.status());
            if (noShow) {
                missed = s.get("id").asText();
            } else {
                attended++;
            }
        }
        assertNotNull("a group session in " + lastMonth, missed);
        awaitEvent("NO_SHOW", id);
        // Recorded once; a session not held yet cannot be attended; nothing outside the granted period.
        assertEquals(409, put(BEHANDLARE, COURSE + "/sessions/" + missed + "/attendance", "{\"status\":\"ATTENDED\"}").status());
        long sessionRows = count("SELECT COUNT(*) FROM tp_session WHERE enrolment_id = '" + id + "'");
        Answer outside = post(BEHANDLARE, course + "/sessions", toJson(Map.of("kind", "INDIVIDUAL",
                "date", LocalDate.parse(enrolment.get("grantedTo").asText()).plusDays(1).toString())));
        assertEquals(outside.body(), 400, outside.status());
        assertTrue(outside.body(), outside.body().contains("granted period"));
        assertEquals(sessionRows, count("SELECT COUNT(*) FROM tp_session WHERE enrolment_id = '" + id + "'"));
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'REJECTED' AND resource = "
                + "'treatment-plan/session/" + missed + "/attendance'") >= 1);

        // Outreach: the first level's deadline passed long ago, so escalation moves it up; then the ladder goes on.
        JsonNode open = find(parse(get(BEHANDLARE, COURSE + "/outreach?status=OPEN")), "sessionId", missed);
        assertEquals("SMS", open.get("method").asText());
        assertEquals(1, open.get("level").asInt());
        assertEquals(403, post(OTHER_BEHANDLARE, COURSE + "/outreach/" + open.get("id").asText() + "/outcome",
                "{\"reached\":true,\"note\":\"x\"}").status());
        assertTrue(parse(post(ENHETSCHEF, COURSE + "/outreach/escalation", "")).get("escalated").asInt() >= 1);
        awaitEvent("OUTREACH_ESCALATED", id);
        JsonNode level2 = find(parse(get(BEHANDLARE, COURSE + "/outreach?status=OPEN")), "sessionId", missed);
        assertEquals("PHONE", level2.get("method").asText());
        JsonNode tried = parse(post(BEHANDLARE, COURSE + "/outreach/" + level2.get("id").asText() + "/outcome",
                "{\"reached\":false,\"note\":\"Inget svar, r\u00f6stmeddelande l\u00e4mnat\"}"));
        assertEquals("NOT_REACHED", tried.get("status").asText());
        JsonNode level3 = find(parse(get(BEHANDLARE, COURSE + "/outreach?status=OPEN")), "sessionId", missed);
        assertEquals("HOME_VISIT", level3.get("method").asText());
        assertEquals(tried.get("nextTaskId").asText(), level3.get("id").asText());
        assertEquals("REACHED", parse(post(BEHANDLARE, COURSE + "/outreach/" + level3.get("id").asText() + "/outcome",
                "{\"reached\":true,\"note\":\"Hembes\u00f6k, \u00e5ter p\u00e5 m\u00e5ndag\"}")).get("status").asText());

        Answer all = get(ENHETSCHEF, COURSE + "/outreach");
        assertEquals(all.body(), 200, all.status());
        assertTrue(all.body(), parse(all).size() >= 3);
        assertEquals(400, get(ENHETSCHEF, COURSE + "/outreach?status=LOST").status());

        // A relapse is linked to the relapse plan of the revision in force; a drug test; a note; a VISO referral.
        JsonNode relapse = parse(post(BEHANDLARE, course + "/relapses", toJson(Map.of("occurredOn",
                from.plusWeeks(10).toString(), "kind", "RELAPSE", "substance", "ALCOHOL", "description",
                "Drack under helgen", "actionsTaken", "Extra samtal enligt återfallsplanen"))));
        assertEquals(planId, relapse.get("planId").asText());
        assertEquals(1, relapse.get("planRevision").asInt());
        assertEquals(content.get("relapsePlan"), relapse.get("relapsePlan").asText());
        awaitEvent("RELAPSE", id);
        assertTrue(parse(post(BEHANDLARE, course + "/drug-tests", toJson(Map.of("takenOn", from.plusWeeks(10).plusDays(1).toString(),
                "method", "BREATH", "results", List.of(Map.of("substance", "ALCOHOL", "result", "POSITIVE"))))))
                .get("anyPositive").asBoolean());
        assertEquals(201, post(BEHANDLARE, course + "/notes", toJson(Map.of("text", "Samtal om helgen",
                "sessionId", missed))).status());
        JsonNode notes = parse(get(HANDLAGGARE, course + "/notes"));
        assertEquals(1, notes.size());
        assertEquals("bo", notes.get(0).get("writtenBy").asText());
        assertEquals(missed, notes.get(0).get("sessionId").asText());
        Answer noConsent = post(BEHANDLARE, course + "/referrals", toJson(Map.of("service", "VISO", "reason",
                "Komplex samsjuklighet", "consentGiven", false, "consentScope", "Journal")));
        assertEquals(400, noConsent.status());
        assertTrue(noConsent.body().contains("consentGiven"));
        assertEquals(201, post(BEHANDLARE, course + "/referrals", toJson(Map.of("service", "VISO", "reason",
                "Komplex samsjuklighet", "consentGiven", true, "consentScope", "Behandlingsplan och ASI"))).status());

        // Monthly report for last month: generated from the record, reviewed with skills ratings, sent.
        Answer early = post(BEHANDLARE, course + "/reports", toJson(Map.of("kind", "MONTHLY",
                "month", YearMonth.from(today()).toString())));
        assertEquals(early.body(), 400, early.status());
        assertTrue(early.body(), early.body().contains("has not ended"));
        JsonNode monthly = parse(post(BEHANDLARE, course + "/reports", toJson(Map.of("kind", "MONTHLY",
                "month", lastMonth.toString()))));
        assertEquals("DRAFT", monthly.get("status").asText());
        JsonNode group = find(monthly.get("attendance"), "kind", "GROUP");
        assertEquals(1, group.get("noShow").asInt());
        assertEquals(List.of("Drogfrihet", "Delta i alla gruppsessioner"), texts(monthly.get("goals"), "goal"));
        assertEquals(409, post(BEHANDLARE, course + "/reports", toJson(Map.of("kind", "MONTHLY",
                "month", lastMonth.toString()))).status());
        String reportId = monthly.get("id").asText();
        List<Map<String, Object>> goals = List.of(Map.of("goal", "Drogfrihet", "progress", "Ett återfall, i övrigt nykter"),
                Map.of("goal", "Delta i alla gruppsessioner", "progress", "En missad session"));
        Answer noSkills = put(BEHANDLARE, COURSE + "/reports/" + reportId + "/review", toJson(Map.of("version",
                monthly.get("version").asLong(), "goals", goals)));
        assertEquals(noSkills.body(), 400, noSkills.status());
        assertTrue(noSkills.body().contains("HOUSING"));
        assertEquals(409, post(BEHANDLARE, COURSE + "/reports/" + reportId + "/sent", "").status());
        JsonNode reviewed = parse(put(BEHANDLARE, COURSE + "/reports/" + reportId + "/review", toJson(Map.of("version",
                monthly.get("version").asLong(), "goals", goals, "summary", "Stabil månad", "skills", List.of(
                        Map.of("area", "HOUSING", "rating", 4), Map.of("area", "OCCUPATION", "rating", 2),
                        Map.of("area", "NETWORK", "rating", 3, "comment", "Kontakt med syster"))))));
        assertEquals("REVIEWED", reviewed.get("status").asText());
        JsonNode sent = parse(post(BEHANDLARE, COURSE + "/reports/" + reportId + "/sent", ""));
        assertEquals("SENT", sent.get("status").asText());
        assertEquals("1983", sent.get("sentTo").asText());
        // The case officer reads it; the readable document names the month and the goals.
        assertEquals("SENT", parse(get(HANDLAGGARE, COURSE + "/reports/" + reportId)).get("status").asText());
        Answer html = get(HANDLAGGARE, COURSE + "/reports/" + reportId + "/document");
        assertEquals(200, html.status());
        assertTrue(html.contentType(), html.contentType().startsWith("text/html"));
        assertTrue(html.body().contains("M\u00e5nadsrapport") && html.body().contains("En missad session"));

        // FHIR R4: a Bundle with the CarePlan, its Goals, an Appointment per session, an Encounter per attended one.
        Answer fhir = get(HANDLAGGARE, course + "/fhir");
        assertEquals(fhir.body(), 200, fhir.status());
        assertTrue(fhir.contentType(), fhir.contentType().startsWith("application/fhir+json"));
        JsonNode bundle = parse(fhir);
        assertEquals("Bundle", bundle.get("resourceType").asText());
        Map<String, Integer> types = new HashMap<>();
        bundle.get("entry").forEach(e -> types.merge(e.get("resource").get("resourceType").asText(), 1, Integer::sum));
        assertEquals(Integer.valueOf(1), types.get("CarePlan"));
        assertEquals(Integer.valueOf(2), types.get("Goal"));
        assertEquals(Integer.valueOf(60), types.get("Appointment"));
        assertEquals(Integer.valueOf(attended), types.get("Encounter"));
        assertTrue(fhir.body().contains("http://electronichealth.se/identifier/personnummer"));

        // Completion: closing report, return days; a closed plan takes no revision.
        assertEquals(409, post(BEHANDLARE, course + "/reports", "{\"kind\":\"CLOSING\"}").status());
        LocalDate lastSession = LocalDate.parse(sessions.get(sessions.size() - 1).get("date").asText());
        assertEquals(400, post(BEHANDLARE, "/api/treatment-plan/enrolments/" + id + "/end",
                "{\"reason\":\"COMPLETED\",\"endedOn\":\"" + today().plusDays(1) + "\"}").status());
        assertEquals("COMPLETED", parse(post(BEHANDLARE, "/api/treatment-plan/enrolments/" + id + "/end",
                "{\"reason\":\"COMPLETED\",\"endedOn\":\"" + lastSession + "\"}")).get("status").asText());
        awaitEvent("COMPLETED", id);
        JsonNode closing = parse(post(BEHANDLARE, course + "/reports", "{\"kind\":\"CLOSING\"}"));
        assertEquals("COMPLETED", closing.get("enrolmentStatus").asText());
        assertEquals(1, closing.get("relapses").asInt());
        Answer noSummary = put(BEHANDLARE, COURSE + "/reports/" + closing.get("id").asText() + "/review",
                toJson(Map.of("version", closing.get("version").asLong(), "goals", goals)));
        assertEquals(400, noSummary.status());
        put(BEHANDLARE, COURSE + "/reports/" + closing.get("id").asText() + "/review", toJson(Map.of("version",
                closing.get("version").asLong(), "goals", goals, "summary", "Fullföljt program")));
        assertEquals("SENT", parse(post(BEHANDLARE, COURSE + "/reports/" + closing.get("id").asText() + "/sent", ""))
                .get("status").asText());
        JsonNode returnDays = parse(post(BEHANDLARE, course + "/return-days", "{}"));
        assertEquals(12, returnDays.size());
        assertTrue(returnDays.get(0).get("theme").asText().contains("300 kr"));
        assertEquals(lastSession.plusMonths(1).withDayOfMonth(1).toString(), returnDays.get(0).get("date").asText());
        // The first return day has been held: travel is reimbursed up to the programme's cap of 300 kr.
        JsonNode returned = parse(put(BEHANDLARE, COURSE + "/sessions/" + returnDays.get(0).get("id").asText()
                + "/attendance", "{\"status\":\"ATTENDED\",\"travelCost\":450}"));
        assertEquals(450, returned.get("travelCostClaimed").asInt());
        assertEquals(300, returned.get("travelCostReimbursed").asInt());
        assertEquals(12, parse(post(BEHANDLARE, course + "/return-days", "{}")).size());
        assertEquals(201, post(BEHANDLARE, course + "/sessions", toJson(Map.of("kind", "SUPPORT_GROUP",
                "date", today().plusDays(7).toString(), "theme", "AA-m\u00f6te"))).status());
        assertEquals(409, post(BEHANDLARE, course + "/sessions", toJson(Map.of("kind", "GROUP",
                "date", today().plusDays(7).toString()))).status());
        assertEquals(200, post(BEHANDLARE, "/api/treatment-plan/plans/" + planId + "/closing", "").status());
        long revisions = count("SELECT COUNT(*) FROM tp_plan_revision WHERE plan_id = '" + planId + "'");
        assertEquals(409, put(BEHANDLARE, "/api/treatment-plan/plans/" + planId, toJson(Map.of("version",
                revised.get("version").asLong() + 10, "summary", "Sent", "content", content))).status());
        assertEquals(revisions, count("SELECT COUNT(*) FROM tp_plan_revision WHERE plan_id = '" + planId + "'"));
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'REJECTED' AND resource = "
                + "'treatment-plan/plan/" + planId + "/revision'") >= 1);
        assertTrue(parse(get(LOGGRANSKARE, "/api/audit/verify")).get("valid").asBoolean());
    }

    // ------------------------------------------------------------------ 12-step with aftercare over SOAP

    @Test
    public void aTwelveStepCourseWithAftercareAndSharedPlacesWalksOverSoap() throws Exception {
        programme("tolv-w", "tolvsteg-16-24", 2);
        Configuration sweep = configAdmin.getConfiguration("se.kommunmeny.treatmentplan.outreach", "?");
        try {
            twelveStepOverSoap(sweep);
        } finally {
            sweep.delete();
        }
    }

    private void twelveStepOverSoap(Configuration sweep) throws Exception {
        String anna = person("Tolv");
        String bertil = person("Steg");
        String cecilia = person("Eftervard");
        LocalDate from = today().minusWeeks(20);
        String a = soapEnrol(anna, from);
        String b = soapEnrol(bertil, from);
        String c = soapEnrol(cecilia, from);
        assertEquals("WAITING", value(soap(BEHANDLARE, "TreatmentPlan", "<t:getEnrolment xmlns:t=\"" + PLAN_NS
                + "\"><id>" + c + "</id></t:getEnrolment>"), "status"));
        // The practitioner who enrolled is assigned; the other practitioner gets a fault.
        Answer foreign = course(OTHER_BEHANDLARE, "listSessions", "<enrolmentId>" + a + "</enrolmentId>");
        assertTrue(foreign.body(), foreign.status() != 200 && foreign.body().contains(":forbidden<"));

        // 16 weeks of primary treatment do not fit the first granted 3 months: the rest waits for an extension.
        Answer first = course(BEHANDLARE, "generateCalendar", "<enrolmentId>" + a + "</enrolmentId>");
        assertEquals(first.body(), 200, first.status());
        int created = Integer.parseInt(value(first, "created"));
        assertTrue(first.body(), Integer.parseInt(value(first, "notGenerated")) > 0 && created > 0);
        assertEquals(200, soap(HANDLAGGARE, "TreatmentPlan", "<t:extendEnrolment xmlns:t=\"" + PLAN_NS + "\"><id>" + a
                + "</id><grantedTo>" + today().plusMonths(2) + "</grantedTo></t:extendEnrolment>").status());
        Answer second = course(BEHANDLARE, "generateCalendar", "<enrolmentId>" + a + "</enrolmentId>");
        assertEquals("0", value(second, "notGenerated"));
        assertEquals(String.valueOf(created), value(second, "existing"));
        assertEquals(16 * 5, created + Integer.parseInt(value(second, "created")));

        // Plan over SOAP, with a relapse plan.
        Answer plan = soap(BEHANDLARE, "TreatmentPlan", "<t:createPlan xmlns:t=\"" + PLAN_NS + "\"><plan><personRef>"
                + anna + "</personRef><programmeId>tolv-w</programmeId><goal>Nykterhet</goal><startDate>" + from
                + "</startDate><enrolmentId>" + a + "</enrolmentId></plan></t:createPlan>");
        assertEquals(plan.body(), 200, plan.status());
        String planId = value(plan, "id");
        Answer revised = soap(BEHANDLARE, "TreatmentPlan", "<t:revisePlan xmlns:t=\"" + PLAN_NS + "\"><id>" + planId
                + "</id><version>" + value(plan, "version") + "</version><summary>Plan</summary><content>"
                + "<startSituation>Efter avgiftning</startSituation><longTermGoal>Nykterhet</longTermGoal>"
                + "<subGoal>Steg 1-5</subGoal><relapsePlan>Ring sponsorn, extra grupp</relapsePlan></content>"
                + "</t:revisePlan>");
        assertEquals(revised.body(), 200, revised.status());

        // Sessions, a no-show: the scheduled sweep escalates the overdue outreach by itself.
        List<String[]> sessions = sessions(course(BEHANDLARE, "listSessions", "<enrolmentId>" + a + "</enrolmentId>"));
        YearMonth lastMonth = YearMonth.from(today()).minusMonths(1);
        String missed = null;
        for (String[] s : sessions) {
            LocalDate day = LocalDate.parse(s[2]);
            if (!day.isBefore(today()) || !YearMonth.from(day).equals(lastMonth)) {
                continue;
            }
            boolean noShow = missed == null && "GROUP".equals(s[1]);
            Answer r = course(BEHANDLARE, "recordAttendance", "<sessionId>" + s[0] + "</sessionId><attendance><status>"
                    + (noShow ? "NO_SHOW" : "ATTENDED") + "</status></attendance>");
            assertEquals(r.body(), 200, r.status());
            missed = noShow ? s[0] : missed;
        }
        assertNotNull(missed);
        awaitEvent("NO_SHOW", a);
        Hashtable<String, Object> fast = new Hashtable<>();
        fast.put("sweepSeconds", 1);
        sweep.update(fast);
        String missedSession = missed;
        await("the sweep escalates the overdue outreach", Duration.ofSeconds(30), () -> {
            Answer tasks = course(BEHANDLARE, "listOutreachTasks", "<status>OPEN</status>");
            return tasks.body().contains(missedSession) && tasks.body().contains("<method>PHONE</method>");
        });
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE user_name = 'system:outreach'") >= 1);
        String phone = taskFor(course(BEHANDLARE, "listOutreachTasks", "<status>OPEN</status>"), missed);
        assertEquals("REACHED", value(course(BEHANDLARE, "recordOutreach", "<taskId>" + phone + "</taskId><outcome>"
                + "<reached>true</reached><note>N\u00e5dd per telefon</note></outcome>"), "status"));

        // A lapse linked to the relapse plan, a drug test and an ASI with its domain ratings.
        Answer lapse = course(BEHANDLARE, "recordRelapse", "<enrolmentId>" + a + "</enrolmentId><relapse><occurredOn>"
                + today().minusDays(3) + "</occurredOn><kind>LAPSE</kind><substance>CANNABIS</substance>"
                + "<description>R\u00f6kte en g\u00e5ng</description></relapse>");
        assertEquals(lapse.body(), 200, lapse.status());
        assertEquals("Ring sponsorn, extra grupp", value(lapse, "relapsePlan"));
        Answer test = course(BEHANDLARE, "recordDrugTest", "<enrolmentId>" + a + "</enrolmentId><test><takenOn>"
                + today().minusDays(2) + "</takenOn><method>URINE</method><result><substance>CANNABIS</substance>"
                + "<result>POSITIVE</result></result><result><substance>OPIATES</substance><result>NEGATIVE</result>"
                + "</result></test>");
        assertEquals(test.body(), 200, test.status());
        Answer asi = course(BEHANDLARE, "recordAssessment", "<enrolmentId>" + a + "</enrolmentId><assessment>"
                + "<instrument>ASI</instrument><answer>2</answer><answer>5</answer><answer>7</answer><answer>3</answer>"
                + "<answer>1</answer><answer>4</answer><answer>2</answer></assessment>");
        assertEquals(asi.body(), 200, asi.status());
        assertEquals("7", value(asi, "score"));

        // Aftercare keeps the shared place: the waiting client stays waiting until someone leaves.
        soap(BEHANDLARE, "TreatmentPlan", "<t:moveToAftercare xmlns:t=\"" + PLAN_NS + "\"><id>" + a + "</id></t:moveToAftercare>");
        assertTrue(soap(ENHETSCHEF, "TreatmentPlan", "<t:admit xmlns:t=\"" + PLAN_NS + "\"><id>" + c
                + "</id></t:admit>").body().contains(":conflict<"));
        Answer aftercare = course(BEHANDLARE, "generateCalendar", "<enrolmentId>" + a + "</enrolmentId><startDate>"
                + today().minusWeeks(1) + "</startDate>");
        assertEquals(aftercare.body(), 200, aftercare.status());
        assertEquals("AFTERCARE", value(aftercare, "phase"));
        assertTrue(Integer.parseInt(value(aftercare, "created")) >= 8);
        String future = sessions(course(BEHANDLARE, "listSessions", "<enrolmentId>" + a + "</enrolmentId><from>"
                + today().plusDays(1) + "</from>")).get(0)[0];
        Answer notYet = course(BEHANDLARE, "recordAttendance", "<sessionId>" + future + "</sessionId><attendance>"
                + "<status>ATTENDED</status></attendance>");
        assertTrue(notYet.body(), notYet.status() != 200 && notYet.body().contains(":validation<"));
        assertTrue(count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'REJECTED' AND resource = "
                + "'treatment-plan/session/" + future + "/attendance'") == 1);
        soap(BEHANDLARE, "TreatmentPlan", "<t:endEnrolment xmlns:t=\"" + PLAN_NS + "\"><id>" + b
                + "</id><reason>DISCHARGED</reason></t:endEnrolment>");
        awaitEvent("DISCHARGED", b);
        assertEquals("ACTIVE", value(soap(ENHETSCHEF, "TreatmentPlan", "<t:admit xmlns:t=\"" + PLAN_NS + "\"><id>" + c
                + "</id></t:admit>"), "status"));

        // Monthly report over SOAP; a month not yet ended is a fault with a code.
        Answer early = course(BEHANDLARE, "generateReport", "<enrolmentId>" + a + "</enrolmentId><kind>MONTHLY</kind>"
                + "<month>" + YearMonth.from(today()) + "</month>");
        assertTrue(early.body(), early.status() != 200 && early.body().contains(":validation<")
                && early.body().contains("name=\"month\""));
        Answer monthly = course(BEHANDLARE, "generateReport", "<enrolmentId>" + a + "</enrolmentId><kind>MONTHLY</kind>"
                + "<month>" + lastMonth + "</month>");
        assertEquals(monthly.body(), 200, monthly.status());
        String reportId = value(monthly, "id");
        String review = "<reportId>" + reportId + "</reportId><review><version>" + value(monthly, "version")
                + "</version><summary>Stabil</summary><goal><goal>Nykterhet</goal><progress>Ett snedsteg</progress></goal>"
                + "<goal><goal>Steg 1-5</goal><progress>Steg 3</progress></goal><skill><area>HOUSING</area><rating>3"
                + "</rating></skill><skill><area>OCCUPATION</area><rating>2</rating></skill><skill><area>NETWORK</area>"
                + "<rating>4</rating></skill></review>";
        assertEquals("REVIEWED", value(course(BEHANDLARE, "reviewReport", review), "status"));
        assertEquals("SENT", value(course(BEHANDLARE, "sendReport", "<reportId>" + reportId + "</reportId>"), "status"));
        assertTrue(course(HANDLAGGARE, "getReportDocument", "<reportId>" + reportId + "</reportId>").body()
                .contains("M\u00e5nadsrapport"));
        Answer fhir = course(HANDLAGGARE, "getFhirBundle", "<enrolmentId>" + a + "</enrolmentId>");
        assertEquals(fhir.body(), 200, fhir.status());
        assertTrue(fhir.body().contains("CarePlan") && fhir.body().contains("EpisodeOfCare"));

        // Completion after aftercare, the closing report.
        soap(BEHANDLARE, "TreatmentPlan", "<t:endEnrolment xmlns:t=\"" + PLAN_NS + "\"><id>" + a
                + "</id><reason>COMPLETED</reason></t:endEnrolment>");
        awaitEvent("COMPLETED", a);
        Answer closing = course(BEHANDLARE, "generateReport", "<enrolmentId>" + a + "</enrolmentId><kind>CLOSING</kind>");
        assertEquals(closing.body(), 200, closing.status());
        assertEquals("1", value(closing, "relapses"));
        assertEquals("1", value(closing, "positiveDrugTests"));
        assertFalse(events.contains("COMPLETED " + b));
    }

    // ------------------------------------------------------------------ helpers

    private String soapEnrol(String person, LocalDate from) {
        Answer a = soap(BEHANDLARE, "TreatmentPlan", "<t:enrol xmlns:t=\"" + PLAN_NS + "\"><request><personRef>" + person
                + "</personRef><programmeId>tolv-w</programmeId><legalBasis>SOL</legalBasis><grantedFrom>" + from
                + "</grantedFrom></request></t:enrol>");
        assertEquals(a.body(), 200, a.status());
        return value(a, "id");
    }

    private Answer course(String user, String operation, String inner) {
        return soap(user, "TreatmentCourse", "<c:" + operation + " xmlns:c=\"" + SOAP_NS + "\">" + inner + "</c:"
                + operation + ">");
    }

    /** The first element's text, e.g. {@code <status>ACTIVE</status>}. */
    private static String value(Answer a, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(a.body());
        assertTrue(element + " in " + a.body(), m.find());
        return m.group(1);
    }

    /** Sessions from a SOAP answer: id, kind, date. */
    private static List<String[]> sessions(Answer a) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<session>(.*?)</session>", Pattern.DOTALL).matcher(a.body());
        while (m.find()) {
            String s = m.group(1);
            out.add(new String[] {tag(s, "id"), tag(s, "kind"), tag(s, "date")});
        }
        return out;
    }

    private static String taskFor(Answer tasks, String sessionId) {
        Matcher m = Pattern.compile("<task>(.*?)</task>", Pattern.DOTALL).matcher(tasks.body());
        while (m.find()) {
            if (m.group(1).contains(sessionId)) {
                return tag(m.group(1), "id");
            }
        }
        throw new AssertionError("no task for " + sessionId + " in " + tasks.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
