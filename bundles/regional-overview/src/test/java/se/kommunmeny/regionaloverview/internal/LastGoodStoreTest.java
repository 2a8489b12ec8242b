package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.component.ComponentConstants;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/** The file store of the platforms' last good menus, on a real file system (a temporary directory). */
class LastGoodStoreTest {
    private static final String PASSWORD = "hemligt-l\u00f6senord-42";
    private static final Instant READ_AT = Instant.parse("2026-11-20T07:15:30.123456Z");

    @TempDir
    Path dir;

    private static PlatformSettings arboga() {
        return PlatformSettings.of("arboga", "http://127.0.0.1:18110/kommunmeny", "lansstyrelsen", PASSWORD,
                "Arboga");
    }

    private LastGoodStore store() {
        return new LastGoodStore(dir.resolve("kommunmeny/county"));
    }

    @Test
    void aSavedReadingIsReadBackAsItWasWithoutCredentials() throws IOException {
        LastGoodStore store = store();
        Reading reading = Reading.ok(READ_AT, Fixtures.menu("arboga.json"));
        store.save(arboga(), reading);

        assertEquals(reading, store.load(arboga()));
        // A district's platform, an entry with unknown values and one without a type or provider kind.
        PlatformMenu mixed = new PlatformMenu(new MunicipalityRef("1980", "V\u00e4ster\u00e5s", "", "SE"), null,
                List.of(new ReadEntry("a", "\u00d6ppen \"mottagning\"", ServiceType.MOTIVATING_ADVISORY,
                        Set.of(TargetGroup.ADULT_MEN, TargetGroup.YOUNG_ADULT_WOMEN), true, null, "", 12,
                        List.of("MI", "KBT"), "Skultuna"),
                        new ReadEntry("b", "b", null, Set.of(), false, ProviderCategory.OTHER_ORGANISATION,
                                "RFHL", null, List.of(), null)));
        PlatformSettings vasteras = PlatformSettings.of("vasteras-skultuna", "https://skultuna.example.se/kommunmeny",
                "lansstyrelsen", PASSWORD, "");
        store.save(vasteras, Reading.ok(READ_AT, mixed));
        assertEquals(Reading.ok(READ_AT, mixed), store.load(vasteras));

        Path file = store.fileOf("arboga");
        assertEquals(dir.resolve("kommunmeny/county/arboga.json"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains(PASSWORD), text);
        assertFalse(text.contains("lansstyrelsen"), text);
        assertTrue(text.contains("\"readAt\" : \"2026-11-20T07:15:30.123456Z\""), text);
        assertTrue(text.contains("http://127.0.0.1:18110/kommunmeny"), text);
    }

    @Test
    void onlyTheOwnerMayReadTheFiles() throws IOException {
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(store.directory())));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(store.fileOf("arboga"))));
    }

    @Test
    void aStoreThatCannotBeWrittenIsLoggedNotThrown() throws IOException {
        // A file where the directory should be: nothing can be created there.
        Files.writeString(dir.resolve("kommunmeny"), "not a directory");
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        assertNull(store.load(arboga()));
        store.removeLeftovers();
        store.forget("arboga");
        assertEquals("not a directory", Files.readString(dir.resolve("kommunmeny")));
    }

    @Test
    void aReadingThatWasNotGoodIsNeverSaved() {
        LastGoodStore store = store();
        store.save(arboga(), Reading.failed(READ_AT, "connection refused"));
        assertFalse(Files.exists(store.fileOf("arboga")));
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        store.save(arboga(), Reading.failed(READ_AT.plusSeconds(60), "HTTP 503"));
        assertEquals(READ_AT, store.load(arboga()).at(), "the good reading stays");
        PlatformSettings invalid = PlatformSettings.of("invalid", "mailto:x@example.se", "u", "p", "");
        store.save(invalid, Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        assertFalse(Files.exists(store.fileOf("invalid")));
    }

    @Test
    void corruptOrForeignFilesAreIgnored() throws IOException {
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        Path file = store.fileOf("arboga");
        String good = Files.readString(file);

        List<String> bad = List.of("", "not json at all", good.substring(0, good.length() / 2), "[1,2,3]", "null",
                good + "{}", good.replace(LastGoodStore.FORMAT, "kommunmeny-county-last-good/99"),
                good.replace("\"id\" : \"arboga\"", "\"id\" : \"koping\""),
                good.replace("2026-11-20T07:15:30.123456Z", "yesterday"),
                good.replace("\"code\" : \"1984\"", "\"code\" : \"\""),
                "{\"format\":\"" + LastGoodStore.FORMAT + "\",\"platform\":{\"id\":\"arboga\",\"url\":"
                        + "\"http://127.0.0.1:18110/kommunmeny\"},\"readAt\":\"2026-11-20T07:15:30Z\",\"menu\":7}",
                "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}");
        for (String content : bad) {
            Files.writeString(file, content);
            assertNull(store.load(arboga()), content);
        }
        // Binary garbage, and a file beyond the limit.
        Files.write(file, new byte[] {(byte) 0xff, 0, (byte) 0xfe, 1, 2});
        assertNull(store.load(arboga()));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(LastGoodStore.MAX_FILE_BYTES + 1);
        }
        assertNull(store.load(arboga()));
        // A directory where the file should be, and no directory at all.
        Files.delete(file);
        Files.createDirectory(file);
        assertNull(store.load(arboga()));
        assertNull(new LastGoodStore(dir.resolve("nowhere")).load(arboga()));

        // The next good reading replaces what was there.
        Files.delete(file);
        Files.writeString(file, "garbage");
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        assertNotNull(store.load(arboga()));
    }

    @Test
    void aMenuReadFromAnotherUrlIsNotShownForTheNewOne() {
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        PlatformSettings moved = PlatformSettings.of("arboga", "https://meny.arboga.se/kommunmeny", "lansstyrelsen",
                PASSWORD, "Arboga");
        assertNull(store.load(moved));
        assertNotNull(store.load(arboga()));
    }

    @Test
    void idsThatAreNoPlainFileNameStayInsideTheDirectory() {
        LastGoodStore store = store();
        for (String id : List.of("../../etc/users", "se.kommunmeny.regionaloverview.platform.1a2b-3c",
                "a/b", ".hidden", "", "x".repeat(300), "\u00e5\u00e4\u00f6")) {
            Path file = store.fileOf(id);
            assertEquals(dir.resolve("kommunmeny/county"), file.getParent(), id);
            assertTrue(file.getFileName().toString().endsWith(".json"), id);
            PlatformSettings s = PlatformSettings.of(id, "http://127.0.0.1:1/kommunmeny", "u", "p", "");
            store.save(s, Reading.ok(READ_AT, Fixtures.menu("skultuna.json")));
            assertEquals(READ_AT, store.load(s).at(), id);
        }
        assertFalse(store.fileOf("a/b").equals(store.fileOf("a_b")));
    }

    @Test
    void aSaveReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        // A reader never sees a half-written file: while one thread saves over and over, every load is complete.
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> failures = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    store.save(arboga(), Reading.ok(READ_AT.plusSeconds(i), Fixtures.menu(i % 2 == 0 ? "arboga.json"
                            : "vasteras.json")));
                }
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                done.set(true);
            }
        });
        writer.start();
        int loads = 0;
        while (!done.get() || loads == 0) {
            Reading r = store.load(arboga());
            assertNotNull(r, "load " + loads);
            assertFalse(r.menu().entries().isEmpty());
            loads++;
        }
        writer.join();
        assertEquals(List.of(), failures);
        assertEquals(READ_AT.plusSeconds(299), store.load(arboga()).at());
        try (Stream<Path> files = Files.list(store.directory())) {
            assertEquals(List.of("arboga.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aTemporaryFileLeftByACrashIsIgnoredAndCleanedAway() throws IOException {
        LastGoodStore store = store();
        store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
        // What a power cut during a save leaves: the old file intact, a partial temporary file beside it.
        Path partial = store.directory().resolve(".arboga.json4711.tmp");
        Files.writeString(partial, "{\"format\":\"" + LastGoodStore.FORMAT + "\",\"platf");
        assertEquals(READ_AT, store.load(arboga()).at());
        store.removeLeftovers();
        assertFalse(Files.exists(partial));
        assertTrue(Files.exists(store.fileOf("arboga")));
    }

    @Test
    void aDeletedConfigurationDeletesTheSavedMenuARestartKeepsIt() {
        String before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", dir.toString());
        try {
            LastGoodStore store = LastGoodStore.inKarafData();
            assertEquals(store().directory(), store.directory());
            store.save(arboga(), Reading.ok(READ_AT, Fixtures.menu("arboga.json")));
            PlatformConfiguration platform = new PlatformConfiguration(arboga());

            platform.deactivate(ComponentConstants.DEACTIVATION_REASON_BUNDLE_STOPPED);
            platform.deactivate(ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_MODIFIED);
            platform.deactivate(ComponentConstants.DEACTIVATION_REASON_DISPOSED);
            assertNotNull(store.load(arboga()), "kept for the next start");

            platform.deactivate(ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED);
            assertFalse(Files.exists(store.fileOf("arboga")));
            assertNull(store.load(arboga()));
        } finally {
            if (before == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", before);
            }
        }
    }
}
