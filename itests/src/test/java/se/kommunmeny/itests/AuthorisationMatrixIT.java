package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The authorisation matrix: every REST operation of the OpenAPI document and every SOAP operation of the published
 * WSDLs, called by one user of each role and without credentials, on one distribution with all five offerings and the
 * examples. What each role may call is data, {@code authorisation-matrix.csv} (test resources), written from the
 * services' role checks and DESIGN.md; an operation the matrix does not name, or a row the platform no longer has,
 * fails the test, so a new endpoint cannot arrive unclassified. "allow" means the platform answered something other
 * than a refusal (2xx, or a domain problem such as 400/404/409 — the probes carry placeholder ids and minimal bodies);
 * "deny" means 401 problem+json (no credentials), 403 problem+json, or a SOAP fault with the code
 * {@code unauthenticated}/{@code forbidden}. A 5xx is a defect whatever the matrix says.
 * <p>
 * On the same platform: object-level access (a practitioner reaches only the clients assigned to them, a partner
 * municipality only its own orders) and the fields a role may not see.
 */
public class AuthorisationMatrixIT extends KommunmenyTestSupport {
    /** The matrix's columns, in its order: the six roles of the realm, then no credentials at all. */
    static final List<String> ROLES = List.of("handlaggare", "behandlare", "enhetschef", "loggranskare", "operator",
            "partner", "anonymous");
    /** One user per column ({@code null}: no Authorization header). */
    static final Map<String, String> USER_OF = new LinkedHashMap<>();
    /** The SOAP services the core and the five offerings publish (CXF's service list is hidden by design). */
    static final List<String> SOAP_SERVICES = List.of("Menu", "PersonRegister", "TreatmentPlan", "TreatmentCourse",
            "HousingSupport", "EmploymentSupport", "SupportGroups", "Purchasing", "PurchasingFederation");
    static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups, purchasing";
    /** A placeholder for every path parameter: an id that names no object. */
    static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";
    /** A second partner platform's user (Köping), beside {@link #PARTNER} (Heby). */
    static final String OTHER_PARTNER = "kent";

    static {
        USER_OF.put("handlaggare", HANDLAGGARE);
        USER_OF.put("behandlare", BEHANDLARE);
        USER_OF.put("enhetschef", ENHETSCHEF);
        USER_OF.put("loggranskare", LOGGRANSKARE);
        USER_OF.put("operator", OPERATOR);
        USER_OF.put("partner", PARTNER);
        USER_OF.put("anonymous", null);
    }

