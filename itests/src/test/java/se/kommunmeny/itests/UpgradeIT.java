package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrade: a database written by an earlier version of the platform, restored into this build's distribution, is
 * upgraded by installing the new features (each module migrates its own schema on start), and nothing in it changes:
 * every table of the old schema keeps its row count, every person, enrolment and plan the old version answered with
 * is answered with the same values (new fields aside), the audit chain verifies, and the new offerings work beside.
 * The fixtures are in {@code itests/upgrade-fixtures/} (one per version; how each was made is in its manifest and
 * the README there). A fixture holds a Derby database: PostgreSQL runs the same migrations (the upgrade path differs
 * in nothing the platform does), which the offerings' PostgreSQL tests exercise from an empty database.
 */
@RunWith(Parameterized.class)
public class UpgradeIT extends KommunmenyTestSupport {
    private static final Path FIXTURES = Path.of(System.getProperty("user.dir"), "upgrade-fixtures");
    private static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups";

    @Parameters(name = "{0}")
    public static List<Object[]> fixtures() throws IOException {
        List<Object[]> fixtures = new ArrayList<>();
        try (var files = Files.list(FIXTURES)) {
            files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted()
                    .forEach(f -> fixtures.add(new Object[] {f.getFileName().toString().replace(".zip", "")}));
        }
        return fixtures;
    }

    private final String fixture;
    private KarafProcess karaf;

    public UpgradeIT(String fixture) {
        this.fixture = fixture;
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void theNewFeaturesUpgradeTheOldDatabaseAndChangeNothingInIt() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Path work = target.resolve("upgrade-" + fixture);
        KarafProcess.deleteRecursively(work);
        unzip(FIXTURES.resolve(fixture + ".zip"), work);
        Path backup = work.resolve(fixture);
        JsonNode expected = json.readTree(backup.resolve("expected.json").toFile());
        Map<String, Long> before = rowCounts(backup.resolve("kommunmeny"), work.resolve("scratch"));
        assertTrue("the fixture holds data: " + before, before.getOrDefault("core_person", 0L) > 0);

        karaf = KarafProcess.unpack(work.resolve("platform"), USERS);
        try {
            karaf.addBootFeature("kommunmeny-examples");
            KarafProcess.repositoryScript("kommunmeny-backup.sh", "restore", backup.toString(), karaf.home().toString());
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
            karaf.start();
            awaitReadyWithOfferings(karaf);

            // ---------------------------------------------------------------- every old table, every row kept
            JsonNode digest = parse(get(OPERATOR, "/api/operations/digest"));
            List<String> report = new ArrayList<>();
            Map<String, Long> after = new TreeMap<>();
            digest.get("tables").fields().forEachRemaining(e -> after.put(e.getKey(), e.getValue().get("rows").asLong()));
            for (Map.Entry<String, Long> table : before.entrySet()) {
                String name = table.getKey();
                Long now = after.get(name);
                report.add(String.format("  %-34s %6d -> %s", name, table.getValue(), now));
                if (name.startsWith("schema_history_")) {
                    assertTrue(name + " keeps its old migrations", now != null && now >= table.getValue());
                } else {
                    assertEquals("rows of " + name + " after the upgrade", table.getValue(), now);
                }
            }
            for (String added : after.keySet()) {
                if (!before.containsKey(added)) {
                    report.add(String.format("  %-34s    new -> %d", added, after.get(added)));
                }
            }
            String text = "Upgrade of fixture " + fixture + ": " + before.size() + " tables before, " + after.size()
                    + " after\n" + String.join("\n", report) + "\n";
            System.out.println(text);
            Files.writeString(target.resolve("upgrade-" + fixture + ".txt"), text, StandardCharsets.UTF_8);

            // ---------------------------------------------------------------- what the old version answered
            JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
            assertTrue(verify.toString(), verify.get("valid").asBoolean());
            assertTrue("the old audit rows are in the chain", verify.get("rowsChecked").asLong()
                    >= expected.get("audit").get("rowsChecked").asLong());
            for (JsonNode person : expected.get("persons")) {
                assertSameFields(person, parse(get(HANDLAGGARE, "/api/persons/" + person.get("id").asText())));
            }
            for (JsonNode enrolment : expected.get("enrolments")) {
                assertSameFields(enrolment, parse(get(HANDLAGGARE, "/api/treatment-plan/enrolments/"
                        + enrolment.get("id").asText())));
            }
            for (JsonNode plan : expected.get("plans")) {
                String id = plan.get("id").asText();
                ObjectNode old = plan.deepCopy();
                int revisions = old.remove("revisions").asInt();
                assertSameFields(old, parse(get(HANDLAGGARE, "/api/treatment-plan/plans/" + id)));
                assertEquals("revisions of plan " + id, revisions,
                        parse(get(HANDLAGGARE, "/api/treatment-plan/plans/" + id + "/revisions")).size());
            }

            // ---------------------------------------------------------------- and the upgraded platform works
            awaitExamples();
            String personId = expected.get("persons").get(expected.get("persons").size() - 1).get("id").asText();
            Answer enrolment = post(BEHANDLARE, "/api/treatment-plan/enrolments",
                    toJson(Map.of("personRef", personId, "programmeId", "kbt-12")));
            assertEquals(enrolment.body(), 201, enrolment.status());
            Answer unit = post(ENHETSCHEF, "/api/housing-support/units", toJson(Map.of("kindId", "traningslagenhet",
                    "name", "Efter uppgradering", "address", "Storgatan 1, Arboga", "landlord", "Arbogabost\u00e4der",
                    "places", 2)));
            assertEquals(unit.body(), 201, unit.status());
        } finally {
            karaf.stop();
        }
    }

    /** Every field the old version answered with has the same value now; fields added since are not compared. */
    private static void assertSameFields(JsonNode old, JsonNode now) {
        Iterator<Map.Entry<String, JsonNode>> fields = old.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            assertEquals(field.getKey() + " of " + old.get("id"), field.getValue(), now.get(field.getKey()));
        }
    }

    /** Row counts of the fixture's tables, read from a scratch copy (booting a Derby database writes to it). */
    private static Map<String, Long> rowCounts(Path database, Path scratch) throws IOException, SQLException {
        Path copy = scratch.resolve("kommunmeny");
        KarafProcess.copyTree(database, copy);
        Map<String, Long> counts = new TreeMap<>();
        String url = "jdbc:derby:" + copy;
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement s = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        rs.next();
                        counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
                    }
                }
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with SQLState 08006
            }
        }
        return counts;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e; (e = entries.getNextEntry()) != null;) {
                Path to = into.resolve(e.getName()).normalize();
                if (!to.startsWith(into)) {
                    throw new IOException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(entries, to);
                }
            }
        }
    }
}
