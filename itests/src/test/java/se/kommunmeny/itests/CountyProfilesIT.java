package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The survey "Vad finns på menyn?" reproduced from running platforms. The documented command {@code run-county.sh}
 * brings up every surveyed municipality's profile, each its own Karaf instance with its own data (Derby files in its
 * own directory), and the county's instance with the overview; the test then checks:
 * <ul>
 * <li>every platform's menu is its municipality's table in the survey, service by service (the extraction in
 * docs/survey-extraction/municipalities.json);</li>
 * <li>the overview's summary counts are the survey's (L1600-L1611) and follow from the menus: a profile's offerings
 * list changed in etc/ changes the menu and the count, and changing it back restores both;</li>
 * <li>a platform that stops answering is reported with the time its menu was last read;</li>
 * <li>the overview page and a Danish menu page render in a real headless browser (Chromium), the matrix cells match
 * the JSON, screenshots are kept in target/county/;</li>
 * <li>the Danish profile (Bornholm) labels its menu in Danish, registers people by CPR number and reaches out after
 * a missed session along the ladder of the Danish guideline 2.8.4.</li>
 * </ul>
 * One test, many Karaf processes: started one after another by the script, about 400 MB each.
 */
public class CountyProfilesIT extends KommunmenyTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path DIR = Path.of(System.getProperty("project.build.directory", "target"), "county")
            .toAbsolutePath();
    private static final String COUNTY = "lan-vastmanland";
    private static final List<String> ROWS = List.of("MOTIVATING_ADVISORY", "TREATING", "MAINTAINING", "WORK_SUPPORT",
            "HOUSING_SUPPORT", "OTHER");
    private static final List<String> COLUMNS = List.of("ADULT_MEN", "ADULT_WOMEN", "YOUNG_ADULT_MEN",
            "YOUNG_ADULT_WOMEN", "RELATIVES_ADULTS", "RELATIVES_CHILDREN");
    /** The survey's summary (seed 004, L1600-L1611): count and municipalities per claim. */
    private static final Map<String, List<String>> SURVEY = Map.of(
            "twelveStep", List.of("Arboga", "Fagersta", "Heby", "Norberg", "Sala", "Skinnskatteberg", "Västerås"),
            "adultRelatives", List.of("Arboga", "Fagersta", "Hallstahammar", "Köping", "Sala", "Skinnskatteberg",
                    "Västerås"),
            "childrensGroups", List.of("Arboga", "Hallstahammar", "Heby", "Kungsör", "Köping", "Sala", "Västerås"),
            "cooperation", List.of("Arboga", "Fagersta", "Kungsör", "Köping", "Norberg", "Skinnskatteberg"),
            "anonymous", List.of("Arboga", "Köping", "Norberg", "Skinnskatteberg", "Västerås"),
            "women", List.of("Köping", "Skinnskatteberg", "Västerås"),
            "youngAdults", List.of(),
            "housingSupport", List.of("Arboga", "Fagersta", "Hallstahammar", "Köping", "Norberg", "Sala", "Surahammar",
                    "Västerås"),
            "employmentSupport", List.of("Fagersta", "Hallstahammar", "Heby", "Köping", "Norberg", "Skinnskatteberg",
                    "Surahammar", "Västerås"));
    /** The survey's numbers as written (Sju, Sju, Sju, Sex, Fem, Tre, Ingen, Åtta, Åtta). */
    private static final Map<String, Integer> SURVEY_COUNTS = Map.of("twelveStep", 7, "adultRelatives", 7,
            "childrensGroups", 7, "cooperation", 6, "anonymous", 5, "women", 3, "youngAdults", 0, "housingSupport", 8,
            "employmentSupport", 8);

    private static int portBase;
    private static boolean started;
    private String current;

    @Override
    protected String base() {
        return current;
    }

    @BeforeClass
    public static void bringUpTheCounty() throws Exception {
        portBase = freePortBase();
        if (Files.exists(DIR)) {
            script("run-county.sh", "stop", DIR.toString());
            deleteTree(DIR);
        }
        started = true;
        // The one documented command: every municipality of the survey, then the county instance.
        String out = script("run-county.sh", "start", DIR.toString());
        assertTrue(out, out.contains("Platforms: 12 answered, 0 did not"));
        // The Danish profile on its own instance, with the test's staff accounts.
        Path bornholm = DIR.resolve("kommun-bornholm");
        script("kommunmeny-instance.sh", "create", bornholm.toString(), "kommun-bornholm", "--http", "--ports",
                Integer.toString(portBase + 900));
        StringBuilder users = new StringBuilder();
        USERS.forEach((user, role) -> users.append(user).append(" = ").append(user).append(PASSWORD_SUFFIX)
                .append(',').append(role).append('\n'));
        Files.writeString(etc(bornholm).resolve("users.properties"), users.toString(),
                java.nio.file.StandardOpenOption.APPEND);
        script("kommunmeny-instance.sh", "start", bornholm.toString());
    }

    @AfterClass
    public static void stopEverything() throws Exception {
        if (started) {
            script("kommunmeny-instance.sh", "stop", DIR.resolve("kommun-bornholm").toString());
            script("run-county.sh", "stop", DIR.toString());
        }
    }

    @Test
    public void theSurveysPictureComesFromTheRunningPlatforms() throws Exception {
        JsonNode extraction = JSON.readTree(ROOT.resolve("docs/survey-extraction/municipalities.json").toFile());

        // ------------------------------------------------------------ every platform's menu is its survey table
        Map<String, Map<String, Integer>> cellsFromMenus = new TreeMap<>();
        for (JsonNode m : extraction.get("municipalities")) {
            String profile = "kommun-" + slug(m.get("name").asText()
                    + (m.get("district").isNull() ? "" : "-" + m.get("district").asText()));
            JsonNode menu = readMenu(profile);
            List<String> expected = new ArrayList<>();
            for (JsonNode s : m.get("services")) {
                expected.add(s.get("name").asText() + " | " + s.get("row").asText() + " | "
                        + new TreeSet<>(strings(s.get("columns"))) + " | " + s.get("anonymous").asBoolean());
            }
            List<String> actual = new ArrayList<>();
            for (JsonNode e : menu.get("entries")) {
                actual.add(e.get("name").asText() + " | " + e.get("type").asText() + " | "
                        + new TreeSet<>(strings(e.get("targetGroups"))) + " | " + e.get("anonymous").asBoolean());
                if (!m.get("district").isNull()) {
                    assertEquals(m.get("district").asText(), e.get("district").asText());
                }
                String municipality = menu.get("municipality").get("name").asText();
                for (String column : strings(e.get("targetGroups"))) {
                    cellsFromMenus.computeIfAbsent(municipality, k -> new TreeMap<>())
                            .merge(e.get("type").asText() + "/" + column, 1, Integer::sum);
                }
            }
            expected.sort(null);
            actual.sort(null);
            assertEquals(profile, expected, actual);
        }
        // A service run by a module carries the survey's own description and provider (Arboga's Dropp with Köping
        // and Kungsör; Västerås' Olivia bought from RFHL with its 14 places).
        JsonNode dropp = entry(readMenu("kommun-arboga"), "support-groups/dropp");
        assertEquals("PARTNER_MUNICIPALITY", dropp.get("provider").get("kind").asText());
        assertTrue(dropp.toString(), dropp.get("provider").get("name").asText().contains("Köping"));
        JsonNode olivia = entry(readMenu("kommun-vasteras"), "treatment-plan/olivia-rfhl");
        assertEquals("PURCHASED", olivia.get("provider").get("kind").asText());
        assertEquals(14, olivia.get("capacity").asInt());

        // ------------------------------------------------------------ the county overview: the survey's summary
        JsonNode overview = overview();
        assertEquals(12, overview.get("platforms").size());
        for (JsonNode p : overview.get("platforms")) {
            assertEquals(p.toString(), "OK", p.get("status").asText());
            assertFalse(p.get("readAt").isNull());
        }
        assertEquals(11, overview.get("municipalities").size());
        JsonNode vasteras = municipality(overview, "1980");
        assertEquals("[\"Skultuna\"]", vasteras.get("districts").toString());
        for (Map.Entry<String, List<String>> claim : SURVEY.entrySet()) {
            JsonNode item = summary(overview, claim.getKey());
            assertEquals(claim.getKey(), (int) SURVEY_COUNTS.get(claim.getKey()), item.get("count").asInt());
            assertEquals(claim.getKey(), claim.getValue(), strings(item.get("municipalities")));
        }
        // The matrix is the menus: every cell's count is the number of services the platforms list there.
        for (JsonNode m : overview.get("municipalities")) {
            Map<String, Integer> fromMenus = cellsFromMenus.getOrDefault(m.get("name").asText(), Map.of());
            assertEquals(36, m.get("cells").size());
            for (JsonNode cell : m.get("cells")) {
                String key = cell.get("row").asText() + "/" + cell.get("column").asText();
                assertEquals(m.get("name").asText() + " " + key, (int) fromMenus.getOrDefault(key, 0),
                        cell.get("services").size());
            }
        }
        // No municipality offers anything for young adults only, nor for children outside the treating row.
        List<String> uncovered = new ArrayList<>();
        overview.get("gaps").get("uncoveredCells").forEach(c -> uncovered.add(c.toString()));
        assertTrue(uncovered.toString(), uncovered.toString().contains("YOUNG_ADULT_MEN"));

        // CSV: one line per municipality, row and column.
        Answer csv = countyGet("/api/regional-overview/csv");
        assertEquals(200, csv.status());
        String[] lines = csv.body().split("\r?\n");
        assertEquals(1 + 11 * 36, lines.length);
        assertTrue(csv.body(), csv.body().contains("1984;Arboga;Behandlande;Anhöriga – Barn;1;Dropp"));

        // ------------------------------------------------------------ the overview page in a real browser
        Path shots = DIR.resolve("screenshots");
        Files.createDirectories(shots);
        String dom = Browser.render(countyUrlWithCredentials("/api/regional-overview/html"),
                shots.resolve("county-overview.png"), 1700, 1500);
        Matcher row = Pattern.compile("<tr data-municipality=\"(\\d+)\">(.*?)</tr>", Pattern.DOTALL).matcher(dom);
        int rows = 0;
        while (row.find()) {
            rows++;
            JsonNode m = municipality(overview, row.group(1));
            Matcher cell = Pattern.compile("<td data-row=\"([A-Z_]+)\" data-column=\"([A-Z_]+)\" data-count=\"(\\d+)\"")
                    .matcher(row.group(2));
            int cells = 0;
            while (cell.find()) {
                cells++;
                assertEquals(m.get("name").asText() + " " + cell.group(1) + "/" + cell.group(2),
                        cell(m, cell.group(1), cell.group(2)).get("services").size(), Integer.parseInt(cell.group(3)));
            }
            assertEquals(36, cells);
        }
        assertEquals(11, rows);
        Matcher twelve = Pattern.compile("<tr data-summary=\"twelveStep\" data-count=\"(\\d+)\"").matcher(dom);
        assertTrue(twelve.find());
        assertEquals("7", twelve.group(1));
        assertTrue(Files.size(shots.resolve("county-overview.png")) > 20_000);

        // ------------------------------------------------------------ change a profile: the overview follows
        Path arbogaOfferings = etc(DIR.resolve("kommun-arboga")).resolve("se.kommunmeny.offerings.cfg");
        String original = Files.readString(arbogaOfferings, StandardCharsets.ISO_8859_1);
        assertTrue(original, original.contains("support-groups"));
        Files.writeString(arbogaOfferings, original.replaceAll("support-groups,\\s*", ""), StandardCharsets.ISO_8859_1);
        await("Arboga without support groups", Duration.ofSeconds(120),
                () -> !readMenu("kommun-arboga").toString().contains("support-groups/dropp"));
        JsonNode changed = overview();
        assertEquals(6, summary(changed, "childrensGroups").get("count").asInt());
        assertFalse(strings(summary(changed, "childrensGroups").get("municipalities")).contains("Arboga"));
        assertEquals(5, summary(changed, "cooperation").get("count").asInt());
        Files.writeString(arbogaOfferings, original, StandardCharsets.ISO_8859_1);
        await("Arboga with support groups again", Duration.ofSeconds(120),
                () -> readMenu("kommun-arboga").toString().contains("support-groups/dropp"));
        JsonNode restored = overview();
        assertEquals(7, summary(restored, "childrensGroups").get("count").asInt());
        assertEquals(6, summary(restored, "cooperation").get("count").asInt());

        // ------------------------------------------------------------ a platform that does not answer
        script("kommunmeny-instance.sh", "stop", DIR.resolve("kommun-kungsor").toString());
        JsonNode without = overview();
        JsonNode kungsor = platform(without, "kungsor");
        assertEquals("UNANSWERED", kungsor.get("status").asText());
        assertTrue(kungsor.toString(), kungsor.get("stale").asBoolean());
        assertFalse(kungsor.get("menuReadAt").isNull());
        assertTrue(without.get("gaps").get("unanswered").toString(), without.get("gaps").get("unanswered").toString()
                .contains("kungsor"));
        // Its last known menu still counts, flagged: Kungsör's Dropp is still among the children's groups.
        assertEquals(7, summary(without, "childrensGroups").get("count").asInt());
        script("kommunmeny-instance.sh", "start", DIR.resolve("kommun-kungsor").toString());
        assertEquals("OK", platform(overview(), "kungsor").get("status").asText());
    }

    @Test
    public void theDanishProfileSpeaksDanishTakesCprNumbersAndReachesOutAsTheGuidelineSays() throws Exception {
        Path bornholm = DIR.resolve("kommun-bornholm");
        current = "http://127.0.0.1:" + (portBase + 900) + "/kommunmeny";
        JsonNode menu = parse(get(OPERATOR, "/api/menu"));
        assertEquals("DK", menu.get("municipality").get("country").asText());
        assertEquals("0400", menu.get("municipality").get("code").asText());
        assertEquals(7, menu.get("entries").size());
        Answer page = get(OPERATOR, "/api/menu/html");
        assertTrue(page.body(), page.body().contains("<html lang=\"da\">")
                && page.body().contains("Hvad er på menuen? Bornholms Regionskommune")
                && page.body().contains(">Pårørende<") && page.body().contains(">Behandlende<"));
        Path shots = DIR.resolve("screenshots");
        Files.createDirectories(shots);
        String dom = Browser.render("http://" + OPERATOR + ":" + OPERATOR + PASSWORD_SUFFIX + "@127.0.0.1:"
                + (portBase + 900) + "/kommunmeny/api/menu/html", shots.resolve("bornholm-menu.png"), 1280, 1000);
        assertTrue(dom.contains("Købt: Sct. Ols") && dom.contains("Unge voksne"));

        // People are registered by CPR number (no check digit since 2007); a malformed one changes nothing.
        Answer bad = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", "320199-1234",
                "givenName", "Ugyldig", "familyName", "Dato")));
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.contentType().contains("problem+json"));
        String cpr = String.format("%02d%02d%02d-%04d", 1 + ThreadLocalRandom.current().nextInt(28),
                1 + ThreadLocalRandom.current().nextInt(12), 60 + ThreadLocalRandom.current().nextInt(30),
                1000 + ThreadLocalRandom.current().nextInt(3000));
        Answer created = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", cpr,
                "givenName", "Mette", "familyName", "Kofoed")));
        assertEquals(created.body(), 201, created.status());
        assertEquals("CPR", parse(created).get("identityType").asText());
        String person = parse(created).get("id").asText();

        // Day treatment bought from Sct. Ols, enrolled under serviceloven § 101 (the Danish default).
        String programme = entry(menu, "treatment-plan/dagbehandling-sct-ols-afd-i-kobenhavn").get("id").asText()
                .substring("treatment-plan/".length());
        LocalDate from = LocalDate.now().minusWeeks(3);
        Answer enrolled = post(HANDLAGGARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef", person,
                "programmeId", programme, "grantedFrom", from.toString())));
        assertEquals(enrolled.body(), 201, enrolled.status());
        assertEquals("SERVICELOVEN", parse(enrolled).get("legalBasis").asText());
        String id = parse(enrolled).get("id").asText();
        String course = "/api/treatment-course/enrolments/" + id;
        assertEquals(200, put(ENHETSCHEF, course + "/practitioners", "{\"practitioners\":[\"" + BEHANDLARE + "\"]}")
                .status());
        assertTrue(parse(post(BEHANDLARE, course + "/calendar", "{}")).get("created").asInt() > 0);
        JsonNode held = null;
        for (JsonNode s : parse(get(BEHANDLARE, course + "/sessions"))) {
            if (LocalDate.parse(s.get("date").asText()).isBefore(LocalDate.now())) {
                held = s;
                break;
            }
        }
        assertNotNull("a session already held", held);
        Answer noShow = put(BEHANDLARE, "/api/treatment-course/sessions/" + held.get("id").asText() + "/attendance",
                toJson(Map.of("status", "NO_SHOW", "version", held.get("version").asLong())));
        assertEquals(noShow.body(), 200, noShow.status());
        // The ladder of guideline 2.8.4 as the profile configures it: text message, letter, home, street.
        List<String> ladder = new ArrayList<>();
        String sessionId = held.get("id").asText();
        for (int level = 1; level <= 4; level++) {
            int wanted = level;
            JsonNode[] found = new JsonNode[1];
            await("outreach level " + level, Duration.ofSeconds(30), () -> {
                for (JsonNode t : parse(get(BEHANDLARE, "/api/treatment-course/outreach?status=OPEN"))) {
                    if (t.get("sessionId").asText().equals(sessionId) && t.get("level").asInt() == wanted) {
                        found[0] = t;
                        return true;
                    }
                }
                return false;
            });
            JsonNode open = found[0];
            ladder.add(open.get("method").asText());
            if (level < 4) {
                JsonNode tried = parse(post(BEHANDLARE, "/api/treatment-course/outreach/" + open.get("id").asText()
                        + "/outcome", "{\"reached\":false,\"note\":\"Ikke truffet\"}"));
                assertEquals("NOT_REACHED", tried.get("status").asText());
            }
        }
        assertEquals(List.of("SMS", "LETTER", "HOME_VISIT", "STREET"), ladder);
    }

    @Test
    public void aMunicipalityNotInTheSurveyIsAddedWithoutABuild() throws Exception {
        // A profile written by hand, a features file dropped into deploy/ of a fresh instance.
        Path tierp = DIR.resolve("kommun-tierp");
        script("kommunmeny-instance.sh", "create", tierp.toString(),
                ROOT.resolve("profiles/examples/kommun-tierp.xml").toString(), "--http", "--ports", Integer.toString(portBase + 920));
        try {
            script("kommunmeny-instance.sh", "start", tierp.toString());
            current = "http://127.0.0.1:" + (portBase + 920) + "/kommunmeny";
            Map<String, String> operator = Map.of("user", "operator", "password", operatorPassword(tierp));
            JsonNode[] menu = new JsonNode[1];
            await("Tierp's menu with its programme", Duration.ofSeconds(120), () -> {
                Answer a = send(HttpRequest.newBuilder(URI.create(current + "/api/menu"))
                        .header("Authorization", basic(operator.get("user"), operator.get("password"))).GET().build());
                menu[0] = a.status() == 200 ? parse(a) : null;
                return menu[0] != null && menu[0].toString().contains("treatment-plan/kbt");
            });
            assertEquals("0360", menu[0].get("municipality").get("code").asText());
            assertEquals("Tierp", menu[0].get("municipality").get("name").asText());
            List<String> ids = new ArrayList<>();
            menu[0].get("entries").forEach(e -> ids.add(e.get("id").asText()));
            ids.sort(null);
            assertEquals(List.of("configured/aa", "configured/anhorigsamtal", "treatment-plan/kbt"), ids);
            assertEquals(8, entry(menu[0], "treatment-plan/kbt").get("capacity").asInt());
            assertTrue(Files.exists(etc(tierp).resolve("se.kommunmeny.treatmentplan.programme-kbt.cfg")));
        } finally {
            script("kommunmeny-instance.sh", "stop", tierp.toString());
        }
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode overview() {
        Answer a = countyGet("/api/regional-overview?refresh=true");
        assertEquals(a.body(), 200, a.status());
        return parse(a);
    }

    private Answer countyGet(String path) {
        Path county = DIR.resolve(COUNTY);
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instanceProperty(county, "http")
                + "/kommunmeny" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic("operator", operatorPassword(county))).GET().build());
    }

    private String countyUrlWithCredentials(String path) throws IOException {
        Path county = DIR.resolve(COUNTY);
        return "http://operator:" + operatorPassword(county) + "@127.0.0.1:" + instanceProperty(county, "http")
                + "/kommunmeny" + path;
    }

    /** A platform's menu, read as the county reads it (the reader account run-county.sh gave it). */
    private JsonNode readMenu(String profile) {
        Path dir = DIR.resolve(profile);
        String password = null;
        try {
            for (String line : Files.readAllLines(DIR.resolve("CREDENTIALS.txt"))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3 && parts[0].equals(profile)) {
                    password = parts[2];
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertNotNull("reader of " + profile, password);
        Answer a = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instanceProperty(dir, "http")
                + "/kommunmeny/api/menu")).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic("lansstyrelsen", password)).GET().build());
        assertEquals(profile + ": " + a.body(), 200, a.status());
        return parse(a);
    }

    private static JsonNode entry(JsonNode menu, String id) {
        for (JsonNode e : menu.get("entries")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + id + " in " + menu);
    }

    private static JsonNode municipality(JsonNode overview, String code) {
        for (JsonNode m : overview.get("municipalities")) {
            if (m.get("code").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no municipality " + code);
    }

    private static JsonNode cell(JsonNode municipality, String row, String column) {
        for (JsonNode c : municipality.get("cells")) {
            if (c.get("row").asText().equals(row) && c.get("column").asText().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + row + "/" + column);
    }

    private static JsonNode summary(JsonNode overview, String key) {
        for (JsonNode s : overview.get("summary")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no summary item " + key);
    }

    private static JsonNode platform(JsonNode overview, String id) {
        for (JsonNode p : overview.get("platforms")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no platform " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The profile name's part as profiles/generate.py makes it. */
    private static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text.toLowerCase().replace("æ", "ae").replace("ø", "o"),
                java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Path etc(Path instance) throws IOException {
        try (var dirs = Files.list(instance)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("kommunmeny-assembly-")).findFirst()
                    .orElseThrow().resolve("etc");
        }
    }

    private static String instanceProperty(Path instance, String key) {
        try {
            for (String line : Files.readAllLines(instance.resolve("instance.properties"))) {
                if (line.startsWith(key + " = ")) {
                    return line.substring(key.length() + 3).trim();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no " + key + " in " + instance);
    }

    private static String operatorPassword(Path instance) {
        try {
            return Files.readString(instance.resolve("CREDENTIALS.txt")).trim().split("\\s+")[1];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one of the repository's scripts with the county's ports; fails with its output if it fails. */
    private static String script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve(name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("KOMMUNMENY_PORT_BASE", Integer.toString(portBase));
        env.put("KOMMUNMENY_JAVA_MAX_MEM", "384M");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish: " + out);
        }
        assertEquals(name + " " + String.join(" ", args) + ":\n" + out, 0, p.exitValue());
        return out;
    }

    /** A base port below the ephemeral range with the 13 × 10 ports the county uses and Bornholm's all free. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + 10 * ThreadLocalRandom.current().nextInt(1000);
            boolean free = true;
            for (int port = base; port < base + 910 && free; port++) {
                if (port % 10 > 3 || (port - base > 130 && port - base < 900)) {
                    continue;
                }
                try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                    s.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new AssertionError("no free range of ports for the county");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