    protected static KarafProcess karaf;

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @BeforeClass
    public static void startPlatform() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Map<String, String> users = new HashMap<>(USERS);
        users.put(OTHER_BEHANDLARE, "behandlare");
        users.put(OTHER_PARTNER, "partner");
        karaf = KarafProcess.unpack(target.resolve("authorisation-matrix"), users);
        karaf.addBootFeature("kommunmeny-examples");
        karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
        karaf.write("se.kommunmeny.purchasing.cfg", String.join("\n", "organisationNumber = 2120002882",
                "street = Stadshuset", "postalCode = 732 81", "city = Arboga", "bankAccount = 5050-1055",
                "pollMillis = 200", "retryBaseMillis = 500", "retryMaxMillis = 3000", "callTimeoutMillis = 2000",
                "availabilitySeconds = 5", "invoiceHour = -1", ""));
        karaf.start();
        AuthorisationMatrixIT probe = new AuthorisationMatrixIT();
        probe.awaitPlatform();
    }

    @AfterClass
    public static void stopPlatform() throws InterruptedException {
        if (karaf != null) {
            karaf.stop();
        }
    }

    void awaitPlatform() {
        await("health UP with the five offerings", Duration.ofSeconds(300), () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("treatment-plan") && a.body().contains("housing-support")
                        && a.body().contains("employment-support") && a.body().contains("support-groups")
                        && a.body().contains("purchasing");
            } catch (RuntimeException e) {
                return false;
            }
        });
        await("the examples and purchasing's endpoints", Duration.ofSeconds(120), () ->
                get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200
                        && get(ENHETSCHEF, "/api/housing-support/kinds").body().contains("traningslagenhet")
                        && get(ENHETSCHEF, "/api/employment-support/kinds").body().contains("arbetstraning")
                        && get(ENHETSCHEF, "/api/support-groups/programmes").body().contains("dropp")
                        && get(ENHETSCHEF, "/api/purchasing/federation/identity").status() == 200
                        && wsdlOperations().keySet().containsAll(SOAP_SERVICES));
    }

    // ------------------------------------------------------------------ the operations the platform has

    /** Every REST operation of the OpenAPI document as "REST VERB /path", with its description. */
    Map<String, JsonNode> restOperations() {
        Answer doc = get(null, "/api/openapi");
        assertEquals(doc.body(), 200, doc.status());
        Map<String, JsonNode> ops = new TreeMap<>();
        JsonNode paths = parse(doc).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> v = path.getValue().fields(); v.hasNext();) {
                Map.Entry<String, JsonNode> verb = v.next();
                ops.put("REST " + verb.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                        verb.getValue());
            }
        }
        return ops;
    }

    private static final Pattern OPERATION = Pattern.compile("<(?:\\w+:)?operation name=\"([^\"]+)\"");
    private static final Pattern TARGET_NAMESPACE = Pattern.compile("targetNamespace=\"([^\"]+)\"");

    /** The WSDL documents read last, per service, for the probes' request elements. */
    final Map<String, String> wsdls = new HashMap<>();

    /** Per SOAP service: its target namespace and the names of its operations, read from its WSDL. */
    Map<String, Map.Entry<String, TreeSet<String>>> wsdlOperations() {
        Map<String, Map.Entry<String, TreeSet<String>>> services = new TreeMap<>();
        for (String service : SOAP_SERVICES) {
            Answer wsdl = get(null, "/soap/" + service + "?wsdl");
            if (wsdl.status() != 200) {
                continue;
            }
            wsdls.put(service, wsdl.body());
            Matcher ns = TARGET_NAMESPACE.matcher(wsdl.body());
            TreeSet<String> names = new TreeSet<>();
            Matcher m = OPERATION.matcher(wsdl.body());
            while (m.find()) {
                names.add(m.group(1));
            }
            services.put(service, Map.entry(ns.find() ? ns.group(1) : "", names));
        }
        return services;
    }

    /** The matrix: operation → role → allow (true) or deny (false), in the file's order. */
    static Map<String, Map<String, Boolean>> matrix() throws IOException {
        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-matrix.csv")) {
            if (in == null) {
                return matrix;
            }
            List<String> header = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header == null) {
                    header = List.of(cells);
                    assertEquals("the matrix's columns", "operation", header.get(0));
                    assertEquals("the matrix's columns", ROLES, header.subList(1, header.size()));
                    continue;
                }
                assertEquals("cells of " + line, ROLES.size() + 1, cells.length);
                Map<String, Boolean> row = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    String cell = cells[i + 1].trim();
                    assertTrue("allow or deny: " + line, cell.equals("allow") || cell.equals("deny"));
                    row.put(ROLES.get(i), cell.equals("allow"));
                }
                assertEquals("the operation " + cells[0] + " twice", null, matrix.put(cells[0].trim(), row));
            }
        }
        return matrix;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    public void everyOperationIsInTheMatrixAndEveryRowIsAnOperation() throws IOException {
        TreeSet<String> live = new TreeSet<>(restOperations().keySet());
        wsdlOperations().forEach((service, ops) -> ops.getValue().forEach(op -> live.add("SOAP " + service + " " + op)));
        TreeSet<String> listed = new TreeSet<>(matrix().keySet());
        TreeSet<String> unclassified = new TreeSet<>(live);
        unclassified.removeAll(listed);
        TreeSet<String> gone = new TreeSet<>(listed);
        gone.removeAll(live);
        assertTrue("no operations found", live.size() > 100);
        assertEquals("operations the matrix does not classify", new TreeSet<String>(), unclassified);
        assertEquals("operations of the matrix that the platform no longer has", new TreeSet<String>(), gone);
    }

    @Test
    public void everyRoleGetsWhatTheMatrixSaysOfEveryOperation() throws Exception {
        partners(); // the partner column's user is a registered partner platform, as in production
        Map<String, JsonNode> rest = restOperations();
        Map<String, Map.Entry<String, TreeSet<String>>> soap = wsdlOperations();
        Map<String, Map<String, Boolean>> matrix = matrix();
        List<String> mismatches = new ArrayList<>();
        StringBuilder observed = new StringBuilder("operation," + String.join(",", ROLES) + "\n");
        int calls = 0;
        int refusals = 0;
        int audited = 0;
        Map<String, Long> lastRow = new HashMap<>();
        for (String user : USER_OF.values()) {
            if (user != null) {
                lastRow.put(user, newestAuditRow(user).path("sequence").asLong(0));
            }
        }
        TreeSet<String> all = new TreeSet<>(rest.keySet());
        soap.forEach((service, ops) -> ops.getValue().forEach(op -> all.add("SOAP " + service + " " + op)));
        for (String operation : all) {
            Map<String, Boolean> expected = matrix.get(operation);
            observed.append(operation);
            for (String role : ROLES) {
                Probe probe = call(operation, rest, soap, USER_OF.get(role));
                calls++;
                observed.append(',').append(probe.verdict());
                if (probe.verdict().equals("deny")) {
                    refusals++;
                }
                String user = USER_OF.get(role);
                if (user != null && probe.verdict().equals("deny") && auditsRefusals(operation)) {
                    // An offering and the person register audit each refusal: the caller's newest row is DENIED.
                    JsonNode row = newestAuditRow(user);
                    if (row.path("sequence").asLong(0) > lastRow.get(user) && "DENIED".equals(row.path("action")
                            .asText())) {
                        audited++;
                    } else {
                        mismatches.add(operation + " as " + role + ": refused without a DENIED audit row (newest: "
                                + row + ")");
                    }
                    lastRow.put(user, row.path("sequence").asLong(0));
                } else if (user != null && !probe.verdict().equals("deny")) {
                    lastRow.put(user, Math.max(lastRow.get(user), newestAuditRow(user).path("sequence").asLong(0)));
                }
                if (probe.verdict().equals("error")) {
                    mismatches.add(operation + " as " + role + ": " + probe.detail());
                } else if (expected != null && expected.get(role) != probe.verdict().equals("allow")) {
                    mismatches.add(operation + " as " + role + ": expected " + (expected.get(role) ? "allow" : "deny")
                            + ", got " + probe.detail());
                }
            }
            observed.append('\n');
        }
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Files.writeString(target.resolve("authorisation-matrix-observed.csv"), observed.toString());
        String figures = String.format("Authorisation matrix: %d operations (%d REST, %d SOAP) x %d roles = %d calls, "
                + "%d refused (%d of them by a service that audits refusals, each with its DENIED row); %d "
                + "mismatches%n", all.size(), rest.size(), all.size() - rest.size(), ROLES.size(), calls, refusals,
                audited, mismatches.size());
        System.out.print(figures);
        Files.writeString(target.resolve("authorisation-matrix.txt"), figures + String.join("\n", mismatches) + "\n");
        assertEquals("calls that did not answer as the matrix says", List.of(), mismatches);
    }

    /**
     * Whether the service behind an operation audits the refusals it makes: the offerings and the person register
     * do; the menu, health, ping, the audit log's own endpoints, purchasing's identity and the treatment plan's list
     * of programmes (no personal data in any of them) refuse without a row.
     */
    static boolean auditsRefusals(String operation) {
        if (operation.startsWith("REST ")) {
            String path = operation.substring(operation.indexOf('/'));
            return path.matches("/api/(treatment-plan|treatment-course|housing-support|employment-support|"
                    + "support-groups|purchasing|persons)(/.*)?") && !path.equals("/api/purchasing/federation/identity")
                    && !path.equals("/api/treatment-plan/programmes");
        }
        return operation.matches("SOAP (TreatmentPlan|TreatmentCourse|HousingSupport|EmploymentSupport|SupportGroups|"
                + "Purchasing|PersonRegister) .*|SOAP PurchasingFederation (deliver|availability)")
                && !operation.equals("SOAP TreatmentPlan listProgrammes");
    }

    /** The newest audit row of a user, read by the audit reviewer (empty when there is none). */
    JsonNode newestAuditRow(String user) {
        Answer a = post(LOGGRANSKARE, "/api/audit/query", toJson(Map.of("user", user, "limit", 1)));
        assertEquals(a.body(), 200, a.status());
        JsonNode rows = parse(a);
        return rows.size() == 0 ? json.createObjectNode() : rows.get(0);
    }

    /** What one call answered: allow, deny, or error (a 5xx, or a refusal of the wrong shape), with the detail. */
    record Probe(String verdict, String detail) {
    }

    Probe call(String operation, Map<String, JsonNode> rest, Map<String, Map.Entry<String, TreeSet<String>>> soap,
            String user) {
        String[] parts = operation.split(" ", 3);
        if (parts[0].equals("REST")) {
            String path = parts[2].replaceAll("\\{[^}]+}", NO_SUCH_ID);
            JsonNode op = rest.get(operation);
            boolean body = op.has("requestBody");
            String media = body ? op.get("requestBody").get("content").fieldNames().next() : "application/json";
            var request = request(user, path).header("Content-Type", media);
            String javaType = body ? op.get("requestBody").get("content").elements().next().path("schema")
                    .path("x-java-type").asText() : "";
            String content = !media.contains("json") ? "" : javaType.equals("List") ? "[]" : "{}";
            var publisher = java.net.http.HttpRequest.BodyPublishers.ofString(content);
            Answer a = send(switch (parts[1]) {
                case "GET" -> request.GET().build();
                case "DELETE" -> request.DELETE().build();
                case "PUT" -> request.PUT(publisher).build();
                default -> request.POST(publisher).build();
            });
            return restVerdict(a, user);
        }
        String service = parts[1];
        String ns = soap.get(service).getKey();
        Answer a = soap(user, service, "<k:" + parts[2] + " xmlns:k=\"" + ns + "\">"
                + probeParameters(wsdls.get(service), parts[2]) + "</k:" + parts[2] + ">");
        return soapVerdict(a, user);
    }

    /**
     * The probe's parameters, read from the operation's request type in the WSDL: a string parameter carries the
     * placeholder id, a single parameter of a complex type is an empty element ({@code <note/>}), so that the endpoint
     * receives an object (with empty fields) rather than nothing; repeated elements and other simple types stay
     * absent. The endpoints check the shape of a request before the service checks the role, so without this an
     * empty request would be answered "note is required" for every role: the probe is about who may call.
     */
    static String probeParameters(String wsdl, String operation) {
        Matcher type = Pattern.compile("<(?:\\w+:)?complexType name=\"" + Pattern.quote(operation)
                + "\">(.*?)</(?:\\w+:)?complexType>", Pattern.DOTALL).matcher(wsdl);
        if (!type.find()) {
            return "";
        }
        StringBuilder children = new StringBuilder();
        Matcher element = Pattern.compile("<(?:\\w+:)?element\\b([^>]*)>").matcher(type.group(1));
        while (element.find()) {
            String attributes = element.group(1);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(attributes);
            Matcher t = Pattern.compile("type=\"(\\w+):([^\"]+)\"").matcher(attributes);
            if (!name.find() || !t.find() || attributes.contains("maxOccurs=\"unbounded\"")) {
                continue;
            }
            boolean simple = t.group(1).equals("xs") || t.group(1).equals("xsd");
            if (simple && t.group(2).equals("string")) {
                children.append('<').append(name.group(1)).append('>').append(NO_SUCH_ID).append("</")
                        .append(name.group(1)).append('>');
            } else if (!simple) {
                children.append('<').append(name.group(1)).append("/>");
            }
        }
        return children.toString();
    }

    static Probe restVerdict(Answer a, String user) {
        String detail = a.status() + " " + a.body().substring(0, Math.min(160, a.body().length()));
        if (a.status() >= 500) {
            return new Probe("error", detail);
        }
        if (a.status() == 401 || a.status() == 403) {
            boolean shaped = a.contentType().startsWith("application/problem+json")
                    && (user == null ? a.status() == 401 : a.status() == 403);
            return new Probe(shaped ? "deny" : "error", detail);
        }
        return new Probe("allow", detail);
    }

    private static final Pattern FAULT_CODE = Pattern.compile("<faultcode[^>]*>(?:[^:<]*:)?([^<]+)</faultcode>");

    static Probe soapVerdict(Answer a, String user) {
        String detail = a.status() + " " + a.body().substring(0, Math.min(300, a.body().length()));
        Matcher code = FAULT_CODE.matcher(a.body());
        if (!code.find()) {
            return a.status() == 200 ? new Probe("allow", detail) : new Probe("error", detail);
        }
        String c = code.group(1);
        if (c.equals("internal")) {
            return new Probe("error", detail);
        }
        if (c.equals("unauthenticated") || c.equals("forbidden")) {
            boolean shaped = user == null ? c.equals("unauthenticated") : c.equals("forbidden");
            return new Probe(shaped ? "deny" : "error", detail);
        }
        return new Probe("allow", detail);
    }

    // ------------------------------------------------------------------ object-level access

    /** Ids made by the set-up of the object tests, once for the class. */
    static final Map<String, String> IDS = new HashMap<>();
    static KeyPair hebyKey;
    static KeyPair kopingKey;
    static final String ARBOGA = "1984";
    static final String HEBY = "0331";
    static final String KOPING = "1983";
    static final String HEBY_AGREEMENT = "ARBOGA-HEBY-KBT";
    static final String KOPING_AGREEMENT = "ARBOGA-KOPING-KBT";

    /** Two partner municipalities of Arboga's, each with its platform user, key and agreement for the 12-week CBT. */
    synchronized void partners() throws Exception {
        if (IDS.containsKey("hebyPartner")) {
            return;
        }
        hebyKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        kopingKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        IDS.put("hebyPartner", created(post(ENHETSCHEF, "/api/purchasing/partners", toJson(partner(HEBY, "Heby",
                "2120000308", PARTNER, hebyKey)))));
        IDS.put("kopingPartner", created(post(ENHETSCHEF, "/api/purchasing/partners", toJson(partner(KOPING,
                "K\u00f6ping", "2120002445", OTHER_PARTNER, kopingKey)))));
        created(post(ENHETSCHEF, "/api/purchasing/agreements", toJson(agreement(IDS.get("hebyPartner"),
                HEBY_AGREEMENT))));
        created(post(ENHETSCHEF, "/api/purchasing/agreements", toJson(agreement(IDS.get("kopingPartner"),
                KOPING_AGREEMENT))));
    }

    private static Map<String, Object> partner(String code, String name, String orgNumber, String inboundUser,
            KeyPair key) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", name);
        p.put("kind", "MUNICIPALITY");
        p.put("country", "SE");
        p.put("organisationNumber", orgNumber);
        p.put("endpointScheme", "0007");
        p.put("street", "Stadshuset");
        p.put("postalCode", "744 81");
        p.put("city", name);
        // No platform listens there: what Arboga sends back stays queued, which these tests do not look at.
        p.put("platformUrl", "http://127.0.0.1:9/kommunmeny");
        p.put("username", "arboga");
        p.put("password", "arboga" + PASSWORD_SUFFIX);
        p.put("publicKey", Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
        p.put("inboundUser", inboundUser);
        p.put("transport", "REST");
        return p;
    }

    private static Map<String, Object> agreement(String partnerId, String number) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("partnerId", partnerId);
        a.put("role", "SELL");
        a.put("number", number);
        a.put("serviceId", "treatment-plan/kbt-12");
        a.put("serviceName", "KBT 12 veckor i Arboga");
        a.put("serviceType", "TREATING");
        a.put("targetGroups", List.of("ADULT_MEN", "ADULT_WOMEN"));
        a.put("price", Map.of("currency", "SEK", "monthFullTime", new BigDecimal("17500.00"), "monthHalfTime",
                new BigDecimal("10500.00")));
        a.put("reservedPlaces", 0);
        a.put("noticeDays", 14);
        a.put("validFrom", LocalDate.now().minusMonths(2).withDayOfMonth(1).toString());
        a.put("minAge", 18);
        return a;
    }

    /** A federation message as a partner platform signs it (Ed25519 over the canonical lines). */
    private String message(KeyPair key, String sender, String agreementNumber, String type, String orderRef,
            String payload) throws Exception {
        String messageId = UUID.randomUUID().toString();
        String sentAt = Instant.now().toString();
        String canonical = String.join("\n", "kommunmeny-federation-1", messageId, type, orderRef, agreementNumber,
                sender, ARBOGA, sentAt, payload);
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key.getPrivate());
        s.update(canonical.getBytes(StandardCharsets.UTF_8));
        Map<String, String> m = new LinkedHashMap<>();
        m.put("messageId", messageId);
        m.put("type", type);
        m.put("orderRef", orderRef);
        m.put("agreementNumber", agreementNumber);
        m.put("sender", sender);
        m.put("recipient", ARBOGA);
        m.put("sentAt", sentAt);
        m.put("payload", payload);
        m.put("signature", Base64.getEncoder().encodeToString(s.sign()));
        return toJson(m);
    }

    private String orderPayload(String number, String given) {
        return toJson(Map.of("serviceId", "treatment-plan/kbt-12", "identityNumber", number, "givenName", given,
                "familyName", "K\u00f6pt", "startDate", LocalDate.now().plusDays(20).toString(), "extent",
                "FULL_TIME"));
    }

    private JsonNode placementOf(String orderRef) {
        for (JsonNode p : parse(get(ENHETSCHEF, "/api/purchasing/placements"))) {
            if (p.path("orderRef").asText().equals(orderRef)) {
                return p;
            }
        }
        return null;
    }

    private String created(Answer a) {
        assertEquals(a.body(), 201, a.status());
        return parse(a).get("id").asText();
    }

    private String person(String given, String family, boolean protectedIdentity) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("identityNumber", newPersonnummer(), "givenName", given,
                "familyName", family, "address", given + "gatan 1, Arboga"));
        if (protectedIdentity) {
            body.put("protectedIdentity", true);
        }
        return created(post(HANDLAGGARE, "/api/persons", toJson(body)));
    }

    /** A refusal as the matrix means it: 403 problem+json, never the object. */
    private void assertRefused(Answer a, String... mustNotContain) {
        assertEquals(a.body(), 403, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
        for (String secret : mustNotContain) {
            assertFalse(a.body(), a.body().contains(secret));
        }
    }

    /** A partner's refusal of another's object: 403 or 404, never the data. */
    private void assertNotTheirs(Answer a, String... mustNotContain) {
        assertTrue(a.status() + " " + a.body(), a.status() == 403 || a.status() == 404);
        for (String secret : mustNotContain) {
            assertFalse(a.body(), a.body().contains(secret));
        }
    }

    @Test
    public void aPractitionerReachesOnlyTheClientsAssignedToThem() {
        String client = person("Tilda", "Tilldelad", false);
        Answer enrolled = post(BEHANDLARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", client,
                "programmeId", "kbt-12")));
        assertEquals(enrolled.body(), 201, enrolled.status());
        String enrolment = parse(enrolled).get("id").asText();
        String course = "/api/treatment-course/enrolments/" + enrolment;
        assertEquals(200, get(BEHANDLARE, "/api/treatment-plan/enrolments/" + enrolment).status());
        assertEquals(200, get(BEHANDLARE, course + "/notes").status());

        String bea = OTHER_BEHANDLARE;
        refusedAndAudited(bea, () -> get(bea, "/api/treatment-plan/enrolments/" + enrolment), "Tilldelad");
        refusedAndAudited(bea, () -> get(bea, course + "/sessions"));
        refusedAndAudited(bea, () -> get(bea, course + "/notes"));
        refusedAndAudited(bea, () -> post(bea, course + "/notes", toJson(Map.of("text", "Inte min klient"))));
        refusedAndAudited(bea, () -> put(bea, course + "/practitioners", "{\"practitioners\":[\"bea\"]}"));
        refusedAndAudited(bea, () -> get(bea, course + "/fhir"), "Tilda");
        long before = newestAuditRow(bea).path("sequence").asLong(0);
        Answer soapForeign = soap(bea, "TreatmentCourse", "<k:listSessions xmlns:k=\""
                + wsdlOperations().get("TreatmentCourse").getKey() + "\"><enrolmentId>" + enrolment
                + "</enrolmentId></k:listSessions>");
        assertEquals(soapForeign.body(), "deny", soapVerdict(soapForeign, bea).verdict());
        assertNewestIsDenied(bea, before);
        // The refused note and assignment changed nothing.
        assertEquals(0, parse(get(BEHANDLARE, course + "/notes")).size());
        assertEquals("[\"bo\"]", parse(get(BEHANDLARE, course + "/practitioners")).get("practitioners").toString());

        // Housing support: the support worker who places is assigned; another is kept out.
        String unit = created(post(ENHETSCHEF, "/api/housing-support/units", toJson(Map.of("kindId",
                "traningslagenhet", "name", "Beh\u00f6righetsv\u00e4gen 1", "address",
                "Beh\u00f6righetsv\u00e4gen 1, Arboga", "landlord", "Arbogabost\u00e4der", "places", 2))));
        String tenant = person("Hanna", "Hyresg\u00e4st", false);
        String placement = created(post(BEHANDLARE, "/api/housing-support/placements", toJson(Map.of("personRef",
                tenant, "unitId", unit, "startDate", LocalDate.now().toString(), "contract", Map.of("type",
                        "SECOND_HAND", "rentPerMonth", 4200), "workPlan", Map.of("supportGoals",
                                List.of("Betala hyran i tid"), "adlTraining", List.of("Tv\u00e4tt"), "conditions",
                                List.of("Drogfrihet"))))));
        String visits = "/api/housing-support/placements/" + placement + "/visits";
        assertEquals(200, get(BEHANDLARE, visits).status());
        refusedAndAudited(bea, () -> get(bea, "/api/housing-support/placements/" + placement), "Hyresg");
        refusedAndAudited(bea, () -> get(bea, visits));
        refusedAndAudited(bea, () -> post(bea, visits, toJson(Map.of("visitedOn", LocalDate.now().toString(),
                "visitors", List.of(bea), "activities", List.of("Ekonomi"), "support", "-", "control", "-"))));
        assertEquals(0, parse(get(BEHANDLARE, visits)).size());

        // Support groups: the leader reaches the cohort, another practitioner does not.
        String cohort = created(post(ENHETSCHEF, "/api/support-groups/cohorts", toJson(cohortBody())));
        assertEquals(200, get(BEHANDLARE, "/api/support-groups/cohorts/" + cohort).status());
        refusedAndAudited(bea, () -> get(bea, "/api/support-groups/cohorts/" + cohort));
        refusedAndAudited(bea, () -> get(bea, "/api/support-groups/cohorts/" + cohort + "/participants"));

        // The person register: only the case officer and the practitioner, never a partner; refusals audited.
        for (String user : List.of(ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER, OTHER_PARTNER)) {
            refusedAndAudited(user, () -> get(user, "/api/persons/" + client), "Tilda", "Tilldelad");
            refusedAndAudited(user, () -> post(user, "/api/persons/search", "{\"name\":\"Tilda\"}"), "Tilldelad");
        }
    }

    /** The call is refused (403 problem+json, none of the secrets in it) and leaves the caller's DENIED row. */
    private void refusedAndAudited(String user, java.util.function.Supplier<Answer> call, String... secrets) {
        long before = newestAuditRow(user).path("sequence").asLong(0);
        assertRefused(call.get(), secrets);
        assertNewestIsDenied(user, before);
    }

    private void assertNewestIsDenied(String user, long before) {
        JsonNode row = newestAuditRow(user);
        assertTrue("a DENIED row of " + user + " after " + before + ": " + row, row.path("sequence").asLong(0) > before
                && "DENIED".equals(row.path("action").asText()));
    }

    /**
     * Valid requests from roles that may not make them: each refused with 403 and a DENIED row, and nothing written —
     * the matrix's probes carry placeholders; these carry what an allowed role would send.
     */
    @Test
    public void aRefusedValidWriteChangesNothing() throws Exception {
        List<String> notOfficers = List.of(BEHANDLARE, ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER);
        List<String> notManagers = List.of(HANDLAGGARE, BEHANDLARE, LOGGRANSKARE, OPERATOR, PARTNER);

        // A person: only the case officer registers (REST and SOAP); the number stays unknown to the register.
        String number = newPersonnummer();
        String registration = toJson(Map.of("identityNumber", number, "givenName", "Nekad", "familyName",
                "Registrering"));
        String ns = wsdlOperations().get("PersonRegister").getKey();
        for (String user : notOfficers) {
            refusedAndAudited(user, () -> post(user, "/api/persons", registration), number);
            long before = newestAuditRow(user).path("sequence").asLong(0);
            Answer soap = soap(user, "PersonRegister", "<k:registerPerson xmlns:k=\"" + ns + "\"><registration>"
                    + "<identityNumber>" + number + "</identityNumber><givenName>Nekad</givenName><familyName>Soap"
                    + "</familyName></registration></k:registerPerson>");
            assertEquals(soap.body(), "deny", soapVerdict(soap, user).verdict());
            assertNewestIsDenied(user, before);
        }
        assertEquals(404, post(HANDLAGGARE, "/api/persons/lookup", toJson(Map.of("identityNumber", number)))
                .status());

        // The unit manager's stock, groups and partners.
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/api/housing-support/units", toJson(Map.of("kindId", "traningslagenhet", "name", "Nekad 1",
                "address", "Nekad 1, Arboga", "landlord", "Arbogabost\u00e4der", "places", 2)));
        lists.put("/api/employment-support/workplaces", toJson(Map.of("kindId", "arbetstraning", "name", "Nekad",
                "provider", Map.of("kind", "OWN", "name", "Arbetsmarknadsenheten"), "workType", "Snickeri",
                "places", 3, "supervisor", Map.of("name", "Sven Handledare"))));
        lists.put("/api/support-groups/cohorts", toJson(cohortBody()));
        KeyPair vasteras = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        lists.put("/api/purchasing/partners", toJson(partner("1980", "V\u00e4ster\u00e5s", "2120002098", "vasteras",
                vasteras)));
        for (Map.Entry<String, String> list : lists.entrySet()) {
            int count = parse(get(ENHETSCHEF, list.getKey())).size();
            for (String user : notManagers) {
                refusedAndAudited(user, () -> post(user, list.getKey(), list.getValue()));
            }
            assertEquals(list.getKey() + " unchanged", count, parse(get(ENHETSCHEF, list.getKey())).size());
        }

        // An enrolment, by a role that does not enrol: the client's record at the practitioner stays empty.
        String client = person("Nekad", "Inskrivning", false);
        String enrolment = toJson(Map.of("personRef", client, "programmeId", "kbt-12"));
        for (String user : List.of(ENHETSCHEF, LOGGRANSKARE, OPERATOR, PARTNER)) {
            refusedAndAudited(user, () -> post(user, "/api/treatment-plan/enrolments", enrolment));
        }
        assertEquals(0, enrolmentsCreatedFor(client));
        // The case officer's enrolment is what the refused ones would have been: now there is one.
        assertEquals(201, post(HANDLAGGARE, "/api/treatment-plan/enrolments", enrolment).status());
        assertEquals(1, enrolmentsCreatedFor(client));
    }

    /** The CREATE rows of treatment-plan enrolments in a person's audit trail. */
    private long enrolmentsCreatedFor(String person) {
        long n = 0;
        for (JsonNode row : parse(post(LOGGRANSKARE, "/api/audit/query", toJson(Map.of("person", person, "limit",
                100))))) {
            if ("CREATE".equals(row.path("action").asText())
                    && row.path("resource").asText().startsWith("treatment-plan/enrolment")) {
                n++;
            }
        }
        return n;
    }

    private Map<String, Object> cohortBody() {
        LocalDate first = LocalDate.now().plusDays(14);
        return Map.of("programmeId", "dropp", "firstMeeting", first.toString(), "startTime", "17:00", "place",
                "Familjecentralen", "leaders", List.of(BEHANDLARE), "places", 8, "partnerShares", List.of(
                        Map.of("code", HEBY, "name", "Heby", "places", 2, "user", PARTNER),
                        Map.of("code", KOPING, "name", "K\u00f6ping", "places", 2, "user", OTHER_PARTNER)),
                "intakeUntil", first.plusDays(7).toString());
    }

    @Test
    public void aPartnerMunicipalityReachesOnlyItsOwnOrdersAndParticipants() throws Exception {
        partners();
        // Köping orders a place; Heby orders one too.
        String kopingOrder = UUID.randomUUID().toString();
        String kopingNumber = personnummerBornOn(LocalDate.of(1975, 3, 3));
        Answer ordered = post(OTHER_PARTNER, "/api/purchasing/federation/messages", message(kopingKey, KOPING,
                KOPING_AGREEMENT, "ORDER", kopingOrder, orderPayload(kopingNumber, "Kopingbo")));
        assertEquals(ordered.body(), 200, ordered.status());
        assertFalse("the receipt does not echo the identity number", ordered.body().contains(kopingNumber));
        String hebyOrder = UUID.randomUUID().toString();
        assertEquals(200, post(PARTNER, "/api/purchasing/federation/messages", message(hebyKey, HEBY,
                HEBY_AGREEMENT, "ORDER", hebyOrder, orderPayload(personnummerBornOn(LocalDate.of(1976, 4, 4)),
                        "Hebybo"))).status());
        JsonNode kopingPlacement = placementOf(kopingOrder);
        assertTrue("Köping's order arrived", kopingPlacement != null);

        long denied = newestAuditRow(PARTNER).path("sequence").asLong(0);
        // Heby's user, with Heby's key, about Köping's order: under Heby's agreement there is no such order ...
        String notice = toJson(Map.of("givenOn", LocalDate.now().toString(), "endDate",
                LocalDate.now().plusDays(40).toString()));
        assertNotTheirs(post(PARTNER, "/api/purchasing/federation/messages", message(hebyKey, HEBY, HEBY_AGREEMENT,
                "NOTICE", kopingOrder, notice)), kopingNumber, "Kopingbo");
        // ... Köping's agreement is not Heby's ...
        assertNotTheirs(post(PARTNER, "/api/purchasing/federation/messages", message(hebyKey, HEBY,
                KOPING_AGREEMENT, "NOTICE", kopingOrder, notice)), kopingNumber, "Kopingbo");
        // ... and Heby's user cannot speak as Köping, even with a message Köping signed.
        assertNotTheirs(post(PARTNER, "/api/purchasing/federation/messages", message(kopingKey, KOPING,
                KOPING_AGREEMENT, "NOTICE", kopingOrder, notice)), kopingNumber, "Kopingbo");
        // Heby may not read the availability of what Arboga sells Köping.
        assertNotTheirs(get(PARTNER, "/api/purchasing/federation/availability/" + KOPING_AGREEMENT));
        assertEquals(200, get(PARTNER, "/api/purchasing/federation/availability/" + HEBY_AGREEMENT).status());
        // The same over SOAP.
        String fed = wsdlOperations().get("PurchasingFederation").getKey();
        Answer soapAvailability = soap(PARTNER, "PurchasingFederation", "<k:availability xmlns:k=\"" + fed
                + "\"><agreementNumber>" + KOPING_AGREEMENT + "</agreementNumber></k:availability>");
        assertTrue(soapAvailability.body(), soapAvailability.body().contains("forbidden")
                || soapAvailability.body().contains("not-found"));
        // Refused as not Heby's (DENIED) or as no such order between the two (REJECTED): audited either way.
        JsonNode refusal = newestAuditRow(PARTNER);
        assertTrue(refusal.toString(), refusal.path("sequence").asLong() > denied
                && refusal.path("action").asText().matches("DENIED|REJECTED"));
        // Nothing changed on Köping's placement.
        JsonNode after = placementOf(kopingOrder);
        assertEquals(kopingPlacement.path("status").asText(), after.path("status").asText());
        assertTrue(after.path("noticeGivenOn").isNull() || after.path("noticeGivenOn").isMissingNode());
        // A partner reaches none of the supplier's own case endpoints, not even its own order's placement.
        for (String path : List.of("/api/purchasing/placements", "/api/purchasing/placements/"
                + kopingPlacement.get("id").asText(), "/api/purchasing/partners", "/api/purchasing/agreements",
                "/api/purchasing/invoices", "/api/purchasing/orders")) {
            assertRefused(get(PARTNER, path), kopingNumber, "Kopingbo");
            assertRefused(get(OTHER_PARTNER, path), kopingNumber, "Kopingbo");
        }

        // Joint support group: each partner enrols into its own share and sees only its own participants.
        String cohort = created(post(ENHETSCHEF, "/api/support-groups/cohorts", toJson(cohortBody())));
        LocalDate today = LocalDate.now();
        Map<String, Object> consent = Map.of("guardianName", "F\u00f6r\u00e4lder", "guardianContact",
                "070-123 45 67", "consentedOn", today.toString(), "scope", "Deltagande i gruppen");
        String participants = "/api/support-groups/cohorts/" + cohort + "/participants";
        assertEquals(201, post(PARTNER, participants, toJson(Map.of("way", "PARTNER", "partnerCode", HEBY, "alias",
                "Hebyalias", "ageYears", 11, "guardianConsent", consent))).status());
        assertEquals(201, post(OTHER_PARTNER, participants, toJson(Map.of("way", "PARTNER", "partnerCode", KOPING,
                "alias", "Kopingalias", "ageYears", 11, "guardianConsent", consent))).status());
        // Heby cannot enrol into Köping's share.
        Answer intoOthers = post(PARTNER, participants, toJson(Map.of("way", "PARTNER", "partnerCode", KOPING,
                "alias", "Inkraktare", "ageYears", 11, "guardianConsent", consent)));
        assertRefused(intoOthers);
        Answer hebyView = get(PARTNER, "/api/support-groups/cohorts/" + cohort + "/partner-view");
        assertEquals(hebyView.body(), 200, hebyView.status());
        assertTrue(hebyView.body(), hebyView.body().contains("Hebyalias"));
        assertFalse(hebyView.body(), hebyView.body().contains("Kopingalias") || hebyView.body().contains("Inkraktare"));
        Answer kopingView = get(OTHER_PARTNER, "/api/support-groups/cohorts/" + cohort + "/partner-view");
        assertTrue(kopingView.body(), kopingView.body().contains("Kopingalias"));
        assertFalse(kopingView.body(), kopingView.body().contains("Hebyalias"));
        assertRefused(get(PARTNER, participants), "Kopingalias");
        assertRefused(get(PARTNER, "/api/support-groups/cohorts/" + cohort), "Kopingalias");
    }

    // ------------------------------------------------------------------ fields a role may not see

    private static final Pattern IDENTITY_NUMBER = Pattern.compile("\\b(19|20)\\d{6}[-+]?\\d{4}\\b");

    @Test
    public void fieldsARoleMayNotSeeAreAbsent() throws Exception {
        // A person with protected identity: the case officer sees name and address (audited), a practitioner not.
        String hidden = person("Skyddad", "Hemlig", true);
        Answer officer = get(HANDLAGGARE, "/api/persons/" + hidden);
        assertTrue(officer.body(), officer.body().contains("Hemlig"));
        Answer practitioner = get(BEHANDLARE, "/api/persons/" + hidden);
        assertEquals(practitioner.body(), 200, practitioner.status());
        JsonNode view = parse(practitioner);
        assertTrue(view.toString(), view.get("hidden").asBoolean());
        for (String field : List.of("givenName", "familyName", "address")) {
            assertTrue(field + " in " + view, view.path(field).isNull() || view.path(field).isMissingNode());
        }
        assertFalse(practitioner.body(), practitioner.body().contains("Skyddad")
                || practitioner.body().contains("Hemlig") || practitioner.body().contains("gatan"));
        Answer soapView = soap(BEHANDLARE, "PersonRegister", "<k:getPerson xmlns:k=\""
                + wsdlOperations().get("PersonRegister").getKey() + "\"><id>" + hidden + "</id></k:getPerson>");
        assertFalse(soapView.body(), soapView.body().contains("Skyddad") || soapView.body().contains("Hemlig")
                || soapView.body().contains("gatan"));

        // The unit manager's statistics, capacity and waiting lists: counts, never identities or names.
        String client = person("Statistik", "Klient", false);
        post(HANDLAGGARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", client, "programmeId",
                "kbt-12")));
        String year = Integer.toString(LocalDate.now().getYear());
        String from = LocalDate.now().withDayOfYear(1).toString();
        String to = LocalDate.now().plusDays(1).toString();
        for (String path : List.of("/api/housing-support/statistics?from=" + from + "&to=" + to,
                "/api/employment-support/statistics?from=" + from + "&to=" + to,
                "/api/support-groups/statistics?year=" + year, "/api/housing-support/kinds",
                "/api/employment-support/kinds", "/api/menu")) {
            Answer a = get(ENHETSCHEF, path);
            assertEquals(path + ": " + a.body(), 200, a.status());
            assertFalse(path + ": " + a.body(), IDENTITY_NUMBER.matcher(a.body()).find());
            assertFalse(path + ": " + a.body(), a.body().contains("Statistik") || a.body().contains("Klient")
                    || a.body().contains("Hemlig"));
        }

        // A partner's answers carry no identity numbers of anyone.
        partners();
        for (String path : List.of("/api/purchasing/federation/identity",
                "/api/purchasing/federation/availability/" + HEBY_AGREEMENT, "/api/menu")) {
            Answer a = get(PARTNER, path);
            assertEquals(path + ": " + a.body(), 200, a.status());
            assertFalse(path + ": " + a.body(), IDENTITY_NUMBER.matcher(a.body()).find());
        }
    }
}
