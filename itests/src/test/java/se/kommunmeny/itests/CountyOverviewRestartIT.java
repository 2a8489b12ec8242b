package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The county overview keeps each platform's last good menu across a restart of its Karaf. One distribution, run as an
 * operator runs it ({@code bin/karaf server}), is both the county's overview and the municipality platform it reads
 * (Arboga, with the example CBT programme on its menu): the overview reads that platform's real {@code /api/menu}
 * through a relay of the test's own on loopback, so that the test can take the platform off the network while the
 * same Karaf still runs the overview. Then:
 * <ul>
 * <li>the overview reads the platform, and its last good menu is saved under {@code data/kommunmeny/county/}, without
 * the reader's password;</li>
 * <li>the platform goes down, Karaf is stopped and started again: the overview's first answer shows the platform's
 * menu, stale, with the time it was read before the restart, exactly as it showed it before the restart (JSON and
 * the HTML page), and the failed attempts did not replace the saved file;</li>
 * <li>a corrupt saved file of another platform is logged and ignored, the overview still answers 200;</li>
 * <li>the platform's configuration deleted, its saved menu is deleted too.</li>
 * </ul>
 * Figures go to {@code target/county-restart.txt}.
 */
public class CountyOverviewRestartIT extends KommunmenyTestSupport {
    private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private KarafProcess karaf;
    private final List<String> figures = new ArrayList<>();

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void aPlatformDownDuringARestartIsShownWithItsLastGoodMenuAndItsTime() throws Exception {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "county-restart")
                .toAbsolutePath();
        karaf = KarafProcess.unpack(dir, USERS);
        Relay relay = new Relay(karaf.httpPort());
        try {
            karaf.addBootFeature("kommunmeny-examples");
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan, regional-overview\n");
            // Every request reads the platforms: no menu served from memory, so what is shown is what was read.
            karaf.write("se.kommunmeny.regionaloverview.cfg", "maxAgeSeconds = 0\ntimeoutMillis = 10000\n");
            karaf.write("se.kommunmeny.regionaloverview.platform-arboga.cfg", "url = http://127.0.0.1:"
                    + relay.port() + "/kommunmeny\nuser = " + PARTNER + "\npassword = " + PARTNER + PASSWORD_SUFFIX
                    + "\nlabel = Arboga\n");
            karaf.write("se.kommunmeny.regionaloverview.platform-broken.cfg", "url = http://127.0.0.1:"
                    + closedPort() + "/kommunmeny\nuser = " + PARTNER + "\npassword = x\nlabel = Broken\n");
            Path county = karaf.home().resolve("data/kommunmeny/county");

            long started = System.nanoTime();
            karaf.start();
            awaitReady("first start");
            figures.add(String.format("first start: ready after %.1f s", seconds(started)));

            // ---------------------------------------------------------------- the platform answers
            JsonNode[] read = new JsonNode[1];
            await("the overview with Arboga's menu and its CBT programme", Duration.ofSeconds(120), () -> {
                Answer a = get(OPERATOR, "/api/regional-overview");
                read[0] = a.status() == 200 ? parse(a) : null;
                return read[0] != null && "OK".equals(platform(read[0], "arboga").path("status").asText())
                        && read[0].toString().contains("treatment-plan/kbt-12");
            });
            JsonNode arboga = platform(read[0], "arboga");
            String readAt = arboga.get("readAt").asText();
            int entries = arboga.get("entries").asInt();
            assertTrue(arboga.toString(), entries > 0);
            assertEquals("1984", arboga.get("municipality").get("code").asText());
            Path saved = county.resolve("arboga.json");
            await("the saved menu of the last reading", Duration.ofSeconds(30),
                    () -> Files.exists(saved) && read(saved).contains(readAt));
            String file = read(saved);
            assertTrue(file, file.contains("treatment-plan/kbt-12"));
            assertFalse("no password in " + file, file.contains(PASSWORD_SUFFIX));
            assertFalse(file, file.contains("\"user\""));
            assertFalse("nothing saved for a platform that never answered", Files.exists(county.resolve("broken.json")));
            figures.add("saved: " + saved.getFileName() + ", " + Files.size(saved) + " bytes, " + entries
                    + " entries, read at " + readAt);

            // ---------------------------------------------------------------- the platform goes down
            relay.stop();
            JsonNode down = parse(get(OPERATOR, "/api/regional-overview"));
            JsonNode staleBefore = platform(down, "arboga");
            assertEquals(staleBefore.toString(), "UNANSWERED", staleBefore.get("status").asText());
            assertTrue(staleBefore.get("stale").asBoolean());
            assertEquals(readAt, staleBefore.get("readAt").asText());
            JsonNode municipalityBefore = municipality(down, "1984");

            // ---------------------------------------------------------------- the overview's bundle redeployed
            // Taken off the offerings list (the feature and its bundle uninstalled) and put back, the platform down.
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan\n");
            await("the overview uninstalled", Duration.ofSeconds(120), () -> {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && !a.body().contains("regional-overview");
            });
            assertTrue("kept while the bundle is away", read(saved).contains(readAt));
            started = System.nanoTime();
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan, regional-overview\n");
            awaitReady("after the overview's redeploy");
            JsonNode redeployed = overviewWithPlatforms(2);
            figures.add(String.format("redeploy of the overview: back after %.1f s", seconds(started)));
            assertShownAsBefore(redeployed, readAt, entries, staleBefore, municipalityBefore, "after the redeploy");

            // A corrupt file where the other platform's menu would be.
            Files.writeString(county.resolve("broken.json"), "{\"format\":\"kommunmeny-county-last-good/1\",\"pla");

            // ---------------------------------------------------------------- Karaf restarted, the platform still down
            karaf.stop();
            started = System.nanoTime();
            karaf.start();
            awaitReady("after the restart");
            figures.add(String.format("restart: ready after %.1f s", seconds(started)));

            JsonNode after = overviewWithPlatforms(2);
            JsonNode restarted = platform(after, "arboga");
            assertShownAsBefore(after, readAt, entries, staleBefore, municipalityBefore, "after the restart");
            JsonNode municipalityAfter = municipality(after, "1984");
            figures.add("after the restart: arboga " + restarted.get("status").asText() + " ("
                    + restarted.get("reason").asText() + "), stale, readAt " + restarted.get("readAt").asText()
                    + ", " + restarted.get("entries").asInt() + " entries");

            // The page says the same: the programme in the matrix, marked stale with the time it was read.
            String programme = serviceName(municipalityAfter, "treatment-plan/kbt-12");
            Answer page = get(OPERATOR, "/api/regional-overview/html");
            assertEquals(200, page.status());
            String when = PAGE_TIME.format(Instant.parse(readAt));
            assertTrue(page.body(), page.body().contains(programme));
            assertTrue(when + " in " + page.body(), page.body().contains(when));
            assertTrue(page.body(), page.body().contains("inaktuell"));

            // The failed attempts did not replace what was saved.
            assertTrue(read(saved), read(saved).contains("\"readAt\" : \"" + readAt + "\""));

            // The corrupt file: logged, ignored, and the platform is shown as never read.
            JsonNode broken = platform(after, "broken");
            assertEquals("UNANSWERED", broken.get("status").asText());
            assertFalse(broken.get("stale").asBoolean());
            assertTrue(broken.get("readAt").isNull());
            Path log = karaf.home().resolve("data/log/karaf.log");
            await("the corrupt file and the saved menu in the log", Duration.ofSeconds(30), () -> {
                String text = read(log);
                return text.contains("the saved menu broken.json of platform broken is ignored: not JSON")
                        && text.contains("platform arboga starts from its menu read at " + readAt);
            });

            // ---------------------------------------------------------------- the platform's configuration deleted
            Files.delete(karaf.home().resolve("etc/se.kommunmeny.regionaloverview.platform-arboga.cfg"));
            // The log line follows the deletion (and Karaf's log is written asynchronously): both awaited.
            await("the removed platform's saved menu deleted, and logged", Duration.ofSeconds(60),
                    () -> !Files.exists(saved) && read(karaf.home().resolve("data/log/karaf.log"))
                            .contains("platform arboga removed from the configuration; its saved menu is deleted"));
            figures.add("platform configuration deleted: its saved menu deleted");
            JsonNode without = parse(get(OPERATOR, "/api/regional-overview"));
            assertFalse(without.toString(), without.get("platforms").toString().contains("\"arboga\""));
            assertTrue(Files.exists(county.resolve("broken.json")));
        } finally {
            relay.stop();
            karaf.stop();
            Files.write(Path.of(System.getProperty("project.build.directory", "target"), "county-restart.txt"),
                    figures);
            figures.forEach(System.out::println);
        }
    }

    /**
     * The platform as the overview showed it before the restart: not answering, its menu stale with the time it was
     * read, the municipality's row of the matrix the same.
     */
    private static void assertShownAsBefore(JsonNode overview, String readAt, int entries, JsonNode staleBefore,
            JsonNode municipalityBefore, String when) {
        JsonNode p = platform(overview, "arboga");
        assertEquals(when + ": " + p, "UNANSWERED", p.get("status").asText());
        assertEquals(when, "connection refused", p.get("reason").asText());
        assertTrue(when, p.get("stale").asBoolean());
        assertEquals(when + ": the time it was read before, not now", readAt, p.get("readAt").asText());
        assertEquals(when, staleBefore.get("menuReadAt"), p.get("menuReadAt"));
        assertEquals(when, entries, p.get("entries").asInt());
        assertEquals(when, staleBefore.get("municipality"), p.get("municipality"));
        JsonNode municipality = municipality(overview, "1984");
        assertEquals(when, municipalityBefore, municipality);
        assertTrue(when, municipality.get("stale").asBoolean());
        assertTrue(when, overview.get("gaps").get("unanswered").toString().contains("arboga"));
    }

    /**
     * The overview once it has the platforms: its endpoint and the platforms' configurations reach it a moment after
     * "ready" (no platform is read before).
     */
    private JsonNode overviewWithPlatforms(int platforms) {
        figures.add("overview awaited with " + platforms + " platforms");
        JsonNode[] answered = new JsonNode[1];
        await("the overview with " + platforms + " platforms", Duration.ofSeconds(60), () -> {
            Answer a = get(OPERATOR, "/api/regional-overview");
            answered[0] = a.status() == 200 ? parse(a) : null;
            if (answered[0] != null && !answered[0].has("platforms")) {
                // Not the overview (yet): kept for the figures, so that an odd answer while starting is seen.
                figures.add("an answer of " + a.contentType() + " without platforms while starting: "
                        + a.body().substring(0, Math.min(300, a.body().length())));
                return false;
            }
            return answered[0] != null && answered[0].get("platforms").size() == platforms;
        });
        return answered[0];
    }

    private void awaitReady(String when) {
        // Generous: on the shared build machine a start took up to 240 s under load.
        await("health UP with the treatment plan and the overview, " + when, Duration.ofSeconds(420), () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("console.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("treatment-plan")
                        && a.body().contains("regional-overview");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static JsonNode platform(JsonNode overview, String id) {
        for (JsonNode p : overview.path("platforms")) {
            if (id.equals(p.path("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("no platform " + id + " in " + overview);
    }

    private static JsonNode municipality(JsonNode overview, String code) {
        for (JsonNode m : overview.path("municipalities")) {
            if (code.equals(m.path("code").asText())) {
                return m;
            }
        }
        throw new AssertionError("no municipality " + code + " in " + overview);
    }

    private static String serviceName(JsonNode municipality, String id) {
        for (JsonNode cell : municipality.get("cells")) {
            for (JsonNode s : cell.get("services")) {
                if (id.equals(s.get("id").asText())) {
                    return s.get("name").asText();
                }
            }
        }
        throw new AssertionError("no service " + id + " in " + municipality);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * The municipality platform as the county reaches it: a relay on loopback that passes {@code GET} requests (with
     * their credentials) to the platform and its answers back unchanged. Stopping it takes the platform off the
     * county's network; its port then refuses connections.
     */
    private static final class Relay {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private boolean stopped;

        Relay(int platformPort) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platformPort
                            + exchange.getRequestURI())).timeout(Duration.ofSeconds(30)).GET();
                    for (String header : List.of("Authorization", "Accept")) {
                        String value = exchange.getRequestHeaders().getFirst(header);
                        if (value != null) {
                            request.header(header, value);
                        }
                    }
                    HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    answer.headers().firstValue("Content-Type")
                            .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
                    byte[] body = answer.body();
                    exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
                    if (body.length > 0) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(502, -1);
                } catch (IOException e) {
                    exchange.sendResponseHeaders(502, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            if (!stopped) {
                stopped = true;
                server.stop(0);
                threads.shutdownNow();
            }
        }
    }
}
