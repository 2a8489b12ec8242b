package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import se.kommunmeny.regionaloverview.internal.Overview.PlatformView;

/** The overview reading real platforms: a small HTTP server on the loopback interface plays them. */
class RegionalOverviewTest {
    private static final String USER = "lansstyrelsen";
    private static final String PASSWORD = "hemligt-l\u00f6senord";

    private HttpServer server;
    private ExecutorService serverThreads;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowArrived = new CountDownLatch(1);
    private final AtomicInteger arbogaReads = new AtomicInteger();
    private volatile int flakyStatus = 200;
    private RegionalOverview overview;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        context("arboga", exchange -> {
            arbogaReads.incrementAndGet();
            return authorised(exchange) ? answer(exchange, 200, Fixtures.bytes("arboga.json")) : answer(exchange, 401,
                    "{\"type\":\"about:blank\"}".getBytes(StandardCharsets.UTF_8));
        });
        context("denied", exchange -> answer(exchange, 401, new byte[0]));
        context("down", exchange -> answer(exchange, 503, "Service Unavailable".getBytes(StandardCharsets.UTF_8)));
        context("garbage", exchange -> answer(exchange, 200, Fixtures.bytes("invalid.json")));
        context("flaky", exchange -> answer(exchange, flakyStatus, Fixtures.bytes("vasteras.json")));
        context("slow", exchange -> {
            slowArrived.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer(exchange, 200, Fixtures.bytes("arboga.json"));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (overview != null) {
            overview.deactivate();
        }
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private interface Handler {
        Void handle(HttpExchange exchange) throws IOException;
    }

    private void context(String name, Handler handler) {
        server.createContext("/" + name + "/kommunmeny/api/menu", exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
    }

    private static boolean authorised(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static Void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return null;
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/kommunmeny";
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private RegionalOverview overview(long timeoutMillis, long maxAgeSeconds) {
        overview = new RegionalOverview(OverviewSettings.of("L\u00e4nsbild", timeoutMillis, maxAgeSeconds),
                Clock.systemUTC());
        return overview;
    }

    private void add(String id, String url) {
        add(id, url, PASSWORD);
    }

    private void add(String id, String url, String password) {
        overview.add(id, PlatformSettings.of(id, url, USER, password, id.toUpperCase()));
    }

    private static Map<String, PlatformView> byId(Overview o) {
        return o.platforms().stream().collect(Collectors.toMap(PlatformView::id, Function.identity()));
    }

    @Test
    void readsEveryPlatformAndSaysWhyOneDidNotAnswer() throws IOException {
        overview(1000, 30);
        add("arboga", url("arboga"));
        add("denied", url("denied"));
        add("down", url("down"));
        add("garbage", url("garbage"));
        add("slow", url("slow"));
        add("closed", "http://127.0.0.1:" + closedPort() + "/kommunmeny");
        add("invalid", "mailto:lan@example.se");

        Overview o = overview.overview(false);
        Map<String, PlatformView> p = byId(o);
        assertEquals("OK", p.get("arboga").status());
        assertEquals(4, p.get("arboga").entries());
        assertNotNull(p.get("arboga").readAt());
        assertEquals("1984", p.get("arboga").municipality().code());
        assertEquals("HTTP 401", p.get("denied").reason());
        assertEquals("HTTP 503", p.get("down").reason());
        assertEquals("invalid JSON", p.get("garbage").reason());
        assertEquals("timeout", p.get("slow").reason());
        assertEquals("connection refused", p.get("closed").reason());
        assertEquals("INVALID_CONFIGURATION", p.get("invalid").status());
        for (String id : List.of("denied", "down", "garbage", "slow", "closed")) {
            assertEquals("UNANSWERED", p.get(id).status(), id);
            assertFalse(p.get(id).stale(), id);
            assertNull(p.get(id).municipality(), id);
        }
        assertEquals(List.of("Arboga"), o.municipalities().stream().map(Overview.MunicipalityView::name).toList());
        assertEquals(6, o.gaps().unanswered().size());
        assertEquals("SLOW", o.gaps().unanswered().stream().filter(u -> u.platform().equals("slow")).findFirst()
                .orElseThrow().municipality(), "a platform that never answered goes by its label");
        assertFalse(o.toString().contains(PASSWORD));
    }

    @Test
    void wrongCredentialsAreRefusedByThePlatform() {
        overview(2000, 30);
        add("arboga", url("arboga"), "fel");
        assertEquals("HTTP 401", overview.overview(false).platforms().get(0).reason());
    }

    @Test
    void aRecentReadingIsServedFromMemoryUnlessRefreshIsAsked() {
        overview(2000, 3600);
        add("arboga", url("arboga"));
        assertEquals("OK", overview.overview(false).platforms().get(0).status());
        assertEquals("OK", overview.overview(false).platforms().get(0).status());
        assertEquals(1, arbogaReads.get());
        overview.overview(true);
        assertEquals(2, arbogaReads.get());
    }

    @Test
    void refreshesBeyondTheMinutesBudgetAreServedFromMemory() {
        overview = new RegionalOverview(OverviewSettings.of("L\u00e4nsbild", 2000, 3600, 3), Clock.systemUTC());
        add("arboga", url("arboga"));
        for (int i = 0; i < 5; i++) {
            assertEquals("OK", overview.overview(true).platforms().get(0).status());
        }
        assertEquals(3, arbogaReads.get(), "three refreshes a minute read the platform, the other two are served");
    }

    @Test
    void withNoMaximumAgeEveryRequestReads() {
        overview(2000, 0);
        add("arboga", url("arboga"));
        overview.overview(false);
        overview.overview(false);
        assertEquals(2, arbogaReads.get());
    }

    @Test
    void aPlatformThatStopsAnsweringKeepsItsLastGoodMenuMarkedStale() {
        overview(2000, 3600);
        add("vasteras", url("flaky"));
        PlatformView first = overview.overview(false).platforms().get(0);
        assertEquals("OK", first.status());

        flakyStatus = 503;
        Overview o = overview.overview(true);
        PlatformView now = o.platforms().get(0);
        assertEquals("UNANSWERED", now.status());
        assertEquals("HTTP 503", now.reason());
        assertTrue(now.stale());
        assertEquals(first.readAt(), now.readAt(), "the time the menu shown was read");
        assertTrue(now.attemptedAt().isAfter(now.readAt()) || now.attemptedAt().equals(now.readAt()));
        assertEquals(1, o.municipalities().size(), "still counted");
        assertTrue(o.municipalities().get(0).stale());
        assertEquals(List.of("V\u00e4ster\u00e5s"), o.summary().stream().filter(s -> s.key().equals("women"))
                .findFirst().orElseThrow().municipalities());

        flakyStatus = 200;
        PlatformView back = overview.overview(true).platforms().get(0);
        assertEquals("OK", back.status());
        assertFalse(back.stale());
    }

    @Test
    void platformsComeAndGoWithTheirConfigurations() {
        overview(2000, 30);
        add("arboga", url("arboga"));
        add("vasteras", url("flaky"));
        assertEquals(2, overview.overview(false).municipalities().size());
        overview.remove("vasteras");
        Overview o = overview.overview(false);
        assertEquals(List.of("arboga"), o.platforms().stream().map(PlatformView::id).toList());
        assertEquals(1, o.municipalities().size());
    }

    @TempDir
    Path data;

    @Test
    void afterARestartAPlatformThatIsDownShowsItsSavedMenuWithTheTimeItWasRead() {
        LastGoodStore store = new LastGoodStore(data.resolve("kommunmeny/county"));
        overview = new RegionalOverview(OverviewSettings.of("L\u00e4nsbild", 2000, 0), Clock.systemUTC(), store);
        add("vasteras", url("flaky"));
        Overview before = overview.overview(false);
        PlatformView read = before.platforms().get(0);
        assertEquals("OK", read.status());
        assertTrue(Files.exists(store.fileOf("vasteras")));

        // The platform goes down; the overview (its bundle, or Karaf) is restarted.
        flakyStatus = 503;
        overview.deactivate();
        overview = new RegionalOverview(OverviewSettings.of("L\u00e4nsbild", 2000, 0), Clock.systemUTC(), store);
        add("vasteras", url("flaky"));
        Overview after = overview.overview(false);
        PlatformView now = after.platforms().get(0);
        assertEquals("UNANSWERED", now.status());
        assertEquals("HTTP 503", now.reason());
        assertTrue(now.stale());
        assertEquals(read.readAt(), now.readAt(), "the time it was read before the restart, not now");
        assertEquals(read.menuReadAt(), now.menuReadAt());
        assertEquals(read.entries(), now.entries());
        assertEquals(read.municipality(), now.municipality());
        assertEquals(before.municipalities().get(0).cells(), after.municipalities().get(0).cells());
        assertEquals(before.summary(), after.summary());
        // The failed attempt did not replace what was saved.
        assertEquals(read.readAt(), store.load(PlatformSettings.of("vasteras", url("flaky"), USER, PASSWORD, ""))
                .at());

        flakyStatus = 200;
        PlatformView back = overview.overview(false).platforms().get(0);
        assertEquals("OK", back.status());
        assertTrue(back.readAt().isAfter(read.readAt()));
        assertEquals(back.readAt(), store.load(PlatformSettings.of("vasteras", url("flaky"), USER, PASSWORD, ""))
                .at(), "the new good reading is saved");
    }

    @Test
    void beforeItsFirstAttemptARestartedPlatformShowsItsSavedMenuAsStale() {
        LastGoodStore store = new LastGoodStore(data.resolve("kommunmeny/county"));
        PlatformSettings arboga = PlatformSettings.of("arboga", url("arboga"), USER, PASSWORD, "");
        java.time.Instant at = java.time.Instant.parse("2026-11-20T07:15:30Z");
        store.save(arboga, Reading.ok(at, Fixtures.menu("arboga.json")));

        PlatformState state = new PlatformSlot(arboga, store).state();
        assertEquals(PlatformState.Status.UNANSWERED, state.status());
        assertEquals("not read yet", state.reason());
        assertTrue(state.stale());
        assertEquals(at, state.lastGood().at());
        assertEquals(Fixtures.menu("arboga.json"), state.lastGood().menu());
        // Another URL under the same id starts from nothing.
        assertNull(new PlatformSlot(PlatformSettings.of("arboga", url("flaky"), USER, PASSWORD, ""), store).state()
                .lastGood());
    }

    @Test
    void aPlatformThatNeverAnsweredHasNoSavedMenuAndARemovedOneIsNotSavedAgain() throws Exception {
        LastGoodStore store = new LastGoodStore(data.resolve("kommunmeny/county"));
        overview = new RegionalOverview(OverviewSettings.of("L\u00e4nsbild", 10_000, 0), Clock.systemUTC(), store);
        add("down", url("down"));
        add("closed", "http://127.0.0.1:" + closedPort() + "/kommunmeny");
        overview.overview(false);
        assertFalse(Files.exists(store.fileOf("down")));
        assertFalse(Files.exists(store.fileOf("closed")));

        // A platform removed while its reading is under way: the menu that arrives afterwards is not saved.
        add("slow", url("slow"));
        Thread reader = new Thread(() -> overview.overview(false));
        reader.start();
        assertTrue(slowArrived.await(10, java.util.concurrent.TimeUnit.SECONDS));
        overview.remove("slow");
        release.countDown();
        reader.join();
        assertFalse(Files.exists(store.fileOf("slow")), "a removed platform is not saved");
        assertEquals(List.of("closed", "down"), overview.overview(false).platforms().stream()
                .map(PlatformView::id).toList());
        // Kept in: the same platform, not removed, is saved.
        add("slow", url("slow"));
        overview.overview(false);
        assertTrue(Files.exists(store.fileOf("slow")));
    }
}
