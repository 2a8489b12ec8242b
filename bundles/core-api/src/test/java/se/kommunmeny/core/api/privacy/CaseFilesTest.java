package se.kommunmeny.core.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.privacy.CaseFiles.CaseFile;
import se.kommunmeny.core.api.privacy.CaseFiles.Table;

/** The generic export and retention over real tables (embedded, in-memory Derby). */
class CaseFilesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final long OLD = Instant.parse("2020-01-10T00:00:00Z").toEpochMilli();
    private static final long RECENT = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();

    private static final CaseFiles FILES = new CaseFiles("demo", List.of(
            new CaseFile("case", new Table("d_case", null, "person_ref", List.of("opened_at"), List.of())
                    .with("id",
                            Table.of("d_note", "case_id", "written_at"),
                            Table.of("d_meeting", "case_id", "held_on").with("id",
                                    Table.of("d_participant", "meeting_id"))))));

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private Connection connection;
    private CaseFiles.Sql sql;

    @BeforeEach
    void database() throws SQLException {
        connection = DriverManager.getConnection("jdbc:derby:memory:casefiles" + System.nanoTime() + ";create=true");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE d_case (id VARCHAR(36) PRIMARY KEY, person_ref VARCHAR(36), opened_at BIGINT)");
            s.execute("CREATE TABLE d_note (id VARCHAR(36) PRIMARY KEY, case_id VARCHAR(36) REFERENCES d_case(id), "
                    + "text VARCHAR(100), written_at BIGINT)");
            s.execute("CREATE TABLE d_meeting (id VARCHAR(36) PRIMARY KEY, case_id VARCHAR(36) REFERENCES d_case(id), "
                    + "held_on DATE)");
            s.execute("CREATE TABLE d_participant (meeting_id VARCHAR(36) REFERENCES d_meeting(id), name VARCHAR(50))");
        }
        sql = new CaseFiles.Sql() {
            @Override
            public List<Map<String, Object>> rows(String statement, Object... params) {
                try (PreparedStatement p = prepare(statement, params); ResultSet rs = p.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                        }
                        rows.add(CaseFiles.lowerCaseKeys(row));
                    }
                    return rows;
                } catch (SQLException e) {
                    throw new IllegalStateException(statement, e);
                }
            }

            @Override
            public int update(String statement, Object... params) {
                try (PreparedStatement p = prepare(statement, params)) {
                    return p.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(statement, e);
                }
            }
        };
        // p1: an old case (expired), and a case opened long ago with a recent note (kept); p2: an old case, exempt.
        insertCase("c1", "p1", OLD, null, LocalDate.of(2020, 2, 1));
        insertCase("c2", "p1", OLD, RECENT, null);
        insertCase("c3", "p2", OLD, null, null);
        insertCase("c4", "p3", RECENT, null, null);
    }

    private PreparedStatement prepare(String statement, Object... params) throws SQLException {
        PreparedStatement p = connection.prepareStatement(statement);
        for (int i = 0; i < params.length; i++) {
            p.setObject(i + 1, params[i]);
        }
        return p;
    }

    private void insertCase(String id, String person, long opened, Long noteAt, LocalDate meeting) {
        sql.update("INSERT INTO d_case VALUES (?, ?, ?)", id, person, opened);
        sql.update("INSERT INTO d_note VALUES (?, ?, ?, ?)", id + "-n", id, "note of " + id,
                noteAt == null ? opened : noteAt);
        if (meeting != null) {
            sql.update("INSERT INTO d_meeting VALUES (?, ?, ?)", id + "-m", id, java.sql.Date.valueOf(meeting));
            sql.update("INSERT INTO d_participant VALUES (?, ?)", id + "-m", "Someone");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private long count(String table) {
        return ((Number) sql.rows("SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    @Test
    void exportNestsDependentRecordsUnderTheirCaseFile() {
        RecordSection section = FILES.export(sql, "p1");
        assertEquals("demo", section.offering());
        List<Map<String, Object>> cases = section.records().get("case");
        assertEquals(2, cases.size());
        Map<String, Object> c1 = cases.get(0);
        assertEquals("c1", c1.get("id"));
        assertEquals("note of c1", ((List<Map<String, Object>>) c1.get("d_note")).get(0).get("text"));
        Map<String, Object> meeting = ((List<Map<String, Object>>) c1.get("d_meeting")).get(0);
        assertEquals("2020-02-01", meeting.get("held_on"));
        assertEquals("Someone", ((List<Map<String, Object>>) meeting.get("d_participant")).get(0).get("name"));
        assertTrue(FILES.export(sql, "nobody").records().get("case").isEmpty());
        assertTrue(FILES.holds(sql, "p1"));
        assertTrue(!FILES.holds(sql, "nobody"));
    }

    @Test
    void dryRunCountsAndDeletesNothing() {
        RetentionRun run = new RetentionRun(NOW, Map.of("case", RetentionRule.parse("P5Y after-last-entry")),
                Set.of("p2"), true);
        assertEquals(Map.of("case", 1), FILES.retain(sql, run));
        assertEquals(4, count("d_case"));
    }

    @Test
    void deletesExpiredCaseFilesWithEverythingUnderThemAndKeepsTheRest() {
        RetentionRun run = new RetentionRun(NOW, Map.of("case", RetentionRule.parse("P5Y after-last-entry")),
                Set.of("p2"), false);
        assertEquals(Map.of("case", 1), FILES.retain(sql, run));
        assertEquals(List.of("c2", "c3", "c4"), sql.rows("SELECT id FROM d_case ORDER BY id").stream()
                .map(r -> r.get("id")).toList(), "c2 has a recent note, c3 is exempt, c4 is recent");
        assertEquals(3, count("d_note"));
        assertEquals(0, count("d_meeting"));
        assertEquals(0, count("d_participant"));
    }

    @Test
    void afterCreatedIgnoresLaterEntriesAndKeepIsNeverDue() {
        RetentionRun created = new RetentionRun(NOW, Map.of("case", new RetentionRule(Period.ofYears(5),
                RetentionRule.Anchor.AFTER_CREATED)), Set.of(), false);
        assertEquals(Map.of("case", 3), FILES.retain(sql, created));
        assertEquals(Map.of(), FILES.retain(sql, new RetentionRun(NOW, Map.of("case", RetentionRule.KEEP),
                Set.of(), false)));
        assertEquals(Map.of(), FILES.retain(sql, new RetentionRun(NOW, Map.of(), Set.of(), false)),
                "no rule, nothing touched");
        assertEquals(1, count("d_case"));
    }

    @Test
    void refusesIdentifiersThatAreNotPlainNames() {
        assertThrows(IllegalArgumentException.class, () -> Table.of("d_case; DROP TABLE x", "id"));
        assertThrows(IllegalArgumentException.class, () -> new CaseFile("x", Table.of("d_case", "person_ref")));
    }
}
