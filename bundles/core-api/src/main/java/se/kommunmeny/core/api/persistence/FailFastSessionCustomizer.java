package se.kommunmeny.core.api.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes a persistence unit fail at once when the database cannot be reached, instead of EclipseLink's default of
 * retrying a failed query three times, five seconds apart: with the database down, every request would hold its HTTP
 * thread for 15 seconds per query (the menu asks each offering, and took longer than a client waits), and under load
 * the server's threads would run out for everything else, health included. Failing at once, the request is answered
 * 503 with Retry-After; the connection pool validates connections before lending them, so the first request after the
 * database is back gets a working connection. Every persistence unit of the platform names this class:
 * {@code <property name="eclipselink.session.customizer" value="se.kommunmeny.core.api.persistence.FailFastSessionCustomizer"/>}.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
