package se.kommunmeny.core.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.privacy.CaseFiles.CaseFile;
import se.kommunmeny.core.api.privacy.CaseFiles.Table;

/**
 * The offerings' shared adapter: a subclass that only names its case files and runs work in a resource-local
 * transaction, over a real EclipseLink persistence unit on an in-memory Derby (in an offering, Aries JPA's
 * JpaTemplate runs the work; the native SQL is the same).
 */
class CaseFileRecordsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final long OLD = Instant.parse("2020-01-10T00:00:00Z").toEpochMilli();
    private static final long RECENT = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    private static final CaseFiles FILES = new CaseFiles("demo", List.of(
            new CaseFile("case", new Table("r_case", null, "person_ref", List.of("opened_at"), List.of())
                    .with("id", Table.of("r_note", "case_id", "written_at")))));

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private String url;
    private Connection connection;
    private EntityManagerFactory emf;

    /** What an offering writes: its case files, its schema module, its transactions. */
    private class DemoRecords extends CaseFileRecords {
        DemoRecords() {
            super(FILES, "demo_module");
        }

        @Override
        protected <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:derby:memory:casefilerecords" + System.nanoTime() + ";create=true";
        connection = DriverManager.getConnection(url);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE r_case (id VARCHAR(36) PRIMARY KEY, person_ref VARCHAR(36), opened_at BIGINT, "
                    + "summary CLOB)");
            s.execute("CREATE TABLE r_note (id VARCHAR(36) PRIMARY KEY, case_id VARCHAR(36) REFERENCES r_case(id), "
                    + "text VARCHAR(100), written_at BIGINT)");
        }
        insert("c1", "p1", OLD, OLD);
        insert("c2", "p1", OLD, RECENT);
        insert("c3", "p2", OLD, OLD);
        emf = Persistence.createEntityManagerFactory("case-file-records-test",
                Map.of("javax.persistence.jdbc.url", url));
    }

    @AfterEach
    void close() throws SQLException {
        emf.close();
        connection.close();
    }

    private void insert(String id, String person, long opened, long noteAt) throws SQLException {
        try (PreparedStatement c = connection.prepareStatement("INSERT INTO r_case VALUES (?, ?, ?, ?)");
                PreparedStatement n = connection.prepareStatement("INSERT INTO r_note VALUES (?, ?, ?, ?)")) {
            c.setString(1, id);
            c.setString(2, person);
            c.setLong(3, opened);
            c.setString(4, "summary of " + id);
            c.executeUpdate();
            n.setString(1, id + "-n");
            n.setString(2, id);
            n.setString(3, "note of " + id);
            n.setLong(4, noteAt);
            n.executeUpdate();
        }
    }

    private List<String> ids(String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    @Test
    void theSubclassGivesOnlyItsCaseFilesAndSchemaModule() {
        DemoRecords records = new DemoRecords();
        assertEquals("demo", records.offering());
        assertEquals("demo_module", records.schemaModule());
        assertEquals(List.of("case"), records.recordTypes());
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsThroughTheEntityManagerWithLowerCaseKeysAndPositionalParameters() {
        RecordSection section = new DemoRecords().export("p1");
        assertEquals("demo", section.offering());
        List<Map<String, Object>> cases = section.records().get("case");
        assertEquals(2, cases.size(), cases.toString());
        Map<String, Object> c1 = cases.get(0);
        // Derby names the columns in upper case; the adapter hands them over in lower case.
        assertEquals("c1", c1.get("id"), c1.toString());
        assertEquals("p1", c1.get("person_ref"));
        assertEquals("summary of c1", c1.get("summary"), "a CLOB read out as text");
        assertEquals("note of c1", ((List<Map<String, Object>>) c1.get("r_note")).get(0).get("text"));
        assertTrue(new DemoRecords().export("nobody").records().get("case").isEmpty());
    }

    @Test
    void holdsRecordsOfOnlyThePersonsItHasCaseFilesOf() {
        DemoRecords records = new DemoRecords();
        assertTrue(records.holdsRecordsOf("p2"));
        assertFalse(records.holdsRecordsOf("nobody"));
        assertFalse(records.holdsRecordsOf("p1' OR '1' = '1"), "the reference is a parameter, not SQL");
    }

    @Test
    void appliesRetentionInOneTransactionAndADryRunOnlyCounts() throws SQLException {
        DemoRecords records = new DemoRecords();
        Map<String, RetentionRule> rules = Map.of("case", RetentionRule.parse("P5Y after-last-entry"));
        assertEquals(Map.of("case", 2), records.applyRetention(new RetentionRun(NOW, rules, Set.of(), true)));
        assertEquals(List.of("c1", "c2", "c3"), ids("r_case"));
        assertEquals(Map.of("case", 1), records.applyRetention(new RetentionRun(NOW, rules, Set.of("p2"), false)));
        assertEquals(List.of("c2", "c3"), ids("r_case"), "c2 has a recent note, p2 is exempt");
        assertEquals(List.of("c2-n", "c3-n"), ids("r_note"));
    }

    @Test
    void aSubclassesOwnRetentionWorkSharesTheRunsTransaction() throws SQLException {
        Map<String, RetentionRule> rules = Map.of("case", RetentionRule.parse("P5Y after-last-entry"));
        CaseFileRecords failing = new DemoRecords() {
            @Override
            protected Map<String, Integer> retain(CaseFiles.Sql sql, RetentionRun run) {
                Map<String, Integer> counts = super.retain(sql, run);
                counts.put("extra", sql.update("UPDATE r_note SET text = ? WHERE id = ?", "weeded", "c3-n"));
                throw new IllegalStateException("the offering's own step failed");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> failing.applyRetention(new RetentionRun(NOW, rules, Set.of(), false)));
        assertEquals(List.of("c1", "c2", "c3"), ids("r_case"), "the case files' deletion was rolled back too");

        CaseFileRecords extended = new DemoRecords() {
            @Override
            protected Map<String, Integer> retain(CaseFiles.Sql sql, RetentionRun run) {
                Map<String, Integer> counts = super.retain(sql, run);
                counts.put("extra", sql.update("UPDATE r_note SET text = ? WHERE id = ?", "weeded", "c2-n"));
                return counts;
            }
        };
        Map<String, Integer> counts = new LinkedHashMap<>(
                extended.applyRetention(new RetentionRun(NOW, rules, Set.of(), false)));
        assertEquals(Map.of("case", 2, "extra", 1), counts);
        assertEquals(List.of("c2"), ids("r_case"));
    }
}
