package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The failures that mean "the database cannot be reached", however deeply the layers above wrapped them. */
class DatabaseOutageTest {

    @Test
    void connectionExceptionStatesDeepInTheChain() {
        // As PostgreSQL's driver reports a refused connection (08001) and a connection broken mid-use (08006),
        // wrapped by EclipseLink, JPA and the transaction template.
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        RuntimeException wrapped = new RuntimeException("tx failed",
                new IllegalStateException("persistence", new RuntimeException("database", refused)));
        assertTrue(DatabaseOutage.isCause(wrapped));
        assertTrue(DatabaseOutage.isCause(new SQLException("An I/O error occurred", "08006")));
    }

    @Test
    void serverShuttingDownOrNotYetAccepting() {
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void connectionExceptionClassesAndRefusedSocket() {
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseOutage.isCause(new SQLException("Cannot get a connection", new ConnectException("refused"))));
    }

    @Test
    void chainedSqlExceptions() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("connection lost", "08003"));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(batch)));
    }

    /** Like EclipseLink's DatabaseException: a flag set once it has seen the connection is broken. */
    static final class CommunicationFailure extends RuntimeException {
        private final boolean communication;

        CommunicationFailure(boolean communication, Throwable cause) {
            super("database", cause);
            this.communication = communication;
        }

        public boolean isCommunicationFailure() {
            return communication;
        }
    }

    @Test
    void eclipseLinksCommunicationFailureVerdict() {
        // dbcp2 reports a connection closed under it without an SQLState; EclipseLink has checked and flags it.
        SQLException closed = new SQLException("Connection Pooled connection wrapping physical connection null is closed.");
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new CommunicationFailure(true, closed))));
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new CommunicationFailure(false, closed))));
    }

    @Test
    void otherDatabaseErrorsAreNotOutages() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isCause(new SQLException("syntax", "42601")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void causeCyclesEnd() {
        SQLException a = new SQLException("a", "XX000");
        SQLException b = new SQLException("b", "XX000", a);
        a.setNextException(b);
        assertFalse(DatabaseOutage.isCause(b));
    }
}
