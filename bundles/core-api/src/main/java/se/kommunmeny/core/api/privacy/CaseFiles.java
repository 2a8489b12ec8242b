package se.kommunmeny.core.api.privacy;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A generic implementation of {@link PersonRecords}' work over an offering's tables, so that an offering only
 * declares its case files: a root table that names the person, and the tables that depend on it. The offering runs
 * it in its own transaction, on its own persistence unit, through {@link Sql}.
 *
 * <p>Retention works on whole case files (the root row and everything under it): a case file's last entry is the
 * newest of the time columns of its root and its direct children. Time columns may hold epoch milliseconds, SQL
 * dates or timestamps, or ISO dates as text.
 */
public final class CaseFiles {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** Native SQL on the offering's persistence unit, inside the caller's transaction. */
    public interface Sql {
        /** Rows as column → value maps, column names in lower case. */
        List<Map<String, Object>> rows(String sql, Object... params);

        /** Runs an update; the number of rows changed. */
        int update(String sql, Object... params);
    }

    /**
     * A table of a case file.
     *
     * @param name the table
     * @param keyColumn its single-column key, or {@code null} when nothing depends on it
     * @param linkColumn for a root, the column holding the person register's id; for a dependent table, the column
     *        holding its parent's key
     * @param timeColumns the columns that date an entry
     * @param children the tables that depend on this one
     */
    public record Table(String name, String keyColumn, String linkColumn, List<String> timeColumns,
            List<Table> children) {

        public Table {
            check(name);
            if (keyColumn != null) {
                check(keyColumn);
            }
            check(linkColumn);
            timeColumns = List.copyOf(timeColumns);
            timeColumns.forEach(CaseFiles::check);
            children = List.copyOf(children);
            if (!children.isEmpty() && keyColumn == null) {
                throw new IllegalArgumentException(name + " has dependent tables but no key column");
            }
        }

        /** A dependent table without dependents of its own. */
        public static Table of(String name, String linkColumn, String... timeColumns) {
            return new Table(name, null, linkColumn, List.of(timeColumns), List.of());
        }

        /** This table with a key column and dependent tables, deleted before it. */
        public Table with(String keyColumn, Table... dependents) {
            return new Table(name, keyColumn, linkColumn, timeColumns, List.of(dependents));
        }
    }

    /**
     * A record type: the unit that a retention rule names and that is deleted as a whole.
     *
     * @param recordType the name in configuration, e.g. {@code enrolment}
     * @param root the root table; its link column holds the person's id
     */
    public record CaseFile(String recordType, Table root) {
        public CaseFile {
            Objects.requireNonNull(recordType, "recordType");
            if (root.keyColumn() == null) {
                throw new IllegalArgumentException("the root table " + root.name() + " needs a key column");
            }
        }
    }

    private final String offering;
    private final List<CaseFile> caseFiles;

    public CaseFiles(String offering, List<CaseFile> caseFiles) {
        this.offering = Objects.requireNonNull(offering, "offering");
        this.caseFiles = List.copyOf(caseFiles);
    }

    /** The offering's name, as in configuration keys. */
    public String offering() {
        return offering;
    }

    public List<String> recordTypes() {
        return caseFiles.stream().map(CaseFile::recordType).toList();
    }

    /** Every case file of the person, with its dependent records nested by table name. */
    public RecordSection export(Sql sql, String personId) {
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (CaseFile file : caseFiles) {
            Table root = file.root();
            List<Map<String, Object>> rows = sql.rows("SELECT * FROM " + root.name() + " WHERE " + root.linkColumn()
                    + " = ? ORDER BY " + root.keyColumn(), personId);
            records.put(file.recordType(), rows.stream().map(row -> document(sql, root, row)).toList());
        }
        return new RecordSection(offering, records);
    }

    private Map<String, Object> document(Sql sql, Table table, Map<String, Object> row) {
        Map<String, Object> doc = new LinkedHashMap<>();
        row.forEach((column, value) -> doc.put(column, plain(value)));
        for (Table child : table.children()) {
            List<Map<String, Object>> rows = sql.rows("SELECT * FROM " + child.name() + " WHERE "
                    + child.linkColumn() + " = ?", row.get(table.keyColumn()));
            doc.put(child.name(), rows.stream().map(r -> document(sql, child, r)).toList());
        }
        return doc;
    }

