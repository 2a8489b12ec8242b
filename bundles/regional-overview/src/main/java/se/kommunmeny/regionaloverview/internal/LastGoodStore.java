package se.kommunmeny.regionaloverview.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each platform's last good reading on disk, so that the overview starts from what it last knew after a restart of
 * the bundle or of Karaf: one file per platform in {@code ${karaf.data}/kommunmeny/county/}, named by the platform's
 * id. A file holds the platform's id and URL as configured (never its user or password), when the menu was read, and
 * the menu in the shape of a platform's {@code GET /api/menu}, so that it is read back by the same tolerant parser.
 * <p>
 * Written atomically (a temporary file in the same directory, forced to disk, then moved over the old one), so a
 * crash leaves the previous file or the new one, never half of one. Read defensively: a file that is too large, not
 * JSON, of another format, of another platform or of another URL is logged and ignored, never thrown.
 */
public final class LastGoodStore {
    private static final Logger LOG = LoggerFactory.getLogger(LastGoodStore.class);
    /** The format written, checked on reading: a file of anything else is not ours. */
    static final String FORMAT = "kommunmeny-county-last-good/1";
    /** A county menu is a few hundred entries; a stored one is smaller than the answer it was read from. */
    static final long MAX_FILE_BYTES = MenuClient.MAX_BODY_BYTES;
    private static final String SUFFIX = ".json";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** The same strict, bounded reader as for a platform's answer. */
    private static final ObjectMapper JSON = MenuParser.JSON;

    private final Path dir;

    /** A store in {@code dir}, created when the first reading is saved. */
    public LastGoodStore(Path dir) {
        this.dir = dir;
    }

    /** The store under Karaf's data directory: {@code ${karaf.data}/kommunmeny/county/}. */
    public static LastGoodStore inKarafData() {
        return new LastGoodStore(Path.of(System.getProperty("karaf.data", "data"), "kommunmeny", "county"));
    }

    /** A store that keeps nothing (for tests of the overview without a disk). */
    static LastGoodStore none() {
        return new LastGoodStore(null);
    }

    Path directory() {
        return dir;
    }

    /** The file of that platform: its id when that is a plain file name, else a digest of the id. */
    Path fileOf(String platformId) {
        String id = platformId == null ? "" : platformId;
        String name = PLAIN_ID.matcher(id).matches() && !id.endsWith(TEMP_SUFFIX) ? id : "id-" + digest(id);
        return dir.resolve(name + SUFFIX);
    }

    /**
     * Saves a good reading of that platform, replacing the one before. A reading without a menu is never saved.
     * Failure is logged, never thrown: the overview goes on from memory.
     */
    public void save(PlatformSettings platform, Reading reading) {
        if (dir == null || reading == null || !reading.ok() || !platform.valid()) {
            return;
        }
        Path file = fileOf(platform.id());
        Path temp = null;
        try {
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(platform, reading));
            if (bytes.length > MAX_FILE_BYTES) {
                LOG.warn("Regional overview: the last good menu of platform {} is not saved: {} bytes, more than {}",
                        platform.id(), bytes.length, MAX_FILE_BYTES);
                return;
            }
            createDirectory();
            temp = Files.createTempFile(dir, "." + file.getFileName(), TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Regional overview: the last good menu of platform {} is not saved in {}: {}", platform.id(),
                    dir, e.toString());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left behind: removed at the next start (removeLeftovers).
                }
            }
        }
    }

    /**
     * The last good reading saved for this platform, or {@code null} when there is none that can be used: no file, or
     * a file that is unreadable, too large, not of this format, or of another platform id or URL (logged).
     */
    public Reading load(PlatformSettings platform) {
        if (dir == null || !platform.valid()) {
            return null;
        }
        Path file = fileOf(platform.id());
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return ignored(platform, file, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return ignored(platform, file, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (IOException e) {
                return ignored(platform, file, "not JSON");
            }
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
                return ignored(platform, file, "not a last good menu of this version");
            }
            if (!platform.id().equals(root.path("platform").path("id").asText(null))) {
                return ignored(platform, file, "of another platform");
            }
            if (!platform.url().equals(root.path("platform").path("url").asText(null))) {
                // The configuration now points elsewhere: that menu is not this URL's (replaced at its first answer).
                LOG.info("Regional overview: the saved menu of platform {} was read from another URL; not shown",
                        platform.id());
                return null;
            }
            Instant readAt;
            try {
                readAt = Instant.parse(root.path("readAt").asText(""));
            } catch (DateTimeParseException e) {
                return ignored(platform, file, "no valid readAt");
            }
            JsonNode menu = root.path("menu");
            if (!menu.isObject()) {
                return ignored(platform, file, "no menu");
            }
            try {
                return Reading.ok(readAt, MenuParser.parse(JSON.writeValueAsBytes(menu)));
            } catch (InvalidMenuException e) {
                return ignored(platform, file, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            return ignored(platform, file, e.getClass().getSimpleName());
        }
    }

    /** Removes the platform's file: its configuration was deleted. */
    public void forget(String platformId) {
        if (dir == null) {
            return;
        }
        Path file = fileOf(platformId);
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("Regional overview: platform {} removed from the configuration; its saved menu is deleted",
                        platformId);
            }
        } catch (IOException e) {
            LOG.warn("Regional overview: the saved menu of removed platform {} could not be deleted: {}", platformId,
                    e.toString());
        }
    }

    /** Deletes temporary files a crash during a save left behind. */
    public void removeLeftovers() {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Regional overview: could not clean {}: {}", dir, e.toString());
        }
    }

    private static Reading ignored(PlatformSettings platform, Path file, String why) {
        LOG.warn("Regional overview: the saved menu {} of platform {} is ignored: {}", file.getFileName(),
                platform.id(), why);
        return null;
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory keeps the data directory's permissions.
        }
    }

    /** The reading as the file holds it; the menu in the shape of {@code GET /api/menu}. */
    static ObjectNode toJson(PlatformSettings platform, Reading reading) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode p = root.putObject("platform");
        p.put("id", platform.id());
        p.put("url", platform.url());
        root.put("readAt", reading.at().toString());
        PlatformMenu menu = reading.menu();
        ObjectNode m = root.putObject("menu");
        ObjectNode municipality = m.putObject("municipality");
        municipality.put("code", menu.municipality().code());
        municipality.put("name", menu.municipality().name());
        municipality.put("county", menu.municipality().county());
        municipality.put("country", menu.municipality().country());
        m.put("readAt", menu.menuReadAt() == null ? null : menu.menuReadAt().toString());
        ArrayNode entries = m.putArray("entries");
        for (ReadEntry e : menu.entries()) {
            ObjectNode entry = entries.addObject();
            entry.put("id", e.id());
            entry.put("name", e.name());
            entry.put("type", e.type() == null ? null : e.type().name());
            ArrayNode groups = entry.putArray("targetGroups");
            e.targetGroups().stream().map(Enum::name).sorted().forEach(groups::add);
            entry.put("anonymous", e.anonymous());
            ObjectNode provider = entry.putObject("provider");
            provider.put("kind", e.providerKind() == null ? null : e.providerKind().name());
            provider.put("name", e.providerName());
            entry.put("capacity", e.capacity());
            ArrayNode methods = entry.putArray("methods");
            e.methods().forEach(methods::add);
            entry.put("district", e.district());
        }
        return root;
    }

    private static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
