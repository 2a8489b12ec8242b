package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Hostile and malformed input against every operation of a running platform: the distribution started as an operator
 * starts it, on PostgreSQL, with every offering. The REST operations come from the platform's own OpenAPI document
 * (with each request body's fields), the SOAP operations from each service's WSDL; every operation is called as a
 * role that may call it (found by asking), so that what is exercised is input validation, and once without
 * credentials. Inputs: malformed, deeply nested and oversized JSON and XML, DOCTYPE and entity bombs, external
 * entities, attachments too large and too many, wrong content types, and every field and parameter mutated (wrong
 * type, missing, extra, null, huge, injection strings, Unicode edge cases).
 * <p>
 * Oracles, for every input: no HTTP status of 500 or more (SOAP 1.1 faults travel as 500; there the fault must be a
 * well-formed SOAP fault with a problem code other than {@code internal}); no stack trace in any body;
 * problem+json bodies valid with type, title and status; no external entity content and no entity expansion in any
 * answer; inputs that must be refused are refused; after every request that could write, the checksum of every table
 * except the audit log is unchanged unless the request was accepted, and the audit rows a refused request added are
 * DENIED or REJECTED rows (or the READ/SEARCH row of a logged look-up) only; and no ERROR with a stack trace in the Karaf log. The counts per operation go to
 * {@code target/<report>}.
 */
public abstract class AbstractFuzz extends KommunmenyTestSupport {
    private static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups, "
            + "purchasing";
    /** The SOAP services the platform and its offerings publish (each describes itself at ?wsdl). */
    private static final List<String> SOAP_SERVICES = List.of("PersonRegister", "Menu", "TreatmentPlan",
            "TreatmentCourse", "HousingSupport", "EmploymentSupport", "SupportGroups", "Purchasing",
            "PurchasingFederation");
    private static final List<String> STACK_TRACE = List.of("at se.", "at org.", "Exception:", "java.lang.",
            "Caused by");
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String FUZZ = "@@fuzz@@";
    private static final long MAX_BODY = 1024 * 1024;
    /** The bombs that must be refused without being read: much larger than any limit. */
    private static final long BOMB_BYTES = 64L * 1024 * 1024;

    /** The seed of the generator (the same seed gives the same inputs against the same platform). */
    protected abstract long seed();

    /** How many mutated inputs each operation gets beyond the fixed hostile set. */
    protected abstract int mutationsPerOperation();

    /** The report's file name under target/. */
    protected abstract String reportName();

    /** One REST operation from the OpenAPI document. */
    record RestOp(String method, String path, List<String[]> params, JsonNode body, String mediaType) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean writes() {
            return !method.equals("get");
        }
    }

    /** One SOAP operation from a WSDL: its wrapper element and the sample tree of its content. */
    record SoapOp(String service, String namespace, String name, List<XNode> children) {
        String key() {
            return "SOAP " + service + "." + name;
        }
    }

    /** An element of a sample SOAP body: a leaf with its XSD type, or an element with children. */
    record XNode(String name, String type, List<XNode> children) {
    }

    /** One input: what it is for, and whether the platform must refuse it. */
    record Input(String op, String category, boolean mustRefuse, boolean soap, HttpRequest request) {
    }

    /** Counts per operation. */
    static final class Stats {
        int tried;
        int accepted;
        int refused;
        int noAnswer;
        int server;
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    private KarafProcess karaf;
    private PostgresServer server;
    private Connection db;
    private Random random;
    private final Map<String, Stats> stats = new TreeMap<>();
    private final Map<String, String> roleOf = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<String>> ids = new HashMap<>();
    private final Map<String, Integer> nonProblemRefusals = new TreeMap<>();
    private Map<String, String> lastChecksum;
    private long lastAuditSeq;
    private int checksumsTaken;
    private int acceptedWrites;
    private final List<String> bombFigures = new ArrayList<>();

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void hostileInputIsRefusedCleanlyAndChangesNothing() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        random = new Random(seed());
        karaf = KarafProcess.unpack(target.resolve(reportName().replace(".txt", "")), USERS);
        karaf.addBootFeature("kommunmeny-examples");
        try {
            server = PostgresServer.start();
            karaf.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig());
            karaf.addBootFeature("kommunmeny-db-postgresql");
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
            karaf.write("se.kommunmeny.purchasing.cfg", String.join("\n", "organisationNumber = 212000-1983",
                    "street = Stadshuset", "postalCode = 732 21", "city = Arboga", "bankAccount = 5050-1055",
                    "invoiceHour = -1", ""));
            // One karaf.log for the whole run: the log is searched for errors from where the fuzzing began.
            karaf.setProperty("org.ops4j.pax.logging.cfg", "log4j2.appender.rolling.policies.size.size", "1GB");
            karaf.start();
            awaitPlatform();
            db = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);

            System.out.println("fuzz: platform up");
            List<RestOp> rest = restOperations();
            List<SoapOp> soap = soapOperations();
            fixtures();
            calibrate(rest, soap);
            System.out.println("fuzz: " + rest.size() + " REST and " + soap.size() + " SOAP operations, roles found");

            long logStart = Files.size(karaf.home().resolve("data/log/karaf.log"));
            lastChecksum = checksum();
            lastAuditSeq = auditSeq();
            Map<String, String> before = lastChecksum;
            long started = System.nanoTime();

            for (RestOp op : rest) {
                for (Input input : restInputs(op)) {
                    fire(input, op.writes());
                }
                if (!op.writes()) {
                    settle(op.key());
                }
            }
            System.out.println("fuzz: REST done, " + stats.values().stream().mapToInt(x -> x.tried).sum() + " inputs");
            for (SoapOp op : soap) {
                for (Input input : soapInputs(op)) {
                    fire(input, true);
                }
            }
            System.out.println("fuzz: SOAP done, " + stats.values().stream().mapToInt(x -> x.tried).sum() + " inputs");
            bombs(rest, soap);
            settle("the bombs");
            double seconds = (System.nanoTime() - started) / 1e9;

            Map<String, String> after = checksum();
            List<String> changed = changedTables(before, after);
            if (acceptedWrites == 0 && !changed.isEmpty()) {
                problems.add("tables changed although no write was accepted: " + changed);
            }
            logErrors(logStart);
            String report = report(rest.size(), soap.size(), seconds, changed);
            System.out.println(report);
            Files.writeString(target.resolve(reportName()), report, StandardCharsets.UTF_8);

            int tried = stats.values().stream().mapToInt(s -> s.tried).sum();
            assertTrue("too few inputs: " + tried, tried > 1000);
            assertTrue("no REST operation found in the OpenAPI document", rest.size() > 50);
            assertTrue("no SOAP operation found in the WSDLs", soap.size() > 20);
            assertEquals("problems:\n  " + String.join("\n  ", problems), List.of(), problems);
        } finally {
            if (db != null) {
                db.close();
            }
            karaf.stop();
            if (server != null) {
                server.stop();
            }
        }
    }

    // ------------------------------------------------------------------ the platform and its operations

    private void awaitPlatform() {
        await("health UP with every offering, purchasing ready", Duration.ofSeconds(300), () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("support-groups") && a.body().contains("purchasing")
                        && a.body().contains("treatment-plan") && a.body().contains("housing-support")
                        && a.body().contains("employment-support")
                        && get(ENHETSCHEF, "/api/purchasing/federation/identity").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        await("the examples", Duration.ofSeconds(90), () ->
                get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200
                        && get(ENHETSCHEF, "/api/housing-support/kinds").body().contains("traningslagenhet")
                        && get(ENHETSCHEF, "/api/employment-support/kinds").body().contains("arbetstraning")
                        && get(ENHETSCHEF, "/api/support-groups/programmes").body().contains("dropp"));
    }

    private List<RestOp> restOperations() {
        Answer a = get(null, "/api/openapi");
        assertEquals(a.body(), 200, a.status());
        List<RestOp> ops = new ArrayList<>();
        JsonNode paths = parse(a).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext();) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                JsonNode op = verb.getValue();
                List<String[]> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new String[] {p.get("name").asText(), p.get("in").asText(),
                            p.path("schema").path("type").asText("string")});
                }
                JsonNode body = null;
                String mediaType = null;
                if (op.has("requestBody")) {
                    Map.Entry<String, JsonNode> content = op.get("requestBody").get("content").fields().next();
                    mediaType = content.getKey();
                    body = content.getValue().get("schema");
                }
                ops.add(new RestOp(verb.getKey(), path.getKey(), params, body, mediaType));
            }
        }
        return ops;
    }

    private List<SoapOp> soapOperations() throws Exception {
        List<SoapOp> ops = new ArrayList<>();
        for (String service : SOAP_SERVICES) {
            Answer wsdl = get(null, "/soap/" + service + "?wsdl");
            if (wsdl.status() != 200) {
                problems.add("no WSDL for " + service + ": " + wsdl.status());
                continue;
            }
            Document doc = secureParser().parse(new ByteArrayInputStream(wsdl.body().getBytes(StandardCharsets.UTF_8)));
            List<Element> schemas = new ArrayList<>(elements(doc.getDocumentElement(), XS, "schema"));
            for (Element imp : new ArrayList<>(schemas)) {
                for (Element i : elements(imp, XS, "import")) {
                    String location = i.getAttribute("schemaLocation");
                    if (!location.isEmpty()) {
                        String query = location.substring(location.indexOf('?') + 1);
                        Answer xsd = get(null, "/soap/" + service + "?" + query);
                        schemas.add(secureParser().parse(new ByteArrayInputStream(
                                xsd.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement());
                    }
                }
            }
            Map<String, Element> elementsByName = new HashMap<>();
            Map<String, Element> typesByName = new HashMap<>();
            for (Element schema : schemas) {
                for (Element e : children(schema, XS, "element")) {
                    elementsByName.putIfAbsent(e.getAttribute("name"), e);
                }
                for (Element t : children(schema, XS, "complexType")) {
                    typesByName.putIfAbsent(t.getAttribute("name"), t);
                }
                for (Element t : children(schema, XS, "simpleType")) {
                    typesByName.putIfAbsent(t.getAttribute("name"), t);
                }
            }
            String namespace = doc.getDocumentElement().getAttribute("targetNamespace");
            for (Element portType : elements(doc.getDocumentElement(), "http://schemas.xmlsoap.org/wsdl/", "portType")) {
                for (Element operation : children(portType, "http://schemas.xmlsoap.org/wsdl/", "operation")) {
                    String name = operation.getAttribute("name");
                    Element wrapper = elementsByName.get(name);
                    String elementNamespace = wrapper == null ? namespace
                            : ((Element) wrapper.getParentNode()).getAttribute("targetNamespace");
                    List<XNode> content = wrapper == null ? List.of()
                            : contentOf(wrapper, typesByName, elementsByName, 0);
                    ops.add(new SoapOp(service, elementNamespace, name, content));
                }
            }
        }
        return ops;
    }

    private List<XNode> contentOf(Element element, Map<String, Element> types, Map<String, Element> elements,
            int depth) {
        Element type = null;
        if (!element.getAttribute("type").isEmpty()) {
            type = types.get(local(element.getAttribute("type")));
        } else {
            List<Element> inline = children(element, XS, "complexType");
            type = inline.isEmpty() ? null : inline.get(0);
        }
        if (type == null || depth > 5 || !type.getLocalName().equals("complexType")) {
            return List.of();
        }
        List<XNode> nodes = new ArrayList<>();
        for (Element child : elements(type, XS, "element")) {
            if (!child.getAttribute("ref").isEmpty()) {
                child = elements.getOrDefault(local(child.getAttribute("ref")), child);
            }
            String childType = local(child.getAttribute("type"));
            Element named = types.get(childType);
            if (named != null && named.getLocalName().equals("complexType")) {
                nodes.add(new XNode(child.getAttribute("name"), null, contentOf(child, types, elements, depth + 1)));
            } else if (named != null) {
                List<Element> values = elements(named, XS, "enumeration");
                nodes.add(new XNode(child.getAttribute("name"), values.isEmpty() ? "string"
                        : "enum:" + values.get(0).getAttribute("value"), null));
            } else {
                nodes.add(new XNode(child.getAttribute("name"), childType.isEmpty() ? "string" : childType, null));
            }
        }
        return nodes;
    }

    // ------------------------------------------------------------------ fixtures and roles

    /** Records the fuzz can name by id: a person, an enrolment, a housing unit, a work place and a group round. */
    private void fixtures() {
        Answer person = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", newPersonnummer(),
                "givenName", "Fuzz", "familyName", "Fixture")));
        assertEquals(person.body(), 201, person.status());
        String personId = parse(person).get("id").asText();
        remember("person", personId);
        Answer enrolment = post(BEHANDLARE, "/api/treatment-plan/enrolments",
                toJson(Map.of("personRef", personId, "programmeId", "kbt-12")));
        assertEquals(enrolment.body(), 201, enrolment.status());
        remember("enrolment", parse(enrolment).get("id").asText());
        Answer unit = post(ENHETSCHEF, "/api/housing-support/units", toJson(Map.of("kindId", "traningslagenhet",
                "name", "Fuzz", "address", "Fuzzgatan 1, Arboga", "landlord", "Arbogabost\u00e4der", "places", 2)));
        assertEquals(unit.body(), 201, unit.status());
        remember("unit", parse(unit).get("id").asText());
        Answer place = post(ENHETSCHEF, "/api/employment-support/workplaces", toJson(Map.of("kindId",
                "arbetstraning", "name", "Fuzz", "provider", Map.of("kind", "OWN", "name", "Arbetsmarknadsenheten"),
                "workType", "Snickeri", "places", 3, "reservations", List.of(Map.of("type", "LIGHT", "places", 1)),
                "supervisor", Map.of("name", "Sven Handledare"))));
        assertEquals(place.body(), 201, place.status());
        remember("workplace", parse(place).get("id").asText());
        Answer cohort = post(ENHETSCHEF, "/api/support-groups/cohorts", toJson(Map.of("programmeId", "dropp",
                "firstMeeting", LocalDate.now().plusDays(30).toString(), "startTime", "17:00", "place", "Fuzz",
                "leaders", List.of(BEHANDLARE), "places", 6)));
        assertEquals(cohort.body(), 201, cohort.status());
        remember("cohort", parse(cohort).get("id").asText());
    }

    private void remember(String kind, String id) {
        ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        ids.computeIfAbsent("any", k -> new ArrayList<>()).add(id);
    }

    /**
     * For each operation, the first user (most likely role first) whose call is neither 401 nor 403: the fuzz then
     * calls as that user, so that input validation is what is exercised. Ids harvested from list answers on the way.
     */
    private void calibrate(List<RestOp> rest, List<SoapOp> soap) {
        for (RestOp op : rest) {
            for (String user : usersFor(op.path())) {
                HttpRequest.Builder b = request(user, fill(op, "calibration-0000")).timeout(Duration.ofSeconds(60));
                Answer a = send(withBody(b, op, op.body() == null ? null : toJson(sample(op.body(), op.path(), 0)),
                        op.mediaType()));
                if (a.status() != 401 && a.status() != 403) {
                    roleOf.put(op.key(), user);
                    if (a.status() == 200 && op.method().equals("get") && a.body().startsWith("[")) {
                        for (JsonNode n : parse(a)) {
                            if (n.has("id") && ids.getOrDefault("any", List.of()).size() < 200) {
                                remember("any", n.get("id").asText());
                            }
                        }
                    }
                    break;
                }
            }
            roleOf.putIfAbsent(op.key(), usersFor(op.path()).get(0));
        }
        for (SoapOp op : soap) {
            for (String user : usersFor("/api/" + op.service())) {
                Answer a = send(soapRequest(user, op.service(), envelope(op, -1, null), "text/xml; charset=UTF-8"));
                if (a.status() != 401 && a.status() != 403 && !a.body().contains(":forbidden<")) {
                    roleOf.put(op.key(), user);
                    break;
                }
            }
            roleOf.putIfAbsent(op.key(), HANDLAGGARE);
        }
    }

    private static List<String> usersFor(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String first = p.contains("audit") ? LOGGRANSKARE : p.contains("persons") || p.contains("personregister")
                || p.contains("menu") ? HANDLAGGARE : p.contains("treatment") || p.contains("course") ? BEHANDLARE
                : p.contains("federation") ? PARTNER : p.contains("health") ? OPERATOR : ENHETSCHEF;
        List<String> users = new ArrayList<>(List.of(first));
        for (String u : List.of(HANDLAGGARE, BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER)) {
            if (!users.contains(u)) {
                users.add(u);
            }
        }
        return users;
    }

    // ------------------------------------------------------------------ REST inputs

    private List<Input> restInputs(RestOp op) {
        List<Input> inputs = new ArrayList<>();
        String user = roleOf.get(op.key());
        String path = fill(op, null);
        String valid = op.body() == null ? null : toJson(sample(op.body(), op.path(), 0));
        // Without credentials, and with a wrong password: 401 before anything is read (the API's description is public).
        boolean open = op.path().equals("/api/openapi");
        inputs.add(input(op, "unauthenticated", !open, withBody(request(null, path), op, valid, op.mediaType())));
        inputs.add(input(op, "wrong-password", !open, withBody(request(null, path).header("Authorization",
                basic("mallory", "wrong")), op, valid, op.mediaType())));
        if (op.body() != null) {
            String v = valid;
            Map<String, String> malformed = new LinkedHashMap<>();
            malformed.put("truncated", v.substring(0, Math.max(1, v.length() / 2)));
            malformed.put("trailing-garbage", v + "}}garbage");
            malformed.put("two-documents", v + v);
            malformed.put("deep-array-10k", "[".repeat(10_000) + "]".repeat(10_000));
            malformed.put("deep-object-5k", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
            malformed.put("not-json", "identityNumber=19121212-1212&x=<script>");
            malformed.put("array-not-object", "[" + v + "]");
            malformed.put("string-not-object", "\"" + FUZZ + "\"");
            malformed.put("extra-field", v.startsWith("{") && v.length() > 2
                    ? "{\"fuzzExtra\":1," + v.substring(1) : "{\"fuzzExtra\":1}");
            malformed.put("duplicate-key", v.startsWith("{") && v.length() > 2
                    ? "{\"a\":1,\"a\":2," + v.substring(1) : "{\"a\":1,\"a\":2}");
            malformed.put("number-100-digits", "{\"n\":" + "9".repeat(100) + "}");
            malformed.put("nul-bytes", "{\u0000}");
            malformed.put("oversized", "{\"fuzz\":\"" + "x".repeat((int) MAX_BODY + 10) + "\"}");
            malformed.put("string-300k", v.startsWith("{") && v.length() > 2
                    ? "{\"fuzzHuge\":\"" + "y".repeat(300_000) + "\"," + v.substring(1) : v);
            for (Map.Entry<String, String> m : malformed.entrySet()) {
                inputs.add(input(op, m.getKey(), true, withBody(request(user, path), op, m.getValue(),
                        op.mediaType())));
            }
            inputs.add(input(op, "invalid-utf8", true, request(user, path).header("Content-Type", op.mediaType())
                    .method(op.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(
                            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}))
                    .build()));
            inputs.add(input(op, "content-type-xml", true, withBody(request(user, path), op,
                    "<a><b>1</b></a>", "text/xml")));
            inputs.add(input(op, "content-type-form", true, withBody(request(user, path), op,
                    "a=1&b=2", "application/x-www-form-urlencoded")));
            inputs.add(input(op, "json-null", false, withBody(request(user, path), op, "null", op.mediaType())));
            // Some bodies are optional (a reason, a calendar's horizon): empty may be accepted, never a 500.
            inputs.add(input(op, "empty", false, withBody(request(user, path), op, "", op.mediaType())));
            // Each field mutated, the others valid; and one field with the NUL character, which PostgreSQL cannot store.
            List<String[]> fields = fieldsOf(op.body(), "");
            if (!fields.isEmpty()) {
                String[] field = fields.get(random.nextInt(fields.size()));
                inputs.add(input(op, "nul " + field[0], false, withBody(request(user, path), op,
                        mutate(op, field[0], "\"a\\u0000b\""), op.mediaType())));
            }
            for (int i = 0; i < mutationsPerOperation() && !fields.isEmpty(); i++) {
                String[] field = fields.get(random.nextInt(fields.size()));
                String value = jsonMutation();
                String body = mutate(op, field[0], value);
                inputs.add(input(op, "field " + field[0], false, withBody(request(user, path), op, body,
                        op.mediaType())));
            }
        }
        // Path and query parameters.
        List<String[]> params = op.params().stream().filter(p -> !p[1].equals("header")).toList();
        for (int i = 0; i < (params.isEmpty() ? 0 : Math.max(4, mutationsPerOperation() / 2)); i++) {
            String[] p = params.get(random.nextInt(params.size()));
            String raw = pathMutation();
            String target;
            if (p[1].equals("path")) {
                target = fillWith(op, p[0], raw);
            } else {
                target = fill(op, null) + "?" + p[0] + "=" + raw;
            }
            HttpRequest.Builder b;
            try {
                b = HttpRequest.newBuilder(URI.create(base() + target)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(user, user + PASSWORD_SUFFIX));
            } catch (IllegalArgumentException e) {
                continue; // not a URI the client can send at all
            }
            inputs.add(input(op, "param " + p[0], false, withBody(b, op, valid, op.mediaType())));
        }
        return inputs;
    }

    private Input input(RestOp op, String category, boolean mustRefuse, HttpRequest request) {
        return new Input(op.key(), category, mustRefuse, false, request);
    }

    private HttpRequest withBody(HttpRequest.Builder b, RestOp op, String body, String mediaType) {
        String method = op.method().toUpperCase(Locale.ROOT);
        if (body == null && (method.equals("GET") || method.equals("DELETE"))) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", mediaType == null ? "application/json" : mediaType)
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body)).build();
    }

    /** A valid-shaped value for a schema: plausible values by field name, ids of the fixtures. */
    private JsonNode sample(JsonNode schema, String path, int depth) {
        return sampleFor(schema, "", path, depth);
    }

    private JsonNode sampleFor(JsonNode schema, String name, String path, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = schema.path("type").asText("object");
        switch (type) {
            case "integer":
                return f.numberNode(name.toLowerCase(Locale.ROOT).contains("year") ? 2026 : 2);
            case "number":
                return f.numberNode(100);
            case "boolean":
                return f.booleanNode(false);
            case "array": {
                ArrayNode a = f.arrayNode();
                if (depth < 6) {
                    a.add(sampleFor(schema.path("items"), name, path, depth + 1));
                }
                return a;
            }
            case "string":
                if (schema.has("enum")) {
                    return f.textNode(schema.get("enum").get(0).asText());
                }
                return f.textNode(stringFor(name, schema.path("format").asText(""), path));
            default: {
                ObjectNode o = f.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        o.set(p.getKey(), sampleFor(p.getValue(), p.getKey(), path, depth + 1));
                    }
                }
                return o;
            }
        }
    }

    private String stringFor(String name, String format, String path) {
        String n = name.toLowerCase(Locale.ROOT);
        if (format.equals("date") || n.endsWith("date") || n.equals("from") || n.equals("to") || n.endsWith("day")) {
            return LocalDate.now().plusDays(14).toString();
        }
        if (format.equals("time") || n.endsWith("time")) {
            return "17:00";
        }
        if (format.equals("date-time")) {
            return LocalDate.now().atStartOfDay().toString() + "Z";
        }
        if (n.equals("month")) {
            return LocalDate.now().toString().substring(0, 7);
        }
        if (n.contains("identitynumber")) {
            return newPersonnummer();
        }
        if (n.equals("personref") || n.equals("personid") || n.equals("person")) {
            return ids.get("person").get(0);
        }
        if (n.equals("enrolmentid") || n.equals("enrolmentref")) {
            return ids.get("enrolment").get(0);
        }
        if (n.equals("programmeid")) {
            return path.contains("support-groups") ? "dropp" : "kbt-12";
        }
        if (n.equals("kindid")) {
            return path.contains("employment") ? "arbetstraning" : "traningslagenhet";
        }
        if (n.equals("unitid")) {
            return ids.get("unit").get(0);
        }
        if (n.contains("workplace")) {
            return ids.get("workplace").get(0);
        }
        if (n.equals("cohortid")) {
            return ids.get("cohort").get(0);
        }
        if (n.equals("country")) {
            return "SE";
        }
        if (n.endsWith("id") || n.endsWith("ref")) {
            List<String> any = ids.get("any");
            return any.get(random.nextInt(any.size()));
        }
        return "Fuzz " + name;
    }

    /** The dotted paths of the body's fields (nested objects and the first array element included). */
    private static List<String[]> fieldsOf(JsonNode schema, String prefix) {
        List<String[]> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
            fields.add(new String[] {path});
            JsonNode s = p.getValue();
            if (s.path("type").asText().equals("array") && s.path("items").has("properties")) {
                fields.addAll(fieldsOf(s.get("items"), path + ".0"));
            } else if (s.has("properties")) {
                fields.addAll(fieldsOf(s, path));
            }
        }
        return fields;
    }

    /** The valid body with one field replaced by a raw JSON fragment, or removed ({@code null} fragment). */
    private String mutate(RestOp op, String field, String raw) {
        JsonNode body = sample(op.body(), op.path(), 0);
        String[] steps = field.split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < steps.length - 1 && parent != null; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ObjectNode o) {
            if (raw == null) {
                o.remove(last);
            } else {
                o.set(last, TextNode.valueOf(FUZZ));
            }
        }
        return toJson(body).replace("\"" + FUZZ + "\"", raw == null ? "null" : raw);
    }

    /** A hostile JSON value (raw JSON text), or {@code null} for a missing field. */
    private String jsonMutation() {
        int pick = random.nextInt(HOSTILE_RAW.size() + HOSTILE_TEXT.size() + 1);
        if (pick == 0) {
            return null;
        }
        if (pick <= HOSTILE_RAW.size()) {
            return HOSTILE_RAW.get(pick - 1).get();
        }
        return toJson(HOSTILE_TEXT.get(pick - 1 - HOSTILE_RAW.size()).get());
    }

    /** Hostile strings: injection, templates, paths, Unicode edge cases, sizes, look-alikes of the right type. */
    private static final List<Supplier<String>> HOSTILE_TEXT = List.of(
            () -> "' OR 1=1--", () -> "'; DROP TABLE core_person;--", () -> "\" OR \"\"=\"", () -> "1; SELECT pg_sleep(0)",
            () -> "<script>alert(1)</script>", () -> "\"><img src=x onerror=alert(1)>", () -> "${jndi:ldap://127.0.0.1:1/a}",
            () -> "${7*7}", () -> "#{7*7}", () -> "{{7*7}}", () -> "%{(#a=1)}", () -> "../../../../etc/passwd",
            () -> "..%2F..%2Fetc%2Fpasswd", () -> "\u0000", () -> "a\u0000b", () -> "\u202Eevil\u202C", () -> "e\u0301",
            () -> "\u00e9", () -> "\uD83D\uDE00", () -> "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", () -> "a\u200Bb",
            () -> "\uFEFF", () -> "\uFFFF", () -> "", () -> " ", () -> "\t\r\n", () -> "x".repeat(5_000),
            () -> "\u00e5".repeat(70_000), () -> "-1", () -> "0", () -> "99999999999999999999", () -> "1e309",
            () -> "NaN", () -> "true", () -> "null", () -> "19121212-1212", () -> "191212121212", () -> "2026-02-30",
            () -> "9999-12-31", () -> "0000-01-01", () -> "+999999999-12-31", () -> "25:61", () -> "ANON-0000-0000",
            () -> "-99999999999.999", () -> "1,5", () -> "CRLF\r\nX-Injected: 1", () -> "\\u0000", () -> "\\");
    /** Hostile JSON values that are not strings: wrong types, extremes, escapes a string cannot hold. */
    private static final List<Supplier<String>> HOSTILE_RAW = List.of(
            () -> "null", () -> "true", () -> "-1", () -> "0", () -> "2147483648", () -> "-9223372036854775809",
            () -> "1e400", () -> "-0.0", () -> "1.5", () -> "[]", () -> "{}", () -> "[1,\"a\",null]",
            () -> "{\"a\":{\"b\":{\"c\":[]}}}", () -> "\"\\ud800\"", () -> "\"\\udc00x\"", () -> "\"\\u0000\"",
            () -> "\"\\ud83d\\ude00\"", () -> "[" + "[".repeat(200) + "]".repeat(200) + "]");

    /** Hostile path or query parameter values, URL-encoded where the client requires it. */
    private String pathMutation() {
        List<String> values = List.of("not-an-id", "-1", "0", "99999999999999999999999999", "..", "..%2F..%2Fetc",
                "%2e%2e%2f", "a%2Fb", "%00", "%20", "%27%20OR%201%3D1--", "%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
                "%F0%9F%98%80", "%E2%80%AE", "%C3%28", "%ED%A0%80", "x".repeat(3000), "1e309", "null", "%22",
                "2026-13-45", "00000000-0000-0000-0000-000000000000", "%5B%5D", "a;b", "~", "%25");
        return values.get(random.nextInt(values.size()));
    }

    private String pathValue(RestOp op, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return java.net.URLEncoder.encode(stringFor(n.equals("id") ? idKindOf(op.path()) : n, "", op.path()),
                StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String idKindOf(String path) {
        if (path.contains("/persons/")) {
            return "personid";
        }
        if (path.contains("/enrolments/")) {
            return "enrolmentid";
        }
        if (path.contains("/units/")) {
            return "unitid";
        }
        if (path.contains("/workplaces/")) {
            return "workplaceid";
        }
        if (path.contains("/cohorts/")) {
            return "cohortid";
        }
        return "id";
    }

    /** The operation's path with every path parameter filled (a fixed value for calibration when given). */
    private String fill(RestOp op, String fixed) {
        String path = op.path();
        for (String[] p : op.params()) {
            if (p[1].equals("path")) {
                path = path.replace("{" + p[0] + "}", fixed != null ? fixed : pathValue(op, p[0]));
            }
        }
        return path.replaceFirst("^/kommunmeny", "");
    }

    private String fillWith(RestOp op, String name, String raw) {
        String path = op.path();
        for (String[] p : op.params()) {
            if (p[1].equals("path")) {
                path = path.replace("{" + p[0] + "}", p[0].equals(name) ? raw : pathValue(op, p[0]));
            }
        }
        return path.replaceFirst("^/kommunmeny", "");
    }

    // ------------------------------------------------------------------ SOAP inputs

    private List<Input> soapInputs(SoapOp op) {
        List<Input> inputs = new ArrayList<>();
        String user = roleOf.get(op.key());
        String valid = envelope(op, -1, null);
        String xml = "text/xml; charset=UTF-8";
        inputs.add(soapInput(op, "unauthenticated", true, soapRequest(null, op.service(), valid, xml)));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("truncated", valid.substring(0, valid.length() / 2));
        refused.put("not-xml", "{\"a\":1}");
        refused.put("empty", "");
        refused.put("billion-laughs", billionLaughs() + valid);
        refused.put("external-entity", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + envelope(op, 0, "&x;"));
        refused.put("external-dtd", "<?xml version=\"1.0\"?><!DOCTYPE e SYSTEM \"file:///etc/passwd\">" + valid);
        refused.put("parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY % p SYSTEM "
                + "\"http://127.0.0.1:1/x.dtd\"> %p;]>" + valid);
        refused.put("deep-nesting", wrap(op, "<d>".repeat(200) + "</d>".repeat(200)));
        refused.put("many-children", wrap(op, "<c>1</c>".repeat(5_000)));
        refused.put("many-attributes", wrapAttributes(op, 200));
        refused.put("huge-text", wrap(op, "<t>" + "z".repeat(300_000) + "</t>"));
        refused.put("oversized", wrap(op, "<t>" + "z".repeat((int) MAX_BODY) + "</t>"));
        refused.put("unknown-operation", envelope(new SoapOp(op.service(), op.namespace(), "fuzzNoSuchOperation",
                op.children()), -1, null));
        refused.put("wrong-namespace", envelope(new SoapOp(op.service(), "urn:fuzz", op.name(), op.children()), -1,
                null));
        refused.put("invalid-character-reference", envelope(op, 0, "&#xD800;&#0;"));
        for (Map.Entry<String, String> m : refused.entrySet()) {
            inputs.add(soapInput(op, m.getKey(), true, soapRequest(user, op.service(), m.getValue(), xml)));
        }
        inputs.add(soapInput(op, "content-type-json", true, soapRequest(user, op.service(), valid,
                "application/json")));
        inputs.add(soapInput(op, "too-many-parts", true, multipart(user, op.service(), valid, 6, 10)));
        inputs.add(soapInput(op, "attachment-600k", true, multipart(user, op.service(), valid, 1, 600 * 1024)));
        int leaves = leaves(op.children());
        for (int i = 0; i < mutationsPerOperation(); i++) {
            String value = xmlMutation();
            int leaf = leaves == 0 ? -1 : random.nextInt(leaves);
            inputs.add(soapInput(op, "field " + leaf, false, soapRequest(user, op.service(),
                    envelope(op, leaf, value), xml)));
        }
        return inputs;
    }

    private Input soapInput(SoapOp op, String category, boolean mustRefuse, HttpRequest request) {
        return new Input(op.key(), category, mustRefuse, true, request);
    }

    private HttpRequest soapRequest(String user, String service, String envelope, String contentType) {
        return request(user, "/soap/" + service).header("Content-Type", contentType).header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
    }

    /** SOAP with attachments: the envelope as the root part and {@code parts} attachments of {@code size} bytes. */
    private HttpRequest multipart(String user, String service, String envelope, int parts, int size) {
        String boundary = "fuzz-boundary-" + parts;
        StringBuilder b = new StringBuilder();
        b.append("--").append(boundary).append("\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <root>\r\n\r\n")
                .append(envelope).append("\r\n");
        for (int i = 0; i < parts; i++) {
            b.append("--").append(boundary).append("\r\nContent-Type: application/octet-stream\r\nContent-ID: <a")
                    .append(i).append(">\r\n\r\n").append("A".repeat(size)).append("\r\n");
        }
        b.append("--").append(boundary).append("--\r\n");
        return request(user, "/soap/" + service).header("Content-Type", "multipart/related; type=\"text/xml\"; "
                + "start=\"<root>\"; boundary=\"" + boundary + "\"").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build();
    }

    /** The operation's envelope with leaf number {@code mutated} replaced by raw XML ({@code null}: removed). */
    private String envelope(SoapOp op, int mutated, String raw) {
        StringBuilder body = new StringBuilder();
        int[] counter = {0};
        render(op.children(), body, counter, mutated, raw, op.service());
        if (op.children().isEmpty() && mutated >= 0 && raw != null) {
            body.append("<fuzz>").append(raw).append("</fuzz>"); // an operation without parameters: an element of its own
        }
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body><p:" + op.name() + " xmlns:p=\""
                + op.namespace() + "\">" + body + "</p:" + op.name() + "></soapenv:Body></soapenv:Envelope>";
    }

    private void render(List<XNode> nodes, StringBuilder out, int[] counter, int mutated, String raw,
            String service) {
        for (XNode n : nodes) {
            if (n.children() != null) {
                out.append('<').append(n.name()).append('>');
                render(n.children(), out, counter, mutated, raw, service);
                out.append("</").append(n.name()).append('>');
                continue;
            }
            int index = counter[0]++;
            if (index == mutated) {
                if (raw != null) {
                    out.append('<').append(n.name()).append('>').append(raw).append("</").append(n.name()).append('>');
                }
                continue;
            }
            out.append('<').append(n.name()).append('>').append(escape(leafValue(n, service))).append("</")
                    .append(n.name()).append('>');
        }
    }

    private String leafValue(XNode n, String service) {
        String type = n.type();
        if (type.startsWith("enum:")) {
            return type.substring(5);
        }
        return switch (type) {
            case "int", "long", "short", "integer", "decimal", "double", "float" -> "2";
            case "boolean" -> "false";
            case "date" -> LocalDate.now().plusDays(14).toString();
            case "dateTime" -> LocalDate.now().atStartOfDay() + "Z";
            default -> stringFor(n.name(), "", service.toLowerCase(Locale.ROOT).contains("support")
                    ? service.toLowerCase(Locale.ROOT).replace("support", "-support") : service);
        };
    }

    private static int leaves(List<XNode> nodes) {
        int n = 0;
        for (XNode x : nodes) {
            n += x.children() == null ? 1 : leaves(x.children());
        }
        return n;
    }

    private String xmlMutation() {
        int pick = random.nextInt(HOSTILE_TEXT.size() + XML_RAW.size() + 1);
        if (pick == 0) {
            return null;
        }
        if (pick <= XML_RAW.size()) {
            return XML_RAW.get(pick - 1);
        }
        String text = HOSTILE_TEXT.get(pick - 1 - XML_RAW.size()).get().replace("\u0000", "");
        return escape(text.replaceAll("[\\uFFFE\\uFFFF]", ""));
    }

    /** Hostile XML content for a leaf: markup where text belongs, CDATA, nil, invalid references. */
    private static final List<String> XML_RAW = List.of("<x>1</x>", "<![CDATA[<script>]]>", "&amp;&lt;&gt;",
            "&#x202E;", "&#1114111;", "&#xD800;", "&#0;", "&undefined;", "<!-- c -->", "<?pi x?>",
            "<a xmlns=\"urn:fuzz\"/>", "&#x41;".repeat(1000), "<a>" + "<b/>".repeat(2000) + "</a>");

    private static String wrap(SoapOp op, String inner) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body><p:" + op.name() + " xmlns:p=\""
                + op.namespace() + "\">" + inner + "</p:" + op.name() + "></soapenv:Body></soapenv:Envelope>";
    }

    private static String wrapAttributes(SoapOp op, int count) {
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < count; i++) {
            a.append(" a").append(i).append("=\"").append(i).append('"');
        }
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body><p:" + op.name() + " xmlns:p=\""
                + op.namespace() + "\"" + a + "/></soapenv:Body></soapenv:Envelope>";
    }

    private static String billionLaughs() {
        StringBuilder d = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        d.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return d.append("]>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ------------------------------------------------------------------ bombs, with and without credentials

    /**
     * Bodies of 64 MB, streamed with and without a Content-Length, unauthenticated and authenticated, REST and SOAP
     * (plain and as an attachment): each must be refused, after the server has read only a small part of it; the
     * heap of the Karaf JVM is reported before and after.
     */
    private void bombs(List<RestOp> rest, List<SoapOp> soap) throws Exception {
        String before = heap();
        String person = "/api/persons";
        String soapPath = "/soap/PersonRegister";
        bomb("REST unauthenticated, Content-Length", null, person, "application/json", true);
        bomb("REST unauthenticated, chunked", null, person, "application/json", false);
        bomb("REST authenticated, chunked", HANDLAGGARE, person, "application/json", false);
        bomb("SOAP unauthenticated, Content-Length", null, soapPath, "text/xml", true);
        bomb("SOAP unauthenticated, chunked", null, soapPath, "text/xml", false);
        bomb("SOAP authenticated, chunked", HANDLAGGARE, soapPath, "text/xml", false);
        bomb("SOAP attachment, authenticated, chunked", HANDLAGGARE, soapPath, "multipart/related; "
                + "type=\"text/xml\"; start=\"<root>\"; boundary=\"bomb\"", false);
        bombFigures.add("Karaf heap before the bombs: " + before + "; after: " + heap());
    }

    private void bomb(String what, String user, String path, String contentType, boolean withLength)
            throws InterruptedException {
        AtomicLong pulled = new AtomicLong();
        boolean multipart = contentType.startsWith("multipart");
        byte[] head = (multipart ? "--bomb\r\nContent-Type: text/xml\r\nContent-ID: <root>\r\n\r\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Body/></soapenv:Envelope>\r\n"
                + "--bomb\r\nContent-Type: application/octet-stream\r\nContent-ID: <a>\r\n\r\n"
                : contentType.contains("json") ? "{\"givenName\":\"" : "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS
                        + "\"><soapenv:Body><t>").getBytes(StandardCharsets.UTF_8);
        Supplier<InputStream> stream = () -> new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= BOMB_BYTES) {
                    return -1;
                }
                int b = position < head.length ? head[(int) position] : 'x';
                position++;
                pulled.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= BOMB_BYTES) {
                    return -1;
                }
                int n = (int) Math.min(length, BOMB_BYTES - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = position + i < head.length ? head[(int) (position + i)] : (byte) 'x';
                }
                position += n;
                pulled.addAndGet(n);
                return n;
            }
        };
        HttpRequest.BodyPublisher publisher = withLength
                ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(stream), BOMB_BYTES)
                : HttpRequest.BodyPublishers.ofInputStream(stream);
        HttpRequest.Builder b = request(user, path).timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
                .POST(publisher);
        if (path.startsWith("/soap")) {
            b.header("SOAPAction", "\"\"");
        }
        Stats s = stats.computeIfAbsent("BOMB " + what, k -> new Stats());
        s.tried++;
        String outcome;
        try {
            HttpResponse<String> r = http().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            s.statuses.merge(r.statusCode(), 1, Integer::sum);
            outcome = Integer.toString(r.statusCode());
            boolean soapFault = path.startsWith("/soap") && r.body().contains("Fault>")
                    && !r.body().contains(":internal<");
            if (r.statusCode() < 400 || (r.statusCode() >= 500 && !soapFault)) {
                problems.add("bomb " + what + " answered " + r.statusCode() + ": " + shorten(r.body()));
            }
            check("BOMB " + what, path.startsWith("/soap"), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
            s.refused++;
        } catch (IOException e) {
            // The server answered and closed the connection while the client was still sending: refused unread.
            outcome = "connection closed by the server (" + e.getClass().getSimpleName() + ")";
            s.noAnswer++;
        }
        bombFigures.add(String.format(Locale.ROOT, "%-42s %s after %,d of %,d bytes sent", what, outcome,
                pulled.get(), BOMB_BYTES));
        if (pulled.get() >= BOMB_BYTES && user == null) {
            problems.add("bomb " + what + ": the server read all " + BOMB_BYTES + " bytes of an unauthenticated body");
        }
        assertTrue("Karaf died during bomb " + what, karaf.isAlive());
    }

    /** The Karaf JVM's heap as {@code jcmd GC.heap_info} reports it (its first line), or resident memory. */
    private String heap() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(karaf.pid()), "GC.heap_info").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            for (String line : out.split("\n")) {
                if (line.contains("total") && line.contains("used")) {
                    return line.trim().replaceAll("\\s+", " ");
                }
            }
            String status = Files.readString(Path.of("/proc/" + karaf.pid() + "/status"));
            return status.lines().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("?");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    // ------------------------------------------------------------------ firing and the oracles

    private void fire(Input input, boolean writes) throws SQLException {
        Stats s = stats.computeIfAbsent(input.op(), k -> new Stats());
        s.tried++;
        int status;
        String body;
        String contentType;
        try {
            HttpResponse<String> r = http().send(input.request(), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            status = r.statusCode();
            body = r.body();
            contentType = r.headers().firstValue("Content-Type").orElse("");
        } catch (IOException e) {
            s.noAnswer++;
            if (!input.mustRefuse()) {
                problems.add(input.op() + " [" + input.category() + "]: no answer: " + e);
            }
            status = -1;
            body = "";
            contentType = "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (status > 0) {
            s.statuses.merge(status, 1, Integer::sum);
            boolean accepted = status < 400;
            if (accepted) {
                s.accepted++;
            } else {
                s.refused++;
            }
            String where = input.op() + " [" + input.category() + "]";
            check(where, input.soap(), status, contentType, body);
            if (input.mustRefuse() && accepted) {
                problems.add(where + ": accepted (" + status + ") although it must be refused: " + shorten(body));
            }
            if (status >= 500 && !(input.soap() && soapFaultNotInternal(body))) {
                s.server++;
            }
        }
        if (writes) {
            boolean accepted = status > 0 && status < 400;
            Map<String, String> now = checksum();
            List<String> changed = changedTables(lastChecksum, now);
            List<String> actions = auditSince(lastAuditSeq);
            if (!accepted) {
                if (!changed.isEmpty()) {
                    problems.add(input.op() + " [" + input.category() + "]: refused (" + status + ") but changed "
                            + changed);
                }
                for (String action : actions) {
                    // Refusals are logged as such; a look-up that found nothing is still a logged look-up.
                    if (!List.of("DENIED", "REJECTED", "READ", "SEARCH").contains(action)) {
                        problems.add(input.op() + " [" + input.category() + "]: refused (" + status
                                + ") but wrote an audit row " + action);
                    }
                }
            } else if (!changed.isEmpty()) {
                acceptedWrites++;
            }
            lastChecksum = now;
            lastAuditSeq = auditSeq();
        }
    }

    /**
     * After the reads of one operation: the tables are as they were (reads change nothing), and the audit rows they
     * wrote (READ, SEARCH, refusals) are not counted against the next write.
     */
    private void settle(String what) throws SQLException {
        Map<String, String> now = checksum();
        List<String> changed = changedTables(lastChecksum, now);
        if (!changed.isEmpty()) {
            problems.add(what + ": changed " + changed);
        }
        lastChecksum = now;
        lastAuditSeq = auditSeq();
    }

    /** The oracles every answer must pass. */
    private void check(String where, boolean soap, int status, String contentType, String body) {
        for (String marker : STACK_TRACE) {
            if (body.contains(marker)) {
                problems.add(where + ": a stack trace or exception in the answer (" + marker + "): " + shorten(body));
                break;
            }
        }
        if (body.contains("root:x:0:0") || body.contains("lollollol")) {
            problems.add(where + ": an entity was expanded into the answer: " + shorten(body));
        }
        if (soap) {
            if (status >= 500 && !soapFaultNotInternal(body)) {
                problems.add(where + ": " + status + " " + shorten(body));
            }
            if (!body.isEmpty() && status != 404 && status != 405 && !isSoapEnvelope(body)) {
                problems.add(where + ": the answer (" + status + ") is not a SOAP envelope: " + shorten(body));
            }
            return;
        }
        if (status >= 500) {
            problems.add(where + ": " + status + " " + shorten(body));
        }
        if (contentType.startsWith("application/problem+json")) {
            try {
                JsonNode p = json.readTree(body);
                if (!p.hasNonNull("type") || !p.hasNonNull("title") || p.path("status").asInt() != status) {
                    problems.add(where + ": problem document without type/title/status " + status + ": " + body);
                }
            } catch (IOException e) {
                problems.add(where + ": problem+json that is not JSON: " + shorten(body));
            }
        } else if (status >= 400) {
            nonProblemRefusals.merge(status + " " + (contentType.isEmpty() ? "(no content type)"
                    : contentType.split(";")[0]), 1, Integer::sum);
        }
    }

    private static boolean soapFaultNotInternal(String body) {
        return body.contains("Fault>") && !body.contains(":internal<") && isSoapEnvelope(body);
    }

    private static boolean isSoapEnvelope(String body) {
        try {
            Element root = secureParser().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            return root.getLocalName().equals("Envelope") && (SOAP_NS.equals(root.getNamespaceURI())
                    || "http://www.w3.org/2003/05/soap-envelope".equals(root.getNamespaceURI()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    // ------------------------------------------------------------------ the database

    /** Row count and MD5 of every table's rows, except the audit log and its head (refusals are written there). */
    private Map<String, String> checksum() throws SQLException {
        checksumsTaken++;
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        + "AND tablename NOT IN ('core_audit_log', 'core_audit_head') ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        StringBuilder sql = new StringBuilder();
        for (String t : tables) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(t)
                    .append("', count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM \"")
                    .append(t).append("\" t");
        }
        Map<String, String> sums = new TreeMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getString(2));
            }
        }
        return sums;
    }

    private static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " (" + before.getOrDefault(table, "absent").split(":")[0] + " -> "
                        + after.get(table).split(":")[0] + " rows)");
            }
        }
        return changed;
    }

    private long auditSeq() throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM core_audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> auditSince(long seq) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT action FROM core_audit_log WHERE seq > ? ORDER BY seq")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }

    // ------------------------------------------------------------------ the log and the report

    /** ERROR lines of the fuzz run in karaf.log that carry a stack trace. */
    private void logErrors(long from) throws IOException {
        Path log = karaf.home().resolve("data/log/karaf.log");
        String text;
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(from, f.length()));
            byte[] rest = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(rest);
            text = new String(rest, StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("| ERROR |") && i + 1 < lines.length
                    && (lines[i + 1].startsWith("\tat ") || lines[i + 1].matches("^[a-zA-Z.]+(Exception|Error).*"))) {
                problems.add("karaf.log: " + shorten(lines[i]) + " / " + shorten(lines[i + 1]));
            }
        }
    }

    private String report(int restOps, int soapOps, double seconds, List<String> changed) {
        StringBuilder r = new StringBuilder();
        int tried = stats.values().stream().mapToInt(s -> s.tried).sum();
        r.append(String.format(Locale.ROOT, "Fuzz run (seed %d, %d mutations per operation) on PostgreSQL: %,d inputs "
                + "against %d REST and %d SOAP operations in %.0f s; %,d database checksums taken%n", seed(),
                mutationsPerOperation(), tried, restOps, soapOps, seconds, checksumsTaken));
        r.append(String.format(Locale.ROOT, "%-78s %6s %8s %7s %6s %9s  %s%n", "operation", "tried", "accepted",
                "refused", "5xx", "no-answer", "statuses"));
        for (Map.Entry<String, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            r.append(String.format(Locale.ROOT, "%-78s %6d %8d %7d %6d %9d  %s%n", shortKey(e.getKey()), s.tried,
                    s.accepted, s.refused, s.server, s.noAnswer, s.statuses));
        }
        Map<String, Integer> roles = new TreeMap<>();
        roleOf.values().forEach(u -> roles.merge(USERS.get(u), 1, Integer::sum));
        r.append("Roles the operations were called as: ").append(roles).append('\n');
        r.append("Refusals without a problem document (status content-type: count): ").append(nonProblemRefusals)
                .append('\n');
        r.append("Accepted writes that changed tables: ").append(acceptedWrites).append("; tables changed over the run "
                + "(by accepted writes only): ").append(changed).append('\n');
        r.append("Bombs (64 MB bodies):\n  ").append(String.join("\n  ", bombFigures)).append('\n');
        r.append("Problems: ").append(problems.isEmpty() ? "none" : problems.size() + "\n  "
                + String.join("\n  ", problems)).append('\n');
        return r.toString();
    }

    private static String shortKey(String key) {
        return key.length() > 78 ? key.substring(0, 77) + "…" : key;
    }

    // ------------------------------------------------------------------ XML helpers

    private static DocumentBuilder secureParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static List<Element> elements(Element root, String ns, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
