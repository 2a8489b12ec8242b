package se.kommunmeny.regionaloverview.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's state across readings. Thread-safe: concurrent requests for the overview share one reading in
 * flight, and a reading younger than the maximum age is served from memory. It starts from the last good reading in
 * the store (as before a restart: shown stale with the time it was read, until the platform answers) and saves every
 * good reading there, until the platform is removed.
 */
final class PlatformSlot {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformSlot.class);

    private final PlatformSettings settings;
    private final LastGoodStore store;
    private PlatformState state;
    private CompletableFuture<PlatformState> inFlight;
    /** Removed from the overview: a reading that ends now is not saved. */
    private boolean closed;

    PlatformSlot(PlatformSettings settings) {
        this(settings, LastGoodStore.none());
    }

    PlatformSlot(PlatformSettings settings, LastGoodStore store) {
        this.settings = settings;
        this.store = store;
        Reading saved = store.load(settings);
        this.state = new PlatformState(settings, null, saved);
        if (saved != null) {
            LOG.info("Regional overview: platform {} starts from its menu read at {}", settings.id(), saved.at());
        }
    }

    /** The platform is no longer configured: nothing more is saved for it. */
    synchronized void close() {
        closed = true;
    }

    PlatformSettings settings() {
        return settings;
    }

    synchronized PlatformState state() {
        return state;
    }

    /**
     * The state once a reading younger than {@code maxAge} is there: at once when there is one (and {@code force} is
     * not set), else when the reading now under way, or a new one, is done.
     */
    synchronized CompletableFuture<PlatformState> fresh(MenuClient client, Duration timeout, Duration maxAge,
            boolean force, Clock clock) {
        if (!settings.valid()) {
            return CompletableFuture.completedFuture(state);
        }
        if (inFlight != null) {
            return inFlight;
        }
        Reading last = state.lastAttempt();
        Instant now = clock.instant();
        if (!force && last != null && last.at().plus(maxAge).isAfter(now)) {
            return CompletableFuture.completedFuture(state);
        }
        CompletableFuture<PlatformState> started = client.read(settings, timeout).thenApply(this::record);
        if (!started.isDone()) {
            inFlight = started;
        }
        return started;
    }

    private synchronized PlatformState record(Reading reading) {
        Reading before = state.lastAttempt();
        state = state.after(reading);
        inFlight = null;
        if (reading.ok() && !closed) {
            store.save(settings, reading);
        }
        if (!reading.ok() && (before == null || before.ok() || !reading.reason().equals(before.reason()))) {
            LOG.warn("Regional overview: platform {} did not answer: {}", settings.id(), reading.reason());
        } else if (reading.ok() && before != null && !before.ok()) {
            LOG.info("Regional overview: platform {} answers again", settings.id());
        }
        return state;
    }
}