    public boolean holds(Sql sql, String personId) {
        for (CaseFile file : caseFiles) {
            Table root = file.root();
            if (!sql.rows("SELECT " + root.keyColumn() + " FROM " + root.name() + " WHERE " + root.linkColumn()
                    + " = ?", personId).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the run's rules; the number of case files deleted (or due) per record type that has a rule, in a map
     * the caller may add to.
     */
    public Map<String, Integer> retain(Sql sql, RetentionRun run) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CaseFile file : caseFiles) {
            RetentionRule rule = run.ruleFor(file.recordType());
            if (rule.anchor() == RetentionRule.Anchor.KEEP) {
                continue;
            }
            List<Object> due = due(sql, file, rule, run);
            if (!run.dryRun()) {
                for (Object key : due) {
                    delete(sql, file.root(), key);
                }
            }
            counts.put(file.recordType(), due.size());
        }
        return counts;
    }

    private List<Object> due(Sql sql, CaseFile file, RetentionRule rule, RetentionRun run) {
        Table root = file.root();
        StringBuilder columns = new StringBuilder(root.keyColumn()).append(", ").append(root.linkColumn());
        root.timeColumns().forEach(c -> columns.append(", ").append(c));
        Map<Object, Instant> anchors = new LinkedHashMap<>();
        Map<Object, String> persons = new LinkedHashMap<>();
        for (Map<String, Object> row : sql.rows("SELECT " + columns + " FROM " + root.name())) {
            Object key = row.get(root.keyColumn());
            Object person = row.get(root.linkColumn());
            persons.put(key, person == null ? null : person.toString());
            Instant anchor = null;
            if (rule.anchor() == RetentionRule.Anchor.AFTER_CREATED) {
                anchor = root.timeColumns().isEmpty() ? null : instant(row.get(root.timeColumns().get(0)));
            } else {
                for (String column : root.timeColumns()) {
                    anchor = latest(anchor, instant(row.get(column)));
                }
            }
            anchors.put(key, anchor);
        }
        if (rule.anchor() == RetentionRule.Anchor.AFTER_LAST_ENTRY) {
            for (Table child : root.children()) {
                for (String column : child.timeColumns()) {
                    for (Map<String, Object> row : sql.rows("SELECT " + child.linkColumn() + " AS k, MAX(" + column
                            + ") AS t FROM " + child.name() + " GROUP BY " + child.linkColumn())) {
                        Object key = row.get("k");
                        if (anchors.containsKey(key)) {
                            anchors.put(key, latest(anchors.get(key), instant(row.get("t"))));
                        }
                    }
                }
            }
        }
        List<Object> due = new ArrayList<>();
        anchors.forEach((key, anchor) -> {
            if (rule.expired(anchor, run.now()) && !run.exempt(persons.get(key))) {
                due.add(key);
            }
        });
        return due;
    }

    /** Deletes a root row and, first, everything that depends on it, depth first. */
    private static void delete(Sql sql, Table root, Object key) {
        for (Table child : root.children()) {
            deleteUnder(sql, child, "?", key);
        }
        sql.update("DELETE FROM " + root.name() + " WHERE " + root.keyColumn() + " = ?", key);
    }

    private static void deleteUnder(Sql sql, Table table, String parentKeys, Object key) {
        for (Table child : table.children()) {
            deleteUnder(sql, child, "SELECT " + table.keyColumn() + " FROM " + table.name() + " WHERE "
                    + table.linkColumn() + " IN (" + parentKeys + ")", key);
        }
        sql.update("DELETE FROM " + table.name() + " WHERE " + table.linkColumn() + " IN (" + parentKeys + ")", key);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The instant a time column's value stands for (a date counts from its start, UTC), or {@code null}. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A value as JSON can carry it: dates as ISO text, large text read out. */
    static Object plain(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) > 0;) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (SQLException | IOException e) {
                return null;
            }
        }
        if (value instanceof byte[]) {
            return null;
        }
        return value;
    }

    static void check(String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
        }
    }

    /**
     * The column names of a row in lower case (Derby reports them in upper case) and without a table qualifier (a
     * JPA provider's row map may key by qualified field).
     */
    public static Map<String, Object> lowerCaseKeys(Map<?, ?> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            String name = k.toString();
            out.put(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), v);
        });
        return out;
    }
}
