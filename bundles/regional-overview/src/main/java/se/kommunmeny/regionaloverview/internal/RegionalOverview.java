package se.kommunmeny.regionaloverview.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.tls.PartnerTls;

/**
 * The county overview: reads the menus of the configured platforms in parallel (a small bounded pool, a time limit
 * per platform), keeps each platform's last good menu, and builds the picture of the survey from them.
 */
@Component(service = RegionalOverview.class, configurationPid = RegionalOverview.PID)
@Designate(ocd = OverviewConfig.class)
public class RegionalOverview {
    public static final String PID = "se.kommunmeny.regionaloverview";
    private static final Logger LOG = LoggerFactory.getLogger(RegionalOverview.class);
    private static final int THREADS = 4;

    private final Map<Object, PlatformSlot> slots = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final Clock clock;
    private final LastGoodStore store;
    private volatile MenuClient client;
    private volatile OverviewSettings settings;
    /** When the forced refreshes of the last minute were made (oldest first). */
    private final Deque<Instant> refreshes = new ArrayDeque<>();

    @Activate
    public RegionalOverview(OverviewConfig config) {
        this(OverviewSettings.of(config), Clock.systemUTC(), tls(config), LastGoodStore.inKarafData());
    }

    RegionalOverview(OverviewSettings settings, Clock clock) {
        this(settings, clock, PartnerTls.defaults(), LastGoodStore.none());
    }

    RegionalOverview(OverviewSettings settings, Clock clock, LastGoodStore store) {
        this(settings, clock, PartnerTls.defaults(), store);
    }

    RegionalOverview(OverviewSettings settings, Clock clock, PartnerTls tls, LastGoodStore store) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        store.removeLeftovers();
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kommunmeny-regional-overview-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
        this.client = new MenuClient(executor, clock, tls);
    }

    @Modified
    void modified(OverviewConfig config) {
        settings = OverviewSettings.of(config);
        client = new MenuClient(executor, clock, tls(config));
    }

    private static PartnerTls tls(OverviewConfig config) {
        PartnerTls tls = PartnerTls.of(config.tlsKeyStore(), config.tlsKeyStorePassword(), config.tlsTrustStore(),
                config.tlsTrustStorePassword(), Path.of(System.getProperty("karaf.etc", "etc")));
        if (!tls.valid()) {
            LOG.error("No platform is read until the overview's TLS configuration is corrected: {}", tls.problem());
        }
        return tls;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPlatform(PlatformConfiguration platform) {
        add(platform, platform.settings());
    }

    void removePlatform(PlatformConfiguration platform) {
        remove(platform);
    }

    /** Adds a platform under a key of the caller's (the configuration component in OSGi). */
    void add(Object key, PlatformSettings platform) {
        PlatformSlot before = slots.put(key, new PlatformSlot(platform, store));
        if (before != null) {
            before.close();
        }
    }

    void remove(Object key) {
        PlatformSlot slot = slots.remove(key);
        if (slot != null) {
            slot.close();
        }
    }

    public OverviewSettings settings() {
        return settings;
    }

    /**
     * The overview now: every platform whose reading is older than the maximum age (or all, with {@code refresh}, as
     * long as the refreshes of the last minute are within the configured number) is read first, in parallel, each
     * for at most the configured time.
     */
    public Overview overview(boolean refresh) {
        OverviewSettings s = settings;
        boolean force = refresh && refreshAllowed(s.refreshesPerMinute());
        MenuClient client = this.client;
        List<PlatformSlot> current = new ArrayList<>(slots.values());
        List<CompletableFuture<PlatformState>> readings = new ArrayList<>();
        for (PlatformSlot slot : current) {
            readings.add(slot.fresh(client, s.timeout(), s.maxAge(), force, clock));
        }
        try {
            // Each reading ends by itself within the timeout; this only guards against a reading that does not.
            CompletableFuture.allOf(readings.toArray(CompletableFuture[]::new))
                    .get(s.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The states say what is known; a platform still being read shows its previous state.
        }
        List<PlatformState> states = new ArrayList<>();
        for (PlatformSlot slot : current) {
            states.add(slot.state());
        }
        states.sort(Comparator.comparing(p -> p.settings().id()));
        return OverviewBuilder.build(s.title(), clock.instant(), states);
    }

    /** Whether one more forced refresh fits in the last minute's budget; if so, it is counted. */
    private boolean refreshAllowed(int perMinute) {
        Instant now = clock.instant();
        synchronized (refreshes) {
            while (!refreshes.isEmpty() && !refreshes.peekFirst().plusSeconds(60).isAfter(now)) {
                refreshes.removeFirst();
            }
            if (refreshes.size() >= perMinute) {
                return false;
            }
            refreshes.addLast(now);
            return true;
        }
    }
}
