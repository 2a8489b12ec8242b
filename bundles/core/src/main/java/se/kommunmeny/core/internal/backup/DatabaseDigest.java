package se.kommunmeny.core.internal.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts and content checksums of every table in the platform's schema: what a backup holds, and what a restore
 * must give back. A table's checksum is SHA-256 over its rows in primary-key order (all columns in order when it has
 * none), each value written with its length, so that no two different contents give the same input.
 */
public final class DatabaseDigest {

    /** One table: its rows and the checksum of their content. */
    public record TableDigest(long rows, String sha256) {
    }

    private DatabaseDigest() {
    }

    /** Digests every base table of the connection's current schema, by lower-case table name. */
    public static Map<String, TableDigest> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, TableDigest> digests = new TreeMap<>();
        for (String table : tables) {
            digests.put(table.toLowerCase(Locale.ROOT), table(connection, meta, schema, table));
        }
        return digests;
    }

    private static TableDigest table(Connection connection, DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        List<String> order = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            Map<Integer, String> keys = new TreeMap<>();
            while (rs.next()) {
                keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            keys.values().forEach(column -> order.add(quote(column)));
        }
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            String sql = "SELECT * FROM " + quote(table);
            if (order.isEmpty()) {
                // No primary key: every column, in order (CLOB/BLOB columns cannot be sorted on; none of the
                // platform's key-less tables has one).
                try (ResultSet probe = statement.executeQuery(sql + " WHERE 1 = 0")) {
                    ResultSetMetaData columns = probe.getMetaData();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        if (sortable(columns.getColumnType(i))) {
                            order.add(quote(columns.getColumnName(i)));
                        }
                    }
                }
            }
            if (!order.isEmpty()) {
                sql += " ORDER BY " + String.join(", ", order);
            }
            try (ResultSet rs = statement.executeQuery(sql)) {
                ResultSetMetaData columns = rs.getMetaData();
                int count = columns.getColumnCount();
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= count; i++) {
                        byte[] value = value(rs, i, columns.getColumnType(i));
                        if (value == null) {
                            sha.update((byte) 0);
                        } else {
                            sha.update((byte) 1);
                            sha.update(Integer.toString(value.length).getBytes(StandardCharsets.US_ASCII));
                            sha.update((byte) ':');
                            sha.update(value);
                        }
                    }
                    sha.update((byte) '\n');
                }
            }
        }
        return new TableDigest(rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static byte[] value(ResultSet rs, int column, int type) throws SQLException {
        if (type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
            return rs.getBytes(column);
        }
        String text = rs.getString(column);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean sortable(int type) {
        return type != Types.CLOB && type != Types.NCLOB && type != Types.BLOB && type != Types.LONGVARCHAR
                && type != Types.LONGVARBINARY;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
