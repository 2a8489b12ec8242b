package se.kommunmeny.core.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.internal.backup.DatabaseDigest.TableDigest;

class DatabaseDigestTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** A fresh in-memory Derby database with the given statements run. */
    private static Map<String, TableDigest> digestAfter(List<String> statements) throws SQLException {
        String url = "jdbc:derby:memory:digest" + DATABASES.incrementAndGet() + ";create=true";
        try (Connection connection = DriverManager.getConnection(url); Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE person (id VARCHAR(36) PRIMARY KEY, name VARCHAR(100), note CLOB)");
            s.execute("CREATE TABLE tag (person_id VARCHAR(36), label VARCHAR(20))");
            for (String sql : statements) {
                s.execute(sql);
            }
            return DatabaseDigest.of(connection);
        }
    }

    @Test
    void countsRowsOfEveryTable() throws SQLException {
        Map<String, TableDigest> d = digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', 'x')",
                "INSERT INTO person VALUES ('b', 'Bo', NULL)", "INSERT INTO tag VALUES ('a', 'ny')"));
        assertEquals(List.of("person", "tag"), List.copyOf(d.keySet()));
        assertEquals(2, d.get("person").rows());
        assertEquals(1, d.get("tag").rows());
    }

    @Test
    void theSameContentGivesTheSameChecksumWhateverTheInsertOrder() throws SQLException {
        Map<String, TableDigest> one = digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', 'x')",
                "INSERT INTO person VALUES ('b', 'Bo', NULL)", "INSERT INTO tag VALUES ('a', 'ny')",
                "INSERT INTO tag VALUES ('b', 'gammal')"));
        Map<String, TableDigest> two = digestAfter(List.of("INSERT INTO person VALUES ('b', 'Bo', NULL)",
                "INSERT INTO person VALUES ('a', 'Anna', 'x')", "INSERT INTO tag VALUES ('b', 'gammal')",
                "INSERT INTO tag VALUES ('a', 'ny')"));
        assertEquals(one, two);
    }

    @Test
    void anyChangedValueChangesTheChecksum() throws SQLException {
        String base = "INSERT INTO person VALUES ('a', 'Anna', 'x')";
        TableDigest original = digestAfter(List.of(base)).get("person");
        assertNotEquals(original, digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', 'y')")).get("person"));
        assertNotEquals(original, digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', NULL)")).get("person"));
        assertNotEquals(original, digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', '')")).get("person"));
        // Moving text from one column to the next is a change too.
        assertNotEquals(digestAfter(List.of("INSERT INTO person VALUES ('a', 'Annax', '')")).get("person"),
                digestAfter(List.of("INSERT INTO person VALUES ('a', 'Anna', 'x')")).get("person"));
    }
}
