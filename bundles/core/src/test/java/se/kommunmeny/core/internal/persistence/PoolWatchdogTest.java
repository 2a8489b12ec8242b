package se.kommunmeny.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoolWatchdogTest {
    private static final int CHECKS_IN_GRACE = PoolWatchdog.GRACE_SECONDS / PoolWatchdog.CHECK_SECONDS;

    @Test
    void aPoolWithoutItsXaFactoryBesideATransactionManagerIsRestartedOnlyAfterTheGracePeriod() {
        for (int seen = 0; seen < CHECKS_IN_GRACE - 1; seen++) {
            assertFalse(PoolWatchdog.shouldRestart(seen, true, true, false), "after " + seen + " checks");
        }
        assertTrue(PoolWatchdog.shouldRestart(CHECKS_IN_GRACE - 1, true, true, false));
    }

    @Test
    void aNormalOrIncompleteStateIsLeftAlone() {
        int long_ = CHECKS_IN_GRACE * 10;
        assertFalse(PoolWatchdog.shouldRestart(long_, true, true, true), "the XA pool is there");
        assertFalse(PoolWatchdog.shouldRestart(long_, true, false, false), "no transaction manager (yet)");
        assertFalse(PoolWatchdog.shouldRestart(long_, false, true, false), "the pool bundle is not active");
    }
}
