package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup of a running platform restored into a fresh instance, as the README's "Backup and restore" tells an
 * operator to do it: on embedded Derby the platform's own backup ({@code POST /api/operations/backups}) and
 * {@code kommunmeny-backup.sh restore}; on PostgreSQL {@code kommunmeny-backup.sh pg-backup} (pg_dump) while the
 * platform runs and {@code pg-restore} into a fresh database. The restored instance must give the same row count and
 * checksum for every table as the source at the moment of the backup, its audit chain must verify, and it must take
 * writes. Writes made after the backup are, rightly, not in the restore.
 */
@RunWith(Parameterized.class)
public class BackupRestoreIT extends KommunmenyTestSupport {
    private static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups";
    private static final int ROUNDS = 12;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"derby"}, new Object[] {"postgresql"});
    }

    private final String database;
    private KarafProcess karaf;

    public BackupRestoreIT(String database) {
        this.database = database;
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void aBackupOfARunningPlatformRestoresWithIdenticalCountsAndChecksums() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Path backup = target.resolve("backup-" + database + "-copy");
        KarafProcess.deleteRecursively(backup);
        PostgresServer server = database.equals("postgresql") ? PostgresServer.start() : null;
        KarafProcess source = KarafProcess.unpack(target.resolve("backup-" + database + "-source"), USERS);
        KarafProcess restored = KarafProcess.unpack(target.resolve("backup-" + database + "-restored"), USERS);
        try {
            configure(source, server, PostgresServer.DATABASE);
            karaf = source;
            source.start();
            awaitReadyWithOfferings(source);
            awaitExamples();
            List<String> before = seed("Fore", 0);
            assertFalse(before.isEmpty());

            // ---------------------------------------------------------------- the backup, the platform running
            JsonNode manifest;
            if (server == null) {
                Answer made = post(OPERATOR, "/api/operations/backups", "");
                assertEquals(made.body(), 201, made.status());
                manifest = parse(made);
                Path made0 = source.home().resolve("backups").resolve(manifest.get("name").asText());
                assertTrue(Files.isRegularFile(made0.resolve("manifest.json")));
                assertTrue(Files.isRegularFile(made0.resolve("etc/se.kommunmeny.offerings.cfg")));
                KarafProcess.copyTree(made0, backup);
                // Only the operator may make one.
                assertEquals(403, post(HANDLAGGARE, "/api/operations/backups", "").status());
            } else {
                manifest = parse(get(OPERATOR, "/api/operations/digest"));
                KarafProcess.repositoryScript("kommunmeny-backup.sh", "pg-backup", source.home().toString(),
                        backup.toString());
                Answer refused = post(OPERATOR, "/api/operations/backups", "");
                assertEquals("the platform names pg_dump on PostgreSQL: " + refused.body(), 409, refused.status());
                assertTrue(refused.body(), refused.body().contains("pg_dump"));
            }
            Map<String, String> expected = tables(manifest);
            assertTrue("the backup holds the offerings' tables: " + expected.keySet(),
                    expected.keySet().containsAll(List.of("core_person", "core_audit_log")) && expected.size() > 20);
            // Written after the backup: must not be in the restore.
            List<String> after = seed("Efter", 1);
            assertFalse("the source's content moved on", expected.equals(tables(parse(get(OPERATOR,
                    "/api/operations/digest")))));
            source.stop();

            // ---------------------------------------------------------------- a fresh instance, restored
            if (server == null) {
                KarafProcess.repositoryScript("kommunmeny-backup.sh", "restore", backup.toString(), restored.home().toString());
            } else {
                server.createDatabase("restored");
                configure(restored, server, "restored");
                KarafProcess.repositoryScript("kommunmeny-backup.sh", "pg-restore", backup.toString(),
                        restored.home().toString());
            }
            assertEquals("the configuration came with the backup",
                    Files.readString(source.home().resolve("etc/se.kommunmeny.offerings.cfg")),
                    Files.readString(restored.home().resolve("etc/se.kommunmeny.offerings.cfg")));
            karaf = restored;
            restored.start();
            awaitReadyWithOfferings(restored);
            Map<String, String> actual = tables(parse(get(OPERATOR, "/api/operations/digest")));
            String report = report(expected, actual);
            System.out.println(report);
            Files.writeString(target.resolve("backup-restore-" + database + ".txt"), report, StandardCharsets.UTF_8);
            assertEquals("every table's rows and checksum, restored vs backed up", expected, actual);

            JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
            assertTrue(verify.toString(), verify.get("valid").asBoolean());
            for (String number : before) {
                assertEquals("registered before the backup: " + number, 200, findPerson(number));
            }
            for (String number : after) {
                assertEquals("registered after the backup: " + number, 404, findPerson(number));
            }
            Answer again = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber",
                    personnummerBornOn(LocalDate.of(1931, 3, 3)), "givenName", "Ny", "familyName", "Efter")));
            assertEquals(again.body(), 201, again.status());
        } finally {
            source.stop();
            restored.stop();
            if (server != null) {
                server.stop();
            }
        }
    }

    private void configure(KarafProcess k, PostgresServer server, String pgDatabase) throws IOException {
        k.addBootFeature("kommunmeny-examples");
        if (server != null) {
            k.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig(pgDatabase));
            k.addBootFeature("kommunmeny-db-postgresql");
        }
        k.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
    }

    /** Writes across the offerings over REST and SOAP; returns the identity numbers registered. */
    private List<String> seed(String tag, int batch) {
        List<String> numbers = new ArrayList<>();
        LocalDate firstMeeting = LocalDate.now().plusDays(30);
        for (int n = 0; n < ROUNDS; n++) {
            String number = personnummerBornOn(LocalDate.of(1945, 1, 1).plusDays(batch * 1000L + n));
            Answer person = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number, "givenName",
                    tag, "familyName", "S\u00e4kerhetskopia " + n)));
            assertEquals(person.body(), 201, person.status());
            numbers.add(number);
            String soapNumber = personnummerBornOn(LocalDate.of(1950, 1, 1).plusDays(batch * 1000L + n));
            Answer soap = soap(HANDLAGGARE, "PersonRegister", "<p:registerPerson xmlns:p=\"urn:se:kommunmeny:person:1\">"
                    + "<registration><identityNumber>" + soapNumber + "</identityNumber><givenName>" + tag
                    + "</givenName><familyName>Soap</familyName></registration></p:registerPerson>");
            assertEquals(soap.body(), 200, soap.status());
            numbers.add(soapNumber);
            String personId = parse(person).get("id").asText();
            Answer enrolment = post(BEHANDLARE, "/api/treatment-plan/enrolments",
                    toJson(Map.of("personRef", personId, "programmeId", "kbt-12")));
            assertEquals(enrolment.body(), 201, enrolment.status());
            String name = tag + " " + n;
            assertEquals(201, post(ENHETSCHEF, "/api/housing-support/units", toJson(Map.of("kindId",
                    "traningslagenhet", "name", "Hus " + name, "address", name + ", Arboga", "landlord",
                    "Arbogabost\u00e4der", "places", 2))).status());
            assertEquals(201, post(ENHETSCHEF, "/api/employment-support/workplaces", toJson(Map.of("kindId",
                    "arbetstraning", "name", "Verkstad " + name, "provider", Map.of("kind", "OWN", "name",
                            "Arbetsmarknadsenheten"), "workType", "Snickeri", "places", 3, "reservations",
                    List.of(Map.of("type", "LIGHT", "places", 1)), "supervisor", Map.of("name", "Sven")))).status());
            assertEquals(201, post(ENHETSCHEF, "/api/support-groups/cohorts", toJson(Map.of("programmeId", "dropp",
                    "firstMeeting", firstMeeting.plusDays(n).toString(), "startTime", "17:00", "place", "Lokal " + name,
                    "leaders", List.of(BEHANDLARE), "places", 6))).status());
            // A read: audited, so the access log grows too.
            assertEquals(200, get(HANDLAGGARE, "/api/persons/" + personId).status());
        }
        return numbers;
    }

    private int findPerson(String number) {
        return post(HANDLAGGARE, "/api/persons/lookup", toJson(Map.of("identityNumber", number))).status();
    }

    private static Map<String, String> tables(JsonNode manifest) {
        Map<String, String> tables = new TreeMap<>();
        manifest.get("tables").fields().forEachRemaining(e -> tables.put(e.getKey(),
                e.getValue().get("rows").asLong() + " rows, sha256 " + e.getValue().get("sha256").asText()));
        return tables;
    }

    private String report(Map<String, String> expected, Map<String, String> actual) {
        StringBuilder b = new StringBuilder("Backup and restore on " + database + ": " + expected.size()
                + " tables backed up, " + actual.size() + " restored\n");
        long rows = 0;
        int same = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            rows += Long.parseLong(e.getValue().substring(0, e.getValue().indexOf(' ')));
            boolean equal = e.getValue().equals(actual.get(e.getKey()));
            same += equal ? 1 : 0;
            b.append(String.format("  %-40s %s%s%n", e.getKey(), e.getValue(), equal ? "" : "  <> " + actual.get(e.getKey())));
        }
        b.append(String.format("Rows backed up: %d; tables identical (rows and checksum): %d of %d%n", rows, same,
                expected.size()));
        return b.toString();
    }
}
