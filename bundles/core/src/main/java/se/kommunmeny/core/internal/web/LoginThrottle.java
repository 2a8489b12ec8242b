package se.kommunmeny.core.internal.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed logins in a row for one user name, that name is
 * refused without asking the realm for {@link #FIRST_LOCK_SECONDS} seconds, twice as long after each further failure
 * (at most {@link #MAX_LOCK_SECONDS}). A successful login clears the count. Failures are forgotten after
 * {@link #FORGET_SECONDS} seconds without one. Thread-safe; bounded in size.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final long FIRST_LOCK_SECONDS = 30;
    static final long MAX_LOCK_SECONDS = 15 * 60;
    static final long FORGET_SECONDS = 60 * 60;
    private static final int MAX_TRACKED = 10_000;

    private record State(int failures, long lastFailureMillis, long lockedUntilMillis) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    LoginThrottle(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /** Seconds the name is still refused for (0 when it may try). */
    long lockedForSeconds(String user) {
        State s = states.get(key(user));
        if (s == null) {
            return 0;
        }
        long left = s.lockedUntilMillis() - clock.getAsLong();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    /**
     * Records a failed login; returns the seconds the name is now refused for (0 while it has failed fewer than
     * {@link #FREE_FAILURES} times in a row).
     */
    long failed(String user) {
        long now = clock.getAsLong();
        if (states.size() >= MAX_TRACKED) {
            states.values().removeIf(s -> now - s.lastFailureMillis() > FORGET_SECONDS * 1000
                    && s.lockedUntilMillis() <= now);
            if (states.size() >= MAX_TRACKED) {
                states.clear();
            }
        }
        State next = states.compute(key(user), (k, s) -> {
            int failures = s == null || now - s.lastFailureMillis() > FORGET_SECONDS * 1000 ? 1 : s.failures() + 1;
            long lock = 0;
            if (failures >= FREE_FAILURES) {
                int beyond = Math.min(failures - FREE_FAILURES, 10);
                lock = Math.min(FIRST_LOCK_SECONDS << beyond, MAX_LOCK_SECONDS);
            }
            return new State(failures, now, lock == 0 ? 0 : now + lock * 1000);
        });
        return next.lockedUntilMillis() == 0 ? 0 : (next.lockedUntilMillis() - now + 999) / 1000;
    }

    /** Failed logins so far in the current run of failures. */
    int failures(String user) {
        State s = states.get(key(user));
        return s == null ? 0 : s.failures();
    }

    void succeeded(String user) {
        states.remove(key(user));
    }

    private static String key(String user) {
        return user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    }
}
