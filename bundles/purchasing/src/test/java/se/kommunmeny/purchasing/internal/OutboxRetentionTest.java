package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.privacy.CaseFiles;
import se.kommunmeny.core.api.privacy.RetentionRule;
import se.kommunmeny.core.api.privacy.RetentionRun;

/** Purchasing's retention of its case files and federation outbox, on its real migrations in an in-memory Derby. */
class OutboxRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final long OLD = NOW.minus(Duration.ofDays(400)).toEpochMilli();
    private static final long RECENT = NOW.minus(Duration.ofDays(10)).toEpochMilli();
    private static final String ORDER_PAYLOAD = "{\"identityNumber\":\"197001159999\",\"name\":\"Order Person\"}";

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private Connection connection;
    private CaseFiles.Sql sql;
    private long seq;

    @BeforeEach
    void database() throws Exception {
        connection = DriverManager.getConnection("jdbc:derby:memory:outbox" + System.nanoTime() + ";create=true");
        for (String script : List.of("V1__partners_agreements_placements_invoices.sql", "V2__forwarding_cursor.sql",
                "V3__outbox_weeding.sql")) {
            migrate(script);
        }
        sql = new CaseFiles.Sql() {
            @Override
            public List<Map<String, Object>> rows(String statement, Object... params) {
                try (PreparedStatement p = prepare(statement, params); ResultSet rs = p.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            // A CLOB is read out while the result set is open.
                            row.put(rs.getMetaData().getColumnLabel(i), rs.getMetaData().getColumnType(i)
                                    == java.sql.Types.CLOB ? rs.getString(i) : rs.getObject(i));
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
        // p-old: an old placement with old delivered messages; p-new: a recent one; p-sample: old, research sample.
        placement("old", "p-old", OLD);
        placement("new", "p-new", RECENT);
        placement("sample", "p-sample", OLD);
        message("old-order", "old", "ORDER", Outbox.DELIVERED, OLD);
        message("old-extent", "old", "EXTENT", Outbox.DELIVERED, OLD);
        message("new-order", "new", "ORDER", Outbox.DELIVERED, OLD);
        message("new-notice", "new", "NOTICE", Outbox.DELIVERED, RECENT);
        message("new-pending", "new", "EXTENT", Outbox.PENDING, null);
        message("new-rejected", "new", "EXTENT", Outbox.REJECTED, null);
        message("sample-order", "sample", "ORDER", Outbox.DELIVERED, OLD);
        message("invoice", "invoice-1", "INVOICE", Outbox.DELIVERED, RECENT);
    }

    private void migrate(String script) throws IOException, SQLException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/purchasing/" + script);
                Statement s = connection.createStatement()) {
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.trim().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            for (String statement : text.toString().replace("${lob}", "CLOB").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private PreparedStatement prepare(String statement, Object... params) throws SQLException {
        PreparedStatement p = connection.prepareStatement(statement);
        for (int i = 0; i < params.length; i++) {
            p.setObject(i + 1, params[i]);
        }
        return p;
    }

    private void placement(String order, String person, long at) {
        sql.update("INSERT INTO pu_placement (id, side, order_ref, agreement_id, partner_id, person_ref, status, "
                + "start_date, extents, created_by, created_at, version) VALUES (?, 'BUY', ?, 'a', 'partner', ?, "
                + "'STARTED', '2025-01-01', '[]', 'x', ?, 0)", "pl-" + order, order, person, at);
        sql.update("INSERT INTO pu_charge (id, placement_id, charge_day, quantity, recorded_at, recorded_by) VALUES "
                + "(?, ?, '2025-01-01', 1, ?, 'x')", "ch-" + order, "pl-" + order, at);
    }

    private void message(String id, String order, String type, String status, Long deliveredAt) {
        sql.update("INSERT INTO pu_outbox (id, seq, partner_id, order_ref, agreement_number, type, payload, sent_at, "
                + "status, attempts, next_attempt_at, delivered_at) VALUES (?, ?, 'partner', ?, 'A-1', ?, ?, ?, ?, 1, "
                + "0, ?)", id, ++seq, order, type, ORDER_PAYLOAD, Instant.ofEpochMilli(OLD).toString(), status,
                deliveredAt);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private Map<String, Integer> run(Map<String, String> rules, boolean dryRun) {
        Map<String, RetentionRule> parsed = new LinkedHashMap<>();
        rules.forEach((type, rule) -> parsed.put(type, RetentionRule.parse(rule)));
        return OutboxRetention.retain(sql, new RetentionRun(NOW, parsed, Set.of("p-sample"), dryRun),
                OfferingPersonRecords.CASE_FILES::retain);
    }

    /** id → payload, weeded_at, seq, type, order_ref, delivered_at. */
    private Map<String, List<Object>> outbox() {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : sql.rows("SELECT id, payload, weeded_at, seq, type, order_ref, delivered_at "
                + "FROM pu_outbox ORDER BY seq")) {
            List<Object> values = new ArrayList<>();
            values.add(row.get("payload"));
            values.add(row.get("weeded_at"));
            values.add(row.get("seq"));
            values.add(row.get("type"));
            values.add(row.get("order_ref"));
            values.add(row.get("delivered_at"));
            rows.put((String) row.get("id"), values);
        }
        return rows;
    }

    @Test
    void weedsTheDeliveredPayloadsWhoseTimeHasPassedAndKeepsTheirRows() {
        Map<String, List<Object>> before = outbox();
        assertEquals(Map.of("delivered-message", 3), run(Map.of("delivered-message", "P90D after-created"), true),
                "a dry run counts old-order, old-extent, new-order");
        assertEquals(before, outbox(), "a dry run changes nothing");

        assertEquals(Map.of("delivered-message", 3), run(Map.of("delivered-message", "P90D after-created"), false));
        Map<String, List<Object>> after = outbox();
        assertEquals(before.keySet(), after.keySet(), "every row is kept");
        for (String id : List.of("old-order", "old-extent", "new-order")) {
            assertEquals(OutboxRetention.WEEDED_PAYLOAD, after.get(id).get(0), id);
            assertEquals(NOW.toEpochMilli(), ((Number) after.get(id).get(1)).longValue(), id);
            assertEquals(before.get(id).subList(2, 6), after.get(id).subList(2, 6), id + ": seq, type, order, delivery");
        }
        for (String id : List.of("new-notice", "new-pending", "new-rejected", "sample-order", "invoice")) {
            assertEquals(before.get(id), after.get(id), id + " is untouched (recent, not delivered, or exempt)");
        }
        assertEquals(3, sql.rows("SELECT id FROM pu_placement").size(), "no placement is touched without a rule");
        assertEquals(3, sql.rows("SELECT id FROM pu_charge").size());
        assertEquals(Map.of("delivered-message", 0), run(Map.of("delivered-message", "P90D after-created"), false),
                "what was weeded is not counted again");
    }

    @Test
    void aDeletedPlacementTakesItsMessagesAlong() {
        Map<String, List<Object>> before = outbox();
        assertEquals(Map.of("placement", 1), run(Map.of("placement", "P1Y after-last-entry"), true));
        assertEquals(before, outbox(), "a dry run deletes nothing");

        assertEquals(Map.of("placement", 1), run(Map.of("placement", "P1Y after-last-entry"), false));
        Map<String, List<Object>> after = outbox();
        assertEquals(List.of("new-order", "new-notice", "new-pending", "new-rejected", "sample-order", "invoice"),
                List.copyOf(after.keySet()), "the old order's messages are gone with it, the rest untouched");
        after.forEach((id, row) -> assertEquals(before.get(id), row, id));
        assertTrue(sql.rows("SELECT id FROM pu_placement WHERE order_ref = 'old'").isEmpty());
        assertTrue(sql.rows("SELECT id FROM pu_charge WHERE placement_id = 'pl-old'").isEmpty());
    }

    @Test
    void keepAndNoRuleTouchNothing() {
        Map<String, List<Object>> before = outbox();
        assertEquals(Map.of(), run(Map.of("delivered-message", "keep", "placement", "keep"), false));
        assertEquals(Map.of(), run(Map.of(), false));
        assertEquals(before, outbox());
        assertEquals(3, sql.rows("SELECT id FROM pu_placement").size());
    }
}
