package se.kommunmeny.itests;

import java.io.IOException;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kernel's promises, checked on a running distribution over real HTTP. Subclasses choose the database; every
 * test runs on both. Tests are independent: each uses its own persons and leaves no offering installed.
 */
public abstract class AbstractKernelIT extends KommunmenyTestSupport {
    static final String OFFERING_FEATURE = "kommunmeny-treatment-plan";
    static final String PROGRAMME_ENTRY = "treatment-plan/kbt-12";

    @Inject
    @Filter("(osgi.jndi.service.name=kommunmeny)")
    protected DataSource dataSource;

    @Inject
    protected ConfigurationAdmin configAdmin;

    @Before
    public void ready() {
        awaitReady();
    }

    // ------------------------------------------------------------------ throttled logins

    /**
     * Five failed logins in a row for one user name: the name is refused for a while (429 with Retry-After, a SOAP
     * fault), even with the right password, without touching other users; the lock is logged once.
     */
    @Test
    public void repeatedFailedLoginsAreThrottledAndLogged() throws Exception {
        for (int i = 0; i < 5; i++) {
            Answer wrong = send(request(null, "/api/ping").header("Authorization", basic(THROTTLE_PROBE, "Wrong-" + i))
                    .GET().build());
            assertEquals(401, wrong.status());
        }
        java.net.http.HttpResponse<String> locked = http().send(request(null, "/api/ping")
                .header("Authorization", basic(THROTTLE_PROBE, THROTTLE_PROBE + PASSWORD_SUFFIX)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(locked.body(), 429, locked.statusCode());
        assertTrue(locked.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertTrue(locked.body(), locked.body().contains("too-many-failed-logins"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0"));
        assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 30);
        Answer soap = soap(THROTTLE_PROBE, "Menu", "<m:getMenu xmlns:m=\"urn:se:kommunmeny:menu:1\"/>");
        assertEquals(soap.body(), 429, soap.status());
        assertTrue(soap.body(), soap.body().contains("too-many-failed-logins"));
        assertEquals(200, get(BEHANDLARE, "/api/ping").status());
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        await("the lock in the log", Duration.ofSeconds(10), () -> {
            try {
                return Files.readString(log, StandardCharsets.UTF_8).contains("Logins as '" + THROTTLE_PROBE
                        + "' refused for 30 s after 5 failed logins in a row");
            } catch (IOException e) {
                return false;
            }
        });
    }

    // ------------------------------------------------------------------ boot

    @Test
    public void platformBootsAndReportsReady() throws Exception {
        JsonNode health = parse(get(OPERATOR, "/api/health"));
        assertEquals("UP", health.get("status").asText());
        assertEquals("1984", health.at("/municipality/code").asText());
        assertEquals("Arboga", health.at("/municipality/name").asText());
        assertEquals("V\u00e4stmanlands l\u00e4n", health.at("/municipality/county").asText());
        assertEquals(expectedDatabaseProduct(), health.get("database").asText());
        String info = shell("kommunmeny:info");
        assertTrue(info, info.contains("status: UP") && info.contains("Arboga"));
    }

    protected abstract String expectedDatabaseProduct();

    // ------------------------------------------------------------------ security

    /** Every core operation, REST and SOAP, with a body where it takes one. */
    private List<String[]> coreOperations() {
        return List.of(
                new String[] {"GET", "/api/health", null},
                new String[] {"GET", "/api/ping", null},
                new String[] {"GET", "/api/menu", null},
                new String[] {"GET", "/api/menu/csv", null},
                new String[] {"GET", "/api/menu/html", null},
                new String[] {"POST", "/api/persons", "{}"},
                new String[] {"GET", "/api/persons/00000000-0000-0000-0000-000000000000", null},
                new String[] {"POST", "/api/persons/lookup", "{\"identityNumber\":\"19121212-1212\"}"},
                new String[] {"POST", "/api/persons/search", "{\"name\":\"an\"}"},
                new String[] {"POST", "/api/persons/anonymous", ""},
                new String[] {"POST", "/api/audit/query", "{\"user\":\"anna\"}"},
                new String[] {"GET", "/api/audit/verify", null});
    }

    @Test
    public void everyEndpointRequiresAuthentication() {
        // Wrong passwords for a name that does not exist, a new one each time (five failures in a row for one name
        // lock it for a while: see repeatedFailedLoginsAreThrottledAndLogged); one for a real user below.
        int[] attempt = {0};
        for (String[] op : coreOperations()) {
            for (String authorization : new String[] {null, basic("nobody-" + attempt[0]++, "wrong-password"),
                    basic("ivar", "ivar" + PASSWORD_SUFFIX), "Bearer abc", "Basic !!!"}) {
                HttpRequest.Builder b = request(null, op[1]);
                if (authorization != null) {
                    b.header("Authorization", authorization);
                }
                Answer a = send(op[2] == null ? b.GET().build()
                        : b.header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(op[2])).build());
                assertEquals(op[0] + " " + op[1] + " with " + authorization, 401, a.status());
                assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
            }
        }
        for (String service : List.of("Menu", "PersonRegister")) {
            Answer a = soap(null, service, "<x xmlns=\"urn:x\"/>");
            assertEquals(service, 401, a.status());
            assertTrue(a.body(), a.body().contains("unauthenticated"));
            Answer wrong = send(request(null, "/soap/" + service).header("Authorization",
                    basic(service.equals("Menu") ? HANDLAGGARE : "nobody-soap", "nope"))
                    .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString("<x/>")).build());
            assertEquals(401, wrong.status());
        }
        // CXF's service list is not exposed, not even to an authenticated user.
        for (String path : List.of("/", "/services", "/soap", "/api")) {
            Answer a = get(HANDLAGGARE, path);
            assertEquals(path, 404, a.status());
            assertFalse(path, a.body().contains("Available SOAP services") || a.body().contains("Available RESTful"));
        }
    }

    @Test
    public void rolesAreEnforcedOnTheServer() {
        String person = registerPerson(newPersonnummer(), "Rolf", "Rollsson", false);
        // operation -> roles allowed; every other role gets 403.
        Map<String, Set<String>> allowed = new HashMap<>();
        allowed.put("GET /api/health", Set.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR));
        allowed.put("GET /api/menu", Set.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER));
        allowed.put("GET /api/menu/csv", Set.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER));
        allowed.put("GET /api/menu/html", Set.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER));
        allowed.put("GET /api/ping", Set.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR));
        allowed.put("POST /api/persons", Set.of(HANDLAGGARE));
        allowed.put("GET /api/persons/" + person, Set.of(HANDLAGGARE, BEHANDLARE));
        allowed.put("POST /api/persons/lookup", Set.of(HANDLAGGARE, BEHANDLARE));
        allowed.put("POST /api/persons/search", Set.of(HANDLAGGARE));
        allowed.put("POST /api/persons/anonymous", Set.of(HANDLAGGARE, BEHANDLARE));
        allowed.put("POST /api/audit/query", Set.of(LOGGRANSKARE));
        allowed.put("GET /api/audit/verify", Set.of(LOGGRANSKARE, OPERATOR));
        Map<String, String> bodies = Map.of(
                "POST /api/persons", "{\"identityNumber\":\"%s\",\"givenName\":\"Ny\",\"familyName\":\"Person\"}",
                "POST /api/persons/lookup", "{\"identityNumber\":\"%s\"}",
                "POST /api/persons/search", "{\"name\":\"rollsson\"}",
                "POST /api/persons/anonymous", "",
                "POST /api/audit/query", "{\"user\":\"anna\"}");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Set<String>> op : allowed.entrySet()) {
            String[] parts = op.getKey().split(" ", 2);
            for (String user : USERS.keySet()) {
                Answer a;
                if (parts[0].equals("GET")) {
                    a = get(user, parts[1]);
                } else {
                    String body = bodies.get(op.getKey());
                    a = post(user, parts[1], body.contains("%s") ? String.format(body, newPersonnummer()) : body);
                }
                boolean expectAllowed = op.getValue().contains(user);
                boolean wasForbidden = a.status() == 403;
                if (expectAllowed == wasForbidden || a.status() == 401 || a.status() >= 500) {
                    failures.add(op.getKey() + " as " + USERS.get(user) + " -> " + a.status());
                }
            }
        }
        // SOAP is held to the same rules.
        String register = "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\"><registration><identityNumber>%s"
                + "</identityNumber><givenName>Soap</givenName><familyName>Rollsson</familyName></registration></p:registerPerson>";
        for (String user : USERS.keySet()) {
            Answer a = soap(user, "PersonRegister", String.format(register, newPersonnummer()));
            boolean ok = a.status() == 200 && a.body().contains("registerPersonResponse");
            if (ok != user.equals(HANDLAGGARE) || (!ok && !a.body().contains(":forbidden<"))) {
                failures.add("SOAP registerPerson as " + USERS.get(user) + " -> " + a.status());
            }
            // The menu is for staff and partners (partner municipalities, the county's overview) alike.
            Answer menu = soap(user, "Menu", "<m:getMenu xmlns:m=\"urn:se:kommunmeny:menu:1\"/>");
            if (menu.status() != 200) {
                failures.add("SOAP getMenu as " + USERS.get(user) + " -> " + menu.status());
            }
        }
        assertTrue("Role table violations: " + failures, failures.isEmpty());
    }

    // ------------------------------------------------------------------ person register and audit

    @Test
    public void personRegisterAuditsEveryAccessInTheSameTransaction() throws Exception {
        String number = newPersonnummer();
        long rowsBefore = count("SELECT COUNT(*) FROM core_audit_log");
        Answer created = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number,
                "givenName", "Ebba", "familyName", "Auditsson", "address", "Storgatan 1, Arboga")));
        assertEquals(created.body(), 201, created.status());
        JsonNode person = parse(created);
        String id = person.get("id").asText();
        assertEquals(number, person.get("identityNumber").asText());
        assertEquals(number.substring(0, 4) + "-" + number.substring(4, 6) + "-" + number.substring(6, 8),
                person.get("birthDate").asText());
        assertTrue(person.get("gender").asText().matches("MALE|FEMALE"));

        // The 10-digit form finds the same person.
        String tenDigit = number.substring(2);
        assertEquals(id, parse(post(BEHANDLARE, "/api/persons/lookup", "{\"identityNumber\":\"" + tenDigit + "\"}"))
                .get("id").asText());
        assertEquals(200, get(HANDLAGGARE, "/api/persons/" + id).status());
        assertEquals(1, parse(post(HANDLAGGARE, "/api/persons/search", "{\"name\":\"ebba auditss\"}")).size());
        // A miss is audited too.
        assertEquals(404, post(HANDLAGGARE, "/api/persons/lookup", "{\"identityNumber\":\"" + newPersonnummer() + "\"}").status());
        assertEquals(rowsBefore + 5, count("SELECT COUNT(*) FROM core_audit_log"));

        JsonNode byPerson = parse(post(LOGGRANSKARE, "/api/audit/query", "{\"person\":\"" + id + "\"}"));
        List<String> actions = new ArrayList<>();
        byPerson.forEach(row -> actions.add(row.get("action").asText() + ":" + row.get("user").asText() + ":"
                + row.get("role").asText()));
        Collections.sort(actions);
        assertEquals(List.of("CREATE:anna:handlaggare", "READ:anna:handlaggare", "READ:bo:behandlare"), actions);
        JsonNode byUser = parse(post(LOGGRANSKARE, "/api/audit/query", "{\"user\":\"anna\",\"limit\":50}"));
        boolean searchSeen = false;
        for (JsonNode row : byUser) {
            if ("SEARCH".equals(row.get("action").asText()) && row.get("criteria").asText().contains("ebba auditss")) {
                searchSeen = true;
            }
        }
        assertTrue("search with its criteria in the audit log", searchSeen);
        JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
        assertTrue(verify.toString(), verify.get("valid").asBoolean());
        // No identity number in clear text in the audit log: look-ups record a masked number.
        assertEquals(0, count("SELECT COUNT(*) FROM core_audit_log WHERE criteria LIKE '%" + number.substring(9) + "'"));
    }

    @Test
    public void protectedIdentityIsHiddenAndItsReadsAuditedSeparately() throws Exception {
        String number = newPersonnummer();
        String id = registerPerson(number, "Skyddad", "Person", true);
        JsonNode asPractitioner = parse(post(BEHANDLARE, "/api/persons/lookup", "{\"identityNumber\":\"" + number + "\"}"));
        assertTrue(asPractitioner.get("hidden").asBoolean());
        assertTrue(asPractitioner.get("givenName").isNull());
        assertTrue(asPractitioner.get("address").isNull());
        assertFalse(asPractitioner.toString().contains("Skyddad"));
        long protectedReads = count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'READ_PROTECTED' AND person_id = '" + id + "'");
        JsonNode asCaseOfficer = parse(get(HANDLAGGARE, "/api/persons/" + id));
        assertEquals("Skyddad", asCaseOfficer.get("givenName").asText());
        assertEquals(protectedReads + 1,
                count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'READ_PROTECTED' AND person_id = '" + id + "'"));
        // Searches by name do not reveal a protected person's name to the case officer without an audit row either.
        JsonNode hits = parse(post(HANDLAGGARE, "/api/persons/search", "{\"name\":\"skyddad person\"}"));
        assertEquals(1, hits.size());
        assertEquals(protectedReads + 2,
                count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'READ_PROTECTED' AND person_id = '" + id + "'"));
    }

    @Test
    public void auditChainDetectsTampering() throws Exception {
        registerPerson(newPersonnummer(), "Tamper", "Check", false);
        long last = count("SELECT MAX(seq) FROM core_audit_log");
        String original;
        try (Connection c = platformDataSource().getConnection();
                PreparedStatement read = c.prepareStatement("SELECT resource FROM core_audit_log WHERE seq = ?")) {
            read.setLong(1, last);
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next());
                original = rs.getString(1);
            }
            try (PreparedStatement tamper = c.prepareStatement("UPDATE core_audit_log SET resource = ? WHERE seq = ?")) {
                tamper.setString(1, original + "-altered");
                tamper.setLong(2, last);
                assertEquals(1, tamper.executeUpdate());
            }
            try {
                JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
                assertFalse(verify.toString(), verify.get("valid").asBoolean());
                assertEquals(last, verify.get("firstBrokenSequence").asLong());
                assertTrue(shell("kommunmeny:audit-verify").contains("broken"));
            } finally {
                try (PreparedStatement restore = c.prepareStatement("UPDATE core_audit_log SET resource = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, last);
                    restore.executeUpdate();
                }
            }
        }
        assertTrue(parse(get(LOGGRANSKARE, "/api/audit/verify")).get("valid").asBoolean());
        assertTrue(shell("kommunmeny:audit-verify").contains("intact"));
    }

    @Test
    public void technicalLogHoldsNoPersonalDataOrPasswords() throws Exception {
        String number = newPersonnummer();
        String family = "Loggfri" + Long.toString(System.nanoTime(), 36);
        String id = registerPerson(number, "Hemlig", family, true);
        post(BEHANDLARE, "/api/persons/lookup", "{\"identityNumber\":\"" + number.substring(2) + "\"}");
        post(HANDLAGGARE, "/api/persons/search", "{\"name\":\"" + family + "\"}");
        get(HANDLAGGARE, "/api/persons/" + id);
        String wrongCheck = number.substring(0, 12) + ((number.charAt(12) - '0' + 1) % 10);
        post(HANDLAGGARE, "/api/persons/lookup", "{\"identityNumber\":\"" + wrongCheck + "\"}");
        post(HANDLAGGARE, "/api/persons", "{\"identityNumber\":\"" + number + "\",\"givenName\":[\"" + family + "\"]}");
        soap(HANDLAGGARE, "PersonRegister", "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\"><registration>"
                + "<identityNumber>" + wrongCheck + "</identityNumber><givenName>" + family + "</givenName>"
                + "</registration></p:registerPerson>");
        soap(HANDLAGGARE, "PersonRegister", "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\"><registration>"
                + "<identityNumber>" + number + "</identityNumber><unknown>" + family + "</unknown></registration></p:registerPerson>");
        send(request(null, "/api/menu").header("Authorization", basic(HANDLAGGARE, "Wrong-Pass-4711")).GET().build());
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue("the log is written at INFO", text.contains("Published REST /api/persons"));
        List<String> secrets = new ArrayList<>(List.of(number, number.replace("-", ""), number.substring(2),
                wrongCheck.replace("-", ""), family, "Wrong-Pass-4711"));
        for (String user : USERS.keySet()) {
            secrets.add(user + PASSWORD_SUFFIX);
        }
        for (String secret : secrets) {
            assertFalse("karaf.log must not contain " + secret.replaceAll("\\d", "#"), text.contains(secret));
        }
    }

    // ------------------------------------------------------------------ bad input

    @Test
    public void badInputGetsAClearErrorAndChangesNothing() throws Exception {
        long persons = count("SELECT COUNT(*) FROM core_person");
        long audit = count("SELECT COUNT(*) FROM core_audit_log");
        String valid = newPersonnummer();
        String wrongCheck = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);
        String deep = "[".repeat(200) + "]".repeat(200);
        String huge = "{\"identityNumber\":\"" + "9".repeat(2 * 1024 * 1024) + "\"}";
        Object[][] table = {
                // body, expected status, field that must be named (or null)
                {"{\"identityNumber\":\"" + wrongCheck + "\",\"givenName\":\"A\",\"familyName\":\"B\"}", 400, "identityNumber"},
                {"{\"identityNumber\":\"19991399-0000\",\"givenName\":\"A\",\"familyName\":\"B\"}", 400, "identityNumber"},
                {"{\"identityNumber\":\"abc\",\"givenName\":\"A\",\"familyName\":\"B\"}", 400, "identityNumber"},
                {"{\"identityNumber\":\"" + valid + "\"}", 400, "givenName"},
                {"{\"identityNumber\":\"" + valid + "\",\"givenName\":\"A\",\"familyName\":\"B\",\"shoeSize\":44}", 400, "shoeSize"},
                {"{\"identityNumber\":\"" + valid + "\",\"givenName\":[1],\"familyName\":\"B\"}", 400, "givenName"},
                {"{\"identityNumber\":\"" + valid + "\",\"givenName\":\"" + "x".repeat(101) + "\",\"familyName\":\"B\"}", 400, "givenName"},
                {"{\"identityNumber\":", 400, null},
                {"not json at all", 400, null},
                {deep, 400, null},
                {"{\"identityNumber\":\"" + valid + "\",\"givenName\":\"A\",\"familyName\":\"B\"} trailing", 400, null},
                {huge, 413, null},
                {"null", 400, null},
        };
        for (Object[] row : table) {
            Answer a = post(HANDLAGGARE, "/api/persons", (String) row[0]);
            String label = ((String) row[0]).length() > 80 ? ((String) row[0]).substring(0, 80) + "…" : (String) row[0];
            assertEquals(label + " -> " + a.body(), (int) row[1], a.status());
            assertTrue(label, a.contentType().startsWith("application/problem+json"));
            JsonNode problem = parse(a);
            assertEquals((int) row[1], problem.get("status").asInt());
            assertTrue(problem.get("type").asText().startsWith("https://kommunmeny.se/problems/"));
            assertFalse("no stack trace", a.body().contains("Exception") || a.body().contains("\tat "));
            if (row[2] != null) {
                assertTrue(label + " names " + row[2] + ": " + a.body(), problem.get("errors").toString().contains("\"" + row[2] + "\""));
            }
        }
        // Wrong media type, unknown path, wrong method, malformed id.
        Answer text = send(request(HANDLAGGARE, "/api/persons").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(415, text.status());
        assertEquals(404, get(HANDLAGGARE, "/api/no-such-thing").status());
        assertEquals(405, send(request(HANDLAGGARE, "/api/persons/lookup").DELETE().build()).status());
        Answer badId = get(HANDLAGGARE, "/api/persons/not-a-uuid");
        assertEquals(400, badId.status());
        assertTrue(parse(badId).get("errors").toString().contains("\"id\""));
        // SOAP: DOCTYPE/entities, malformed XML, invalid number -> faults with a code; nothing written.
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"eeeeeeeeee\"><!ENTITY f \"&e;&e;&e;&e;\">]>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<p:searchPersonsByName xmlns:p=\"urn:se:kommunmeny:person:1\"><name>&f;</name></p:searchPersonsByName>"
                + "</soapenv:Body></soapenv:Envelope>";
        Answer dtd = send(request(HANDLAGGARE, "/soap/PersonRegister").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(doctype)).build());
        assertTrue(dtd.body(), dtd.body().contains("Fault") && dtd.body().contains(":malformed<"));
        Answer broken = send(request(HANDLAGGARE, "/soap/PersonRegister").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><a>")).build());
        assertTrue(broken.body(), broken.body().contains("Fault") && !broken.body().contains("\tat "));
        Answer invalid = soap(HANDLAGGARE, "PersonRegister", "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\">"
                + "<registration><identityNumber>" + wrongCheck + "</identityNumber><givenName>A</givenName>"
                + "<familyName>B</familyName></registration></p:registerPerson>");
        assertTrue(invalid.body(), invalid.body().contains(":validation<") && invalid.body().contains("name=\"identityNumber\""));
        Answer tooBig = send(request(HANDLAGGARE, "/soap/PersonRegister").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<x>" + "y".repeat(2 * 1024 * 1024) + "</x>")).build());
        assertEquals(413, tooBig.status());
        assertEquals("no person written by rejected input", persons, count("SELECT COUNT(*) FROM core_person"));
        assertEquals("no audit row written by rejected input", audit, count("SELECT COUNT(*) FROM core_audit_log"));
    }

    // ------------------------------------------------------------------ SOAP

    @Test
    public void personRegisterWorksOverSoap() {
        String number = newPersonnummer();
        Answer created = soap(HANDLAGGARE, "PersonRegister", "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\">"
                + "<registration><identityNumber>" + number + "</identityNumber><givenName>S\u00f6ren</givenName>"
                + "<familyName>Soapsson</familyName><protectedIdentity>false</protectedIdentity></registration></p:registerPerson>");
        assertEquals(created.body(), 200, created.status());
        assertTrue(created.body(), created.body().contains("<identityNumber>" + number + "</identityNumber>"));
        Answer found = soap(BEHANDLARE, "PersonRegister", "<p:findPersonByIdentityNumber xmlns:p=\"urn:se:kommunmeny:person:1\">"
                + "<identityNumber>" + number + "</identityNumber></p:findPersonByIdentityNumber>");
        assertTrue(found.body(), found.body().contains("S\u00f6ren"));
        Answer missing = soap(BEHANDLARE, "PersonRegister", "<p:findPersonByIdentityNumber xmlns:p=\"urn:se:kommunmeny:person:1\">"
                + "<identityNumber>" + newPersonnummer() + "</identityNumber></p:findPersonByIdentityNumber>");
        assertTrue(missing.body(), missing.body().contains(":not-found<"));
        for (String service : List.of("Menu", "PersonRegister")) {
            Answer wsdl = get(null, "/soap/" + service + "?wsdl");
            assertEquals(200, wsdl.status());
            assertTrue(wsdl.body().contains("wsdl:definitions"));
        }
    }

    // ------------------------------------------------------------------ menu

    @Test
    public void menuIsServedAsJsonCsvHtmlAndSoapWithConfiguredEntries() throws Exception {
        Configuration aa = configAdmin.createFactoryConfiguration("se.kommunmeny.menu.entry", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("id", "aa");
        props.put("name", "AA-m\u00f6ten");
        props.put("type", "OTHER");
        props.put("targetGroups", new String[] {"ADULT_MEN", "ADULT_WOMEN"});
        props.put("anonymous", Boolean.TRUE);
        props.put("decisionRequired", Boolean.FALSE);
        props.put("providerKind", "PURCHASED");
        props.put("providerName", "Anonyma Alkoholister");
        props.put("content", "<b>Självhjälpsgrupp</b>");
        aa.update(props);
        try {
            await("AA on the menu", Duration.ofSeconds(10), () -> get(HANDLAGGARE, "/api/menu").body().contains("configured/aa"));
            JsonNode menu = parse(get(HANDLAGGARE, "/api/menu"));
            JsonNode entry = null;
            for (JsonNode e : menu.get("entries")) {
                if (e.get("id").asText().equals("configured/aa")) {
                    entry = e;
                }
            }
            assertNotNull(entry);
            assertEquals("OTHER", entry.get("type").asText());
            assertTrue(entry.get("anonymous").asBoolean());
            assertEquals("PURCHASED", entry.at("/provider/kind").asText());
            assertEquals("Arboga", menu.at("/municipality/name").asText());

            Answer csv = get(ENHETSCHEF, "/api/menu/csv");
            assertTrue(csv.contentType().startsWith("text/csv"));
            assertTrue(csv.body().startsWith("id,namn,typ"));
            assertTrue(csv.body().contains("configured/aa,AA-m\u00f6ten,Annat,ADULT_MEN ADULT_WOMEN,true"));
            assertTrue(get(ENHETSCHEF, "/api/menu/csv?lang=en").body().startsWith("id,name,type"));

            Answer html = get(OPERATOR, "/api/menu/html");
            assertTrue(html.contentType().startsWith("text/html"));
            assertTrue(html.body().contains("<table class=\"menu\""));
            assertTrue(html.body().contains("Anh\u00f6riga") && html.body().contains("Upprätthållande"));
            assertTrue(html.body().contains("data-entry=\"configured/aa\""));
            assertTrue("HTML is escaped", html.body().contains("&lt;b&gt;Självhjälpsgrupp&lt;/b&gt;"));
            assertFalse(html.body().contains("<b>Självhjälpsgrupp</b>"));
            assertTrue(get(OPERATOR, "/api/menu/html?lang=en").body().contains("Relatives"));

            Answer soap = soap(BEHANDLARE, "Menu", "<m:getMenu xmlns:m=\"urn:se:kommunmeny:menu:1\"/>");
            assertTrue(soap.body(), soap.body().contains("<id>configured/aa</id>"));
            assertTrue(shell("kommunmeny:menu").contains("AA-m\u00f6ten"));
        } finally {
            aa.delete();
        }
        await("AA off the menu", Duration.ofSeconds(10), () -> !get(HANDLAGGARE, "/api/menu").body().contains("configured/aa"));
    }

    // ------------------------------------------------------------------ offerings: hot deploy

    @Test
    public void offeringHotDeployShowsAndHidesEntriesAndEndpointsWithoutDisturbingAnything() throws Exception {
        assertFalse(features.isInstalled(features.getFeature(OFFERING_FEATURE)));
        assertFalse(get(HANDLAGGARE, "/api/menu").body().contains(PROGRAMME_ENTRY));
        Map<Long, Integer> statesBefore = bundleStates();
        List<String> disturbed = Collections.synchronizedList(new ArrayList<>());
        BundleListener listener = event -> {
            if (statesBefore.containsKey(event.getBundle().getBundleId())
                    && event.getType() != BundleEvent.STARTING && event.getType() != BundleEvent.STOPPING) {
                disturbed.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread client = new Thread(() -> {
            while (running.get()) {
                Answer a = get(HANDLAGGARE, calls.get() % 2 == 0 ? "/api/menu" : "/api/health");
                calls.incrementAndGet();
                if (a.status() != 200) {
                    failures.add(a.status() + " " + a.body());
                }
            }
        }, "core-client");
        bundleContext.addBundleListener(listener);
        client.start();
        try {
            features.installFeature(OFFERING_FEATURE, NO_REFRESH);
            await("programme on the menu", Duration.ofSeconds(10),
                    () -> get(HANDLAGGARE, "/api/menu").body().contains(PROGRAMME_ENTRY));
            await("REST endpoint live", Duration.ofSeconds(10),
                    () -> get(BEHANDLARE, "/api/treatment-plan/programmes").status() == 200);
            assertEquals(200, get(null, "/soap/TreatmentPlan?wsdl").status());
            JsonNode programmes = parse(get(BEHANDLARE, "/api/treatment-plan/programmes"));
            assertEquals("kbt-12", programmes.get(0).get("id").asText());

            String person = registerPerson(newPersonnummer(), "Plan", "Klient", false);
            Answer plan = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", person,
                    "programmeId", "kbt-12", "goals", List.of("Drogfrihet", "Eget boende"))));
            assertEquals(plan.body(), 201, plan.status());
            String planId = parse(plan).get("id").asText();
            Answer soapPlan = soap(HANDLAGGARE, "TreatmentPlan", "<t:getPlan xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\"><id>"
                    + planId + "</id></t:getPlan>");
            assertTrue(soapPlan.body(), soapPlan.body().contains("<goal>Eget boende</goal>"));
            Answer enrolled = post(HANDLAGGARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", person,
                    "programmeId", "kbt-12")));
            assertEquals(enrolled.body(), 201, enrolled.status());
            JsonNode entry = menuEntry(PROGRAMME_ENTRY);
            assertEquals(8, entry.get("capacity").asInt());
            long taken = count("SELECT COUNT(*) FROM tp_enrolment WHERE programme_id = 'kbt-12' AND status = 'ACTIVE' "
                    + "AND phase = 'PRIMARY'");
            assertTrue(taken >= 1);
            assertEquals(entry.toString(), 8 - taken, entry.get("freePlaces").asInt());

            features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            await("programme off the menu", Duration.ofSeconds(10),
                    () -> !get(HANDLAGGARE, "/api/menu").body().contains(PROGRAMME_ENTRY));
            Answer gone = get(BEHANDLARE, "/api/treatment-plan/programmes");
            assertEquals(404, gone.status());
            assertTrue(gone.contentType().startsWith("application/problem+json"));
            assertEquals(404, get(null, "/soap/TreatmentPlan?wsdl").status());
            assertEquals("plan kept while the offering is absent", 1,
                    count("SELECT COUNT(*) FROM tp_plan WHERE id = '" + planId + "'"));
        } finally {
            running.set(false);
            client.join(10_000);
            bundleContext.removeBundleListener(listener);
            if (features.isInstalled(features.getFeature(OFFERING_FEATURE))) {
                features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            }
        }
        assertTrue("the core kept answering: " + calls.get() + " calls", calls.get() > 20);
        assertTrue("failed core calls during install/uninstall: " + failures, failures.isEmpty());
        assertTrue("other bundles were refreshed or restarted: " + disturbed, disturbed.isEmpty());
        assertEquals("the other bundles, their ids and states", statesBefore, bundleStates());
    }

    @Test
    public void offeringDataSurvivesUninstallAndReinstall() throws Exception {
        features.installFeature(OFFERING_FEATURE, NO_REFRESH);
        try {
            await("REST endpoint live with its programme", Duration.ofSeconds(10),
                    () -> get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200);
            String anonymous = parse(post(BEHANDLARE, "/api/persons/anonymous", "")).get("code").asText();
            assertTrue(anonymous, anonymous.startsWith("ANON-"));
            Answer plan = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", anonymous,
                    "programmeId", "kbt-12", "goals", List.of("Minska alkoholen"), "startDate", "2026-12-01")));
            assertEquals(plan.body(), 201, plan.status());
            String planId = parse(plan).get("id").asText();
            features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            await("offering gone", Duration.ofSeconds(10), () -> get(BEHANDLARE, "/api/treatment-plan/plans/" + planId).status() == 404);
            features.installFeature(OFFERING_FEATURE, NO_REFRESH);
            await("offering back", Duration.ofSeconds(10), () -> get(BEHANDLARE, "/api/treatment-plan/plans/" + planId).status() == 200);
            JsonNode again = parse(get(BEHANDLARE, "/api/treatment-plan/plans/" + planId));
            assertEquals(anonymous, again.get("personRef").asText());
            assertEquals("2026-12-01", again.get("startDate").asText());
            assertEquals("Minska alkoholen", again.get("goals").get(0).asText());
            // Plan validation: unknown programme and unknown person are field errors, nothing stored.
            long plans = count("SELECT COUNT(*) FROM tp_plan");
            Answer bad = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", "ANON-0000-0000",
                    "programmeId", "no-such", "goals", List.of())));
            assertEquals(400, bad.status());
            String errors = parse(bad).get("errors").toString();
            assertTrue(errors, errors.contains("personRef") && errors.contains("programmeId") && errors.contains("goals"));
            assertEquals(plans, count("SELECT COUNT(*) FROM tp_plan"));
        } finally {
            if (features.isInstalled(features.getFeature(OFFERING_FEATURE))) {
                features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            }
        }
    }

    @Test
    public void aProgrammeIsAddedAsADataFileAndAConfigurationWithoutCode() throws Exception {
        Path dir = Path.of(System.getProperty("karaf.etc"), "kommunmeny", "programmes");
        Files.createDirectories(dir);
        Path file = dir.resolve("motivation-8.json");
        Files.writeString(file, "{\"id\": \"motivation-8\", \"name\": \"Motivationsgrupp 8 veckor\","
                + " \"type\": \"MOTIVATING_ADVISORY\", \"targetGroups\": [\"ADULT_MEN\", \"ADULT_WOMEN\"], \"weeks\": 8,"
                + " \"phases\": [{\"name\": \"Grupp\", \"weeks\": 8, \"themes\": [\"Motivation\"]}],"
                + " \"sessions\": [{\"kind\": \"GROUP\", \"perWeek\": 1}],"
                + " \"documentsDue\": [{\"document\": \"CLOSING_REPORT\", \"week\": 8}],"
                + " \"description\": {\"need\": \"Motivation\", \"offer\": \"Gruppträffar\"}}", StandardCharsets.UTF_8);
        features.installFeature(OFFERING_FEATURE, NO_REFRESH);
        Configuration programme = configAdmin.createFactoryConfiguration("se.kommunmeny.treatmentplan.programme", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("id", "motivation");
        props.put("template", "motivation-8");
        props.put("capacity", 6);
        props.put("anonymous", Boolean.TRUE);
        programme.update(props);
        try {
            await("own programme on the menu", Duration.ofSeconds(10),
                    () -> get(HANDLAGGARE, "/api/menu").body().contains("treatment-plan/motivation"));
            JsonNode entry = menuEntry("treatment-plan/motivation");
            assertEquals("Motivationsgrupp 8 veckor", entry.get("name").asText());
            assertEquals("MOTIVATING_ADVISORY", entry.get("type").asText());
            assertTrue(entry.get("anonymous").asBoolean());
            assertEquals(6, entry.get("capacity").asInt());
            assertEquals(6, entry.get("freePlaces").asInt());
            assertEquals("Gruppträffar", entry.at("/description/offer").asText());

            JsonNode detail = parse(get(BEHANDLARE, "/api/treatment-plan/programmes/motivation"));
            assertEquals("[\"GROUP 1/week\"]", detail.get("sessions").toString());
            assertEquals("[\"CLOSING_REPORT week 8\"]", detail.get("documentsDue").toString());
            JsonNode kbt = parse(get(HANDLAGGARE, "/api/treatment-plan/programmes/kbt-12"));
            assertTrue(kbt.toString(), kbt.get("documentsDue").toString().contains("IMPLEMENTATION_PLAN week 3"));
            assertEquals(12, kbt.at("/programme/weeks").asInt());
            Answer unknown = get(BEHANDLARE, "/api/treatment-plan/programmes/no-such");
            assertEquals(404, unknown.status());
            assertTrue(parse(unknown).get("type").asText().endsWith("/not-found"));
            assertEquals(403, get(OPERATOR, "/api/treatment-plan/programmes/motivation").status());
            Answer soap = soap(ENHETSCHEF, "TreatmentPlan", "<t:getProgramme xmlns:t=\"urn:se:kommunmeny:treatment-plan:1\">"
                    + "<id>motivation</id></t:getProgramme>");
            assertTrue(soap.body(), soap.body().contains("<documentDue>CLOSING_REPORT week 8</documentDue>"));
            // An edit of the data file is read when the programme is next configured.
            Files.writeString(file, Files.readString(file).replace("Motivationsgrupp 8 veckor", "Motivationsgrupp"));
            props.put("capacity", 7);
            programme.update(props);
            await("edited template and capacity", Duration.ofSeconds(10), () -> {
                JsonNode e = menuEntry("treatment-plan/motivation");
                return e.get("capacity").asInt() == 7 && e.get("name").asText().equals("Motivationsgrupp");
            });
        } finally {
            programme.delete();
            if (isInstalled(OFFERING_FEATURE)) {
                features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            }
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void offeringsListInEtcIsReconciledLive() throws Exception {
        Configuration list = configAdmin.getConfiguration("se.kommunmeny.offerings", null);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("offerings", "treatment-plan");
        list.update(props);
        try {
            await("installed from the list", Duration.ofSeconds(30), () -> isInstalled(OFFERING_FEATURE));
            await("on the menu", Duration.ofSeconds(10), () -> get(HANDLAGGARE, "/api/menu").body().contains(PROGRAMME_ENTRY));
            assertTrue(parse(get(OPERATOR, "/api/health")).get("offerings").toString().contains("treatment-plan"));
            assertTrue(shell("kommunmeny:offerings").contains("treatment-plan"));
            props.put("offerings", "treatment-plan, no-such-offering");
            list.update(props);
            await("unknown offering reported", Duration.ofSeconds(30),
                    () -> get(OPERATOR, "/api/health").body().contains("no-such-offering"));
            props.put("offerings", "");
            list.update(props);
            await("removed when taken off the list", Duration.ofSeconds(30), () -> !isInstalled(OFFERING_FEATURE));
            assertFalse(get(HANDLAGGARE, "/api/menu").body().contains(PROGRAMME_ENTRY));
        } finally {
            props.put("offerings", "");
            list.update(props);
            await("list emptied", Duration.ofSeconds(30), () -> !isInstalled(OFFERING_FEATURE));
        }
    }

    // ------------------------------------------------------------------ municipality

    @Test
    public void invalidMunicipalityConfigurationMakesTheInstanceRefuseWork() throws Exception {
        Configuration config = configAdmin.getConfiguration("se.kommunmeny.kommun", null);
        Hashtable<String, Object> good = new Hashtable<>();
        for (Iterator<String> keys = Collections.list(config.getProperties().keys()).iterator(); keys.hasNext();) {
            String key = keys.next();
            good.put(key, config.getProperties().get(key));
        }
        Hashtable<String, Object> bad = new Hashtable<>(good);
        bad.put("country", "NO");
        bad.put("code", "12");
        config.update(bad);
        try {
            await("health DOWN", Duration.ofSeconds(10), () -> get(OPERATOR, "/api/health").status() == 503);
            JsonNode health = parse(get(OPERATOR, "/api/health"));
            assertEquals("DOWN", health.get("status").asText());
            assertTrue(health.toString(), health.get("problems").toString().contains("country must be SE or DK"));
            Answer menu = get(HANDLAGGARE, "/api/menu");
            assertEquals(503, menu.status());
            assertTrue(parse(menu).get("type").asText().endsWith("not-configured"));
            assertEquals(503, post(HANDLAGGARE, "/api/persons/lookup", "{\"identityNumber\":\"19121212-1212\"}").status());
            assertTrue(soap(HANDLAGGARE, "Menu", "<m:getMenu xmlns:m=\"urn:se:kommunmeny:menu:1\"/>").body().contains(":not-configured<"));
        } finally {
            config.update(good);
        }
        awaitReady();
    }

    // ------------------------------------------------------------------ API description

    @Test
    public void openApiDocumentMatchesTheLiveEndpoints() throws Exception {
        features.installFeature(OFFERING_FEATURE, NO_REFRESH);
        try {
            await("offering live", Duration.ofSeconds(10), () -> get(null, "/api/openapi").body().contains("/api/treatment-plan/plans"));
            JsonNode doc = parse(get(null, "/api/openapi"));
            assertEquals("3.0.3", doc.get("openapi").asText());
            Set<String> documented = new TreeSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(verb -> documented.add(verb.toUpperCase() + " " + p.getKey())));
            // Every endpoint is documented...
            for (String expected : List.of("GET /api/treatment-plan/programmes/{id}", "GET /api/health", "GET /api/ping", "GET /api/menu", "GET /api/menu/csv", "GET /api/menu/html",
                    "POST /api/persons", "GET /api/persons/{id}", "POST /api/persons/lookup", "POST /api/persons/search",
                    "POST /api/persons/anonymous", "POST /api/audit/query", "GET /api/audit/verify", "GET /api/openapi",
                    "GET /api/treatment-plan/programmes", "POST /api/treatment-plan/plans",
                    "GET /api/treatment-plan/plans/{id}", "PUT /api/treatment-plan/plans/{id}",
                    "POST /api/treatment-plan/enrolments", "GET /api/treatment-plan/enrolments/{id}",
                    "GET /api/treatment-plan/plans/{id}/revisions")) {
                assertTrue(expected + " documented in " + documented, documented.contains(expected));
            }
            // ...and every documented path exists: answered by a resource, not the router.
            for (String op : documented) {
                String[] parts = op.split(" ", 2);
                String path = parts[1].replace("{id}", "00000000-0000-0000-0000-000000000000");
                Answer a = send(request(HANDLAGGARE, path).header("Content-Type", "application/json")
                        .method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}")).build());
                assertNotEquals(op, 405, a.status());
                if (a.status() == 404) {
                    assertFalse(op + " is routed to nothing", parse(a).get("type").asText().endsWith("no-such-endpoint"));
                }
            }
            features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            await("offering paths withdrawn", Duration.ofSeconds(10),
                    () -> !get(null, "/api/openapi").body().contains("/api/treatment-plan"));
        } finally {
            if (features.isInstalled(features.getFeature(OFFERING_FEATURE))) {
                features.uninstallFeature(OFFERING_FEATURE, NO_REFRESH);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    protected String registerPerson(String number, String given, String family, boolean protectedIdentity) {
        Answer a = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number, "givenName", given,
                "familyName", family, "protectedIdentity", protectedIdentity)));
        assertEquals(a.body(), 201, a.status());
        return parse(a).get("id").asText();
    }

    /** The menu entry with this id, waiting a little for it while an offering settles after an install. */
    protected JsonNode menuEntry(String id) {
        JsonNode[] found = new JsonNode[1];
        await("menu entry " + id, Duration.ofSeconds(10), () -> {
            for (JsonNode e : parse(get(HANDLAGGARE, "/api/menu")).get("entries")) {
                if (e.get("id").asText().equals(id)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    protected long count(String sql) throws Exception {
        try (Connection c = platformDataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    protected boolean isInstalled(String feature) {
        try {
            return features.isInstalled(features.getFeature(feature));
        } catch (Exception e) {
            return false;
        }
    }

    protected Map<Long, Integer> bundleStates() {
        Map<Long, Integer> states = new HashMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            states.put(b.getBundleId(), b.getState());
        }
        return states;
    }
}
