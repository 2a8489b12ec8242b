package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A crash in the middle of writes: the distribution started as an operator starts it ({@code bin/karaf server}) with
 * the four offerings, four clients writing across them over REST and SOAP, and the Karaf JVM killed with SIGKILL while
 * they write. Started again with no manual step, the platform must have every write it acknowledged (a 2xx, or a SOAP
 * response), each write that was in flight when it died either whole or absent (never a person without its audit row,
 * an enrolment without its row, a group round without its meetings), nothing it refused, and an audit chain that
 * verifies. On embedded Derby and on PostgreSQL; the figures go to System.out and {@code target/crash-drill-<db>.txt}.
 */
@RunWith(Parameterized.class)
public class CrashDuringWritesIT extends KommunmenyTestSupport {
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofSeconds(15);
    /** A case officer who only reads afterwards, so the writers' audit rows are theirs alone. */
    private static final String CHECKER = "greta";
    private static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups";
    private static final Pattern SOAP_ID = Pattern.compile("<id>([^<]+)</id>");

    /** What the clients write: at least one write per offering that answers an id, and persons over REST and SOAP. */
    enum Kind {
        PERSON_REST, PERSON_SOAP, ENROLMENT, HOUSING_UNIT, WORK_PLACE, COHORT;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What a client got back: ACKNOWLEDGED (2xx or a SOAP response), REJECTED (an HTTP error answer: the transaction
     * rolled back), FAILED (no connection: the request never reached the platform), UNKNOWN (sent, and the answer
     * never came: in flight when the process died).
     */
    enum Outcome {
        ACKNOWLEDGED, REJECTED, FAILED, UNKNOWN
    }

    /** One write: its kind, the identity it can be looked up by afterwards, and what came back. */
    record Write(Kind kind, String key, Outcome outcome, String id, int parts, String detail) {
    }

