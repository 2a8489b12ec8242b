package se.kommunmeny.core.internal.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure whose cause is that the database cannot be reached (stopped, restarting, the network gone),
 * wherever it surfaced: JPA, EclipseLink, the transaction manager or the connection pool wrap the driver's
 * exception, and every offering's request fails the same way. Such a request is answered 503 with Retry-After (REST)
 * or an {@code unavailable} fault with HTTP status 503 (SOAP), not as an internal error: the client may try again and
 * the platform recovers by itself when the database is back (the pool validates connections before lending them).
 */
public final class DatabaseOutage {
    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String CODE = "database-unavailable";
    public static final String TITLE = "Database unavailable";
    public static final String DETAIL = "The database cannot be reached at the moment, so the request was not "
            + "completed. Try again shortly.";

    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {
    }

    /**
     * True when the exception or one of its causes (or chained SQL exceptions) says the connection to the database
     * failed: the JDBC connection exception classes, SQLState class 08 (connection exception), PostgreSQL's 57P01-03
     * (server shutting down, crashed, not yet accepting connections), a refused TCP connection, or EclipseLink's own
     * verdict that the connection failed.
     */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return check(failure, seen, 0);
    }

    /**
     * EclipseLink marks a {@code DatabaseException} as a communication failure when it has checked that the connection
     * it used is broken (a pool may report that as a plain SQLException without SQLState: "Connection … is closed").
     * Read by name, so the core does not depend on EclipseLink's classes.
     */
    static boolean communicationFailure(Throwable t) {
        try {
            java.lang.reflect.Method m = t.getClass().getMethod("isCommunicationFailure");
            return m.getReturnType() == boolean.class && Boolean.TRUE.equals(m.invoke(t));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static boolean check(Throwable t, Set<Throwable> seen, int depth) {
        if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        if (communicationFailure(t)) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            if (check(sql.getNextException(), seen, depth + 1)) {
                return true;
            }
        }
        return check(t.getCause(), seen, depth + 1);
    }
}
