package se.kommunmeny.core.internal.persistence;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps pax-jdbc's XA connection pool bound to the transaction manager that is there.
 *
 * <p>pax-jdbc's pool bundle tracks one {@code javax.transaction.TransactionManager}: when two are registered at once
 * (the transaction manager being replaced while it takes its configuration at boot) it keeps the first, and when
 * that one goes it withdraws its XA pool factory and never takes the one that remains. The platform's DataSource
 * (XA, through that factory) is then gone until a restart, and every offering with it. This watchdog notices the
 * state — a transaction manager present, no XA pool factory — for {@link #GRACE_SECONDS} seconds in a row, and starts
 * the pool bundle again (stop and start, no refresh), which makes it track the transaction manager that is there.
 * It logs what it did; it does nothing while the state is normal or while the pool bundle is absent.
 */
@Component(immediate = true)
public class PoolWatchdog {
    static final String POOL_BUNDLE = "org.ops4j.pax.jdbc.pool.dbcp2";
    static final String TRANSACTION_MANAGER = "(objectClass=javax.transaction.TransactionManager)";
    static final String XA_POOL_FACTORY =
            "(&(objectClass=org.ops4j.pax.jdbc.pool.common.PooledDataSourceFactory)(xa=true))";
    static final int GRACE_SECONDS = 10;
    static final int CHECK_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PoolWatchdog.class);

    private final BundleContext context;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kommunmeny-pool-watchdog");
        t.setDaemon(true);
        return t;
    });
    private int unboundChecks;

    @Activate
    public PoolWatchdog(BundleContext context) {
        this.context = context;
        executor.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** What to do after one more look at the services: nothing, or restart the pool bundle. */
    static boolean shouldRestart(int unboundChecksSoFar, boolean poolActive, boolean transactionManager,
            boolean xaFactory) {
        return poolActive && transactionManager && !xaFactory
                && (unboundChecksSoFar + 1) * CHECK_SECONDS >= GRACE_SECONDS;
    }

    private void check() {
        try {
            Bundle pool = poolBundle();
            boolean active = pool != null && pool.getState() == Bundle.ACTIVE;
            boolean tm = present(TRANSACTION_MANAGER);
            boolean xa = present(XA_POOL_FACTORY);
            if (!active || !tm || xa) {
                unboundChecks = 0;
                return;
            }
            if (shouldRestart(unboundChecks, active, tm, xa)) {
                unboundChecks = 0;
                LOG.warn("The connection pool ({}) lost its transaction manager and offers no XA pool although one is "
                        + "registered; starting the pool bundle again so that it takes the transaction manager that "
                        + "is there", POOL_BUNDLE);
                pool.stop(Bundle.STOP_TRANSIENT);
                pool.start(Bundle.START_TRANSIENT);
                LOG.info("Connection pool bundle started again; XA pool present: {}", present(XA_POOL_FACTORY));
            } else {
                unboundChecks++;
            }
        } catch (BundleException | RuntimeException e) {
            LOG.warn("Connection pool watchdog: {}", e.toString());
        }
    }

    private Bundle poolBundle() {
        for (Bundle b : context.getBundles()) {
            if (POOL_BUNDLE.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private boolean present(String filter) {
        try {
            return context.getAllServiceReferences(null, filter) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