    /** What was found of a write after the restart: present or not, and whether it was whole. */
    record Found(boolean present, boolean whole, String id, String why) {
        static Found absent() {
            return new Found(false, true, null, "");
        }
    }

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"derby"}, new Object[] {"postgresql"});
    }

    private final String database;
    private KarafProcess karaf;

    public CrashDuringWritesIT(String database) {
        this.database = database;
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void everyAcknowledgedWriteSurvivesASigkill() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Map<String, String> users = new HashMap<>(USERS);
        users.put(CHECKER, "handlaggare");
        karaf = KarafProcess.unpack(target.resolve("crash-" + database), users);
        karaf.addBootFeature("kommunmeny-examples");
        PostgresServer server = null;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            if (database.equals("postgresql")) {
                server = PostgresServer.start();
                karaf.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig());
                karaf.addBootFeature("kommunmeny-db-postgresql");
            }
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
            karaf.start();
            awaitReadyWithOfferings(karaf);
            awaitExamples();

            // ------------------------------------------------------------ writers, and the kill while they write
            Queue<Write> writes = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < WRITERS; t++) {
                int thread = t;
                running.add(writers.submit(() -> write(thread, writes, stop)));
            }
            // Somewhere in the second half of the writing, at a moment no one chose: each run hits other writes.
            long killAfterMillis = WRITING.toMillis() / 2 + ThreadLocalRandom.current().nextLong(WRITING.toMillis() / 3);
            await("the writers under way", Duration.ofSeconds(120),
                    () -> elapsedMillis(start) >= killAfterMillis && everyKindAcknowledged(writes));
            long pid = karaf.pid();
            String command = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("");
            assertTrue("the process started is the Karaf JVM itself: " + command, command.endsWith("java"));
            double killedAt = elapsedMillis(start) / 1000.0;
            karaf.kill();
            assertTrue("Karaf survived SIGKILL", !karaf.isAlive());
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }

            // ------------------------------------------------------------ the same instance again, no manual step
            long restart = System.nanoTime();
            karaf.start();
            awaitReadyWithOfferings(karaf);
            double upAfter = elapsedMillis(restart) / 1000.0;
            awaitExamples();

            // ------------------------------------------------------------ what is there
            Map<Kind, int[]> figures = new EnumMap<>(Kind.class);
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            Map<Write, Found> found = find(new ArrayList<>(writes), problems);
            for (Kind kind : Kind.values()) {
                figures.put(kind, new int[8]);
            }
            for (Map.Entry<Write, Found> e : found.entrySet()) {
                Write w = e.getKey();
                Found f = e.getValue();
                int[] k = figures.get(w.kind());
                k[0]++;
                switch (w.outcome()) {
                    case ACKNOWLEDGED -> {
                        k[1]++;
                        if (f.present() && f.whole() && (w.id() == null || w.id().equals(f.id()))) {
                            k[2]++;
                        } else {
                            problems.add("acknowledged " + w.kind().label() + " " + w.key() + " (id " + w.id()
                                    + "): " + (f.present() ? "not whole: " + f.why() : "missing"));
                        }
                    }
                    case REJECTED, FAILED -> {
                        k[w.outcome() == Outcome.REJECTED ? 3 : 4]++;
                        if (f.present()) {
                            problems.add(w.outcome() + " " + w.kind().label() + " " + w.key() + " (" + w.detail()
                                    + ") is there all the same");
                        }
                    }
                    case UNKNOWN -> {
                        k[5]++;
                        k[f.present() ? 6 : 7]++;
                        if (!f.whole()) {
                            problems.add("in-flight " + w.kind().label() + " " + w.key() + " is half there: " + f.why());
                        }
                    }
                }
            }
            int[] auditTail = checkAuditTail(problems);
            JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
            // The database takes writes again: a person and an enrolment after the restart.
            String after = newNumber(WRITERS, 0);
            Answer person = post(HANDLAGGARE, "/api/persons", personJson(after, "Efter"));
            Answer enrolment = person.status() == 201 ? post(BEHANDLARE, "/api/treatment-plan/enrolments",
                    enrolmentJson(parse(person).get("id").asText())) : person;

            String report = report(figures, killedAt, pid, upAfter, auditTail, verify, person.status(),
                    enrolment.status(), problems);
            System.out.println(report);
            Files.writeString(target.resolve("crash-drill-" + database + ".txt"), report, StandardCharsets.UTF_8);

            int[] total = total(figures);
            assertTrue("no write was made before the kill", total[1] > 0);
            assertEquals("problems: " + problems, List.of(), problems);
            assertEquals("acknowledged vs found", total[1], total[2]);
            assertTrue(verify.toString(), verify.get("valid").asBoolean());
            assertEquals(person.body(), 201, person.status());
            assertEquals(enrolment.body(), 201, enrolment.status());
        } finally {
            writers.shutdownNow();
            karaf.stop();
            if (server != null) {
                server.stop();
            }
        }
    }

    // ------------------------------------------------------------------ the writers

    private void write(int thread, Queue<Write> writes, AtomicBoolean stop) {
        LocalDate firstMeeting = LocalDate.now().plusDays(30);
        for (int n = 0; !stop.get(); n++) {
            Kind kind = Kind.values()[(n + thread) % Kind.values().length];
            String tag = database + "-" + thread + "-" + n;
            Write w = switch (kind) {
                case PERSON_REST -> registerRest(newNumber(thread, n));
                case PERSON_SOAP -> registerSoap(newNumber(thread, n));
                case ENROLMENT -> {
                    // A person of its own, so that the enrolment can be found by its person afterwards.
                    Write p = registerRest(newNumber(thread, n));
                    if (p.outcome() != Outcome.ACKNOWLEDGED) {
                        yield p;
                    }
                    writes.add(p);
                    yield attempt(Kind.ENROLMENT, p.id(), request(BEHANDLARE, "/api/treatment-plan/enrolments",
                            enrolmentJson(p.id())), body -> tree(body).get("id").asText(), body -> 0);
                }
                case HOUSING_UNIT -> attempt(kind, "Krasch " + tag, request(ENHETSCHEF, "/api/housing-support/units",
                        toJson(Map.of("kindId", "traningslagenhet", "name", "Krasch " + tag, "address",
                                "Krasch " + tag + ", Arboga", "landlord", "Arbogabost\u00e4der", "places", 2))),
                        body -> tree(body).get("id").asText(), body -> 0);
                case WORK_PLACE -> attempt(kind, "Krasch " + tag, request(ENHETSCHEF,
                        "/api/employment-support/workplaces", toJson(Map.of("kindId", "arbetstraning", "name",
                                "Krasch " + tag, "provider", Map.of("kind", "OWN", "name", "Arbetsmarknadsenheten"),
                                "workType", "Snickeri", "places", 3, "reservations",
                                List.of(Map.of("type", "LIGHT", "places", 1)), "supervisor",
                                Map.of("name", "Sven Handledare")))),
                        body -> tree(body).get("id").asText(), body -> 0);
                case COHORT -> attempt(kind, "Lokal " + tag, request(ENHETSCHEF, "/api/support-groups/cohorts",
                        toJson(Map.of("programmeId", "dropp", "firstMeeting", firstMeeting.toString(), "startTime",
                                "17:00", "place", "Lokal " + tag, "leaders", List.of(BEHANDLARE), "places", 6))),
                        body -> tree(body).get("id").asText(), body -> tree(body).get("meetings").size());
            };
            writes.add(w);
            if (w.outcome() == Outcome.FAILED) {
                return; // the platform is down: nothing more to write
            }
        }
    }

    private Write registerRest(String number) {
        return attempt(Kind.PERSON_REST, number, request(HANDLAGGARE, "/api/persons", personJson(number, "Rest")),
                body -> tree(body).get("id").asText(), body -> 0);
    }

    private Write registerSoap(String number) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\"><registration><identityNumber>" + number
                + "</identityNumber><givenName>Soap</givenName><familyName>Krasch</familyName></registration>"
                + "</p:registerPerson></soapenv:Body></soapenv:Envelope>";
        HttpRequest soap = request(HANDLAGGARE, "/soap/PersonRegister").header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        return attempt(Kind.PERSON_SOAP, number, soap, body -> {
            Matcher m = SOAP_ID.matcher(body);
            return body.contains("registerPersonResponse") && m.find() ? m.group(1) : null;
        }, body -> 0);
    }

    private HttpRequest request(String user, String path, String json) {
        return request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Sends one write and records what came back, as the client saw it. */
    private Write attempt(Kind kind, String key, HttpRequest request, Function<String, String> id,
            Function<String, Integer> parts) {
        try {
            HttpResponse<String> r = http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 == 2) {
                return new Write(kind, key, Outcome.ACKNOWLEDGED, id.apply(r.body()), parts.apply(r.body()), "");
            }
            return new Write(kind, key, Outcome.REJECTED, null, 0, r.statusCode() + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        } catch (ConnectException e) {
            return new Write(kind, key, Outcome.FAILED, null, 0, e.toString());
        } catch (IOException e) {
            boolean refused = e.getCause() instanceof ConnectException;
            return new Write(kind, key, refused ? Outcome.FAILED : Outcome.UNKNOWN, null, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Write(kind, key, Outcome.UNKNOWN, null, 0, e.toString());
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private String personJson(String number, String given) {
        return toJson(Map.of("identityNumber", number, "givenName", given, "familyName", "Krasch"));
    }

    private String enrolmentJson(String personRef) {
        return toJson(Map.of("personRef", personRef, "programmeId", "kbt-12"));
    }

    /** A personnummer of its own for every write: the birth day is the thread's and the write's number. */
    private static String newNumber(int thread, int n) {
        return personnummerBornOn(LocalDate.of(1940, 1, 1).plusDays(thread * 5000L + n));
    }

    private static boolean everyKindAcknowledged(Queue<Write> writes) {
        Set<Kind> acknowledged = new HashSet<>();
        for (Write w : writes) {
            if (w.outcome() == Outcome.ACKNOWLEDGED) {
                acknowledged.add(w.kind());
            }
        }
        return acknowledged.size() == Kind.values().length;
    }

    // ------------------------------------------------------------------ looking the writes up again

    private Map<Write, Found> find(List<Write> writes, List<String> problems) throws Exception {
        Map<String, JsonNode> units = byField(get(ENHETSCHEF, "/api/housing-support/units?kindId=traningslagenhet"),
                "name");
        Map<String, JsonNode> workPlaces = byField(get(ENHETSCHEF,
                "/api/employment-support/workplaces?kindId=arbetstraning"), "name");
        Map<String, JsonNode> cohorts = byField(get(ENHETSCHEF, "/api/support-groups/cohorts?programmeId=dropp"),
                "place");
        Set<String> waiting = new HashSet<>(byField(get(CHECKER,
                "/api/treatment-plan/programmes/kbt-12/waiting-list"), "personRef").keySet());
        int meetings = writes.stream().filter(w -> w.kind() == Kind.COHORT && w.outcome() == Outcome.ACKNOWLEDGED)
                .mapToInt(Write::parts).max().orElse(-1);

        Map<Write, Found> found = Collections.synchronizedMap(new HashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (Write w : writes) {
                checks.add(pool.submit(() -> found.put(w, switch (w.kind()) {
                    case PERSON_REST, PERSON_SOAP -> findPerson(w.key());
                    case ENROLMENT -> findEnrolment(w, waiting);
                    case HOUSING_UNIT -> unit(units.get(w.key()), w.key());
                    case WORK_PLACE -> workPlace(workPlaces.get(w.key()));
                    case COHORT -> cohort(cohorts.get(w.key()), meetings);
                })));
            }
            for (Future<?> f : checks) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        if (found.size() != writes.size()) {
            problems.add("looked up " + found.size() + " of " + writes.size() + " writes");
        }
        return found;
    }

    /** A person is whole with its CREATE audit row (same transaction). */
    private Found findPerson(String number) {
        Answer a = post(CHECKER, "/api/persons/lookup", toJson(Map.of("identityNumber", number)));
        if (a.status() == 404) {
            return Found.absent();
        }
        if (a.status() != 200) {
            return new Found(true, false, null, "look-up answered " + a.status() + " " + a.body());
        }
        String id = parse(a).get("id").asText();
        boolean audited = false;
        for (JsonNode row : auditOfPerson(id)) {
            audited |= row.get("action").asText().equals("CREATE") && row.get("resource").asText().equals("person/" + id);
        }
        return new Found(true, audited, id, audited ? "" : "no CREATE audit row for person/" + id);
    }

    /**
     * An enrolment is whole with its row, readable, and its CREATE audit row. Its person is its own, so the audit rows
     * of the person and the waiting list (most enrolments wait: the programme has 8 places) find it by person.
     */
    private Found findEnrolment(Write w, Set<String> waiting) {
        String personRef = w.key();
        List<String> audited = new ArrayList<>();
        for (JsonNode row : auditOfPerson(personRef)) {
            String resource = row.get("resource").asText();
            if (row.get("action").asText().equals("CREATE") && resource.startsWith("treatment-plan/enrolment/")) {
                audited.add(resource.substring("treatment-plan/enrolment/".length()));
            }
        }
        Set<String> ids = new HashSet<>(audited);
        if (w.id() != null) {
            ids.add(w.id());
        }
        boolean onWaitingList = waiting.contains(personRef);
        if (ids.isEmpty() && !onWaitingList) {
            return Found.absent();
        }
        List<String> why = new ArrayList<>();
        if (ids.size() > 1 || audited.size() > 1) {
            why.add("more than one enrolment " + ids);
        }
        String present = null;
        for (String id : ids) {
            Answer a = get(CHECKER, "/api/treatment-plan/enrolments/" + id);
            if (a.status() == 200 && parse(a).get("personRef").asText().equals(personRef)) {
                present = id;
            } else {
                why.add("enrolment " + id + " answers " + a.status());
            }
        }
        if (present != null && !audited.contains(present)) {
            why.add("no CREATE audit row for enrolment " + present);
        }
        if (onWaitingList && audited.isEmpty()) {
            why.add("on the waiting list without a CREATE audit row");
        }
        return new Found(present != null || onWaitingList, why.isEmpty(), present, String.join("; ", why));
    }

    private static Found unit(JsonNode u, String name) {
        if (u == null) {
            return Found.absent();
        }
        boolean whole = u.get("places").asInt() == 2 && u.get("address").asText().equals(name + ", Arboga")
                && u.get("landlord").asText().equals("Arbogabost\u00e4der");
        return new Found(true, whole, u.get("id").asText(), whole ? "" : u.toString());
    }

    private static Found workPlace(JsonNode p) {
        if (p == null) {
            return Found.absent();
        }
        JsonNode reservations = p.get("reservations");
        boolean whole = p.get("places").asInt() == 3 && reservations.size() == 1
                && reservations.get(0).get("type").asText().equals("LIGHT")
                && reservations.get(0).get("places").asInt() == 1
                && p.path("supervisor").path("name").asText().equals("Sven Handledare");
        return new Found(true, whole, p.get("id").asText(), whole ? "" : p.toString());
    }

    /** A group round is whole with its leader and the programme's whole calendar of meetings. */
    private static Found cohort(JsonNode c, int meetings) {
        if (c == null) {
            return Found.absent();
        }
        boolean whole = c.get("meetings").size() == meetings && c.get("leaders").size() == 1
                && c.get("leaders").get(0).asText().equals(BEHANDLARE);
        return new Found(true, whole, c.get("id").asText(), whole ? "" : "meetings " + c.get("meetings").size()
                + " of " + meetings + ", leaders " + c.get("leaders"));
    }

    private JsonNode auditOfPerson(String personId) {
        Answer a = post(LOGGRANSKARE, "/api/audit/query", toJson(Map.of("person", personId, "limit", 1000)));
        assertEquals(a.body(), 200, a.status());
        return parse(a);
    }

    /**
     * The other direction: the writers' latest CREATE audit rows (the crash is at their end) each name a record that
     * is there. Answers the rows checked for persons and for enrolments.
     */
    private int[] checkAuditTail(List<String> problems) {
        int[] checked = new int[2];
        for (String user : List.of(HANDLAGGARE, BEHANDLARE)) {
            Answer a = post(LOGGRANSKARE, "/api/audit/query", toJson(Map.of("user", user, "limit", 1000)));
            assertEquals(a.body(), 200, a.status());
            for (JsonNode row : parse(a)) {
                String resource = row.get("resource").asText();
                if (!row.get("action").asText().equals("CREATE")) {
                    continue;
                }
                String path = null;
                if (resource.startsWith("person/")) {
                    path = "/api/persons/" + resource.substring("person/".length());
                    checked[0]++;
                } else if (resource.startsWith("treatment-plan/enrolment/")) {
                    path = "/api/treatment-plan/enrolments/" + resource.substring("treatment-plan/enrolment/".length());
                    checked[1]++;
                }
                if (path != null) {
                    int status = get(CHECKER, path).status();
                    if (status != 200) {
                        problems.add("audit row " + row.get("sequence").asLong() + " (" + resource + ") names a record "
                                + "that answers " + status);
                    }
                }
            }
        }
        return checked;
    }

    private Map<String, JsonNode> byField(Answer a, String field) {
        assertEquals(a.body(), 200, a.status());
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode e : parse(a)) {
            map.put(e.get(field).asText(), e);
        }
        return map;
    }

    // ------------------------------------------------------------------ the report

    private String report(Map<Kind, int[]> figures, double killedAt, long pid, double upAfter, int[] auditTail,
            JsonNode verify, int personAfter, int enrolmentAfter, List<String> problems) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Crash drill on %s: %d writers, SIGKILL of the Karaf JVM (pid %d) after "
                + "%.1f s of writing; health UP again %.1f s after the restart, no manual step%n", database, WRITERS,
                pid, killedAt, upAfter));
        String row = "%-13s %9s %12s %6s %8s %6s %7s %15s %14s%n";
        s.append(String.format(Locale.ROOT, row, "write", "attempted", "acknowledged", "found", "rejected", "failed",
                "unknown", "unknown-present", "unknown-absent"));
        for (Map.Entry<Kind, int[]> e : figures.entrySet()) {
            s.append(line(row, e.getKey().label(), e.getValue()));
        }
        s.append(line(row, "total", total(figures)));
        s.append(String.format(Locale.ROOT, "Writers' latest CREATE audit rows checked against their records: %d "
                + "persons, %d enrolments%n", auditTail[0], auditTail[1]));
        s.append("Audit chain after the restart: ").append(verify.path("valid").asBoolean() ? "valid" : "BROKEN")
                .append(", ").append(verify.path("rowsChecked").asLong()).append(" rows; ")
                .append(verify.path("message").asText()).append('\n');
        s.append("Writes after the restart: person ").append(personAfter).append(", enrolment ").append(enrolmentAfter)
                .append('\n');
        s.append("Problems: ").append(problems.isEmpty() ? "none" : problems.size() + "\n  "
                + String.join("\n  ", problems)).append('\n');
        return s.toString();
    }

    private static String line(String row, String label, int[] k) {
        return String.format(Locale.ROOT, row, label, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7]);
    }

    private static int[] total(Map<Kind, int[]> figures) {
        int[] total = new int[8];
        for (int[] k : figures.values()) {
            for (int i = 0; i < total.length; i++) {
                total[i] += k[i];
            }
        }
        return total;
    }

    // ------------------------------------------------------------------ waiting

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
