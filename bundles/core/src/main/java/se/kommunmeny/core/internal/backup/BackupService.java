package se.kommunmeny.core.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.UnavailableException;
import se.kommunmeny.core.internal.backup.DatabaseDigest.TableDigest;

/**
 * Backups of a running platform. On embedded Derby the platform makes the backup itself: Derby's online backup
 * (transaction-consistent while writes go on), the instance's own configuration beside it, and a manifest with
 * every table's row count and checksum taken from the backup copy itself, booted on the side — so the manifest says
 * what a restore of exactly this backup gives. On PostgreSQL the database server's own tool makes the backup
 * ({@code pg_dump}); the platform gives the digest to compare a restore against.
 */
@Component(service = BackupService.class, configurationPid = "se.kommunmeny.backup",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BackupService.Config.class)
public class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /**
     * The instance's own configuration that a restore needs beside the data (relative to karaf.etc): accounts and
     * boot features. Not the data source's configuration: where the database lies is the new instance's own.
     */
    private static final List<String> ETC_FILES = List.of("users.properties", "org.apache.karaf.features.cfg");

    @ObjectClassDefinition(name = "Kommunmeny backups")
    public @interface Config {
        @AttributeDefinition(description = "Directory the platform writes Derby backups to; relative to karaf.base")
        String directory() default "backups";
    }

    /** What a backup or a digest tells the operator. */
    public record Manifest(String name, String directory, String database, String created,
            Map<String, TableDigest> tables, List<String> configuration) {
    }

    private final DataSource dataSource;
    private final Path directory;
    private final Path etc;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jdbc.driver.name=derby)")
    private volatile DataSourceFactory derby;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Activate
    public BackupService(@Reference(target = "(osgi.jndi.service.name=kommunmeny)") DataSource dataSource,
            BundleContext context, Config config) {
        this.dataSource = dataSource;
        Path base = Path.of(property(context, "karaf.base", "."));
        this.directory = base.resolve(config.directory()).normalize();
        this.etc = Path.of(property(context, "karaf.etc", base.resolve("etc").toString()));
    }

    private static String property(BundleContext context, String key, String fallback) {
        String value = context.getProperty(key);
        return value == null ? fallback : value;
    }

    /** The database in use: {@code derby} or {@code postgresql}. */
    public String database() {
        try (Connection connection = dataSource.getConnection()) {
            return vendor(connection);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Counts and checksums of every table of the live database, read in one repeatable-read transaction. */
    public Manifest digest() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<String, TableDigest> tables = DatabaseDigest.of(connection);
                return new Manifest(null, null, vendor(connection), now(), tables, List.of());
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Makes a backup into a new directory under the configured one and returns its manifest. Derby only: on
     * PostgreSQL a conflict that names the right tool.
     */
    public synchronized Manifest backup() {
        String vendor = database();
        if (!"derby".equals(vendor)) {
            throw new ConflictException("The platform's database is " + vendor + ": back it up with the database "
                    + "server's own tool (pg_dump, see the README's \"Backup and restore\") and compare a restore "
                    + "with GET /api/operations/digest");
        }
        DataSourceFactory factory = derby;
        if (factory == null) {
            throw new UnavailableException("The Derby driver is not available to verify the backup");
        }
        String name = NAME.format(Instant.now());
        Path target = directory.resolve(name);
        try {
            createPrivateDirectories(directory);
            if (Files.exists(target)) {
                throw new ConflictException("A backup named " + name + " exists already: try again in a second");
            }
            createPrivateDirectories(target);
            try (Connection connection = dataSource.getConnection();
                    CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
            Path database = onlyDatabaseIn(target);
            Map<String, TableDigest> tables = digestOfCopy(factory, database, target.resolve(".verify"));
            List<String> configuration = copyConfiguration(target.resolve("etc"));
            Manifest manifest = new Manifest(name, database.getFileName().toString(), vendor, now(), tables,
                    configuration);
            json.writeValue(target.resolve("manifest.json").toFile(), manifest);
            long rows = tables.values().stream().mapToLong(TableDigest::rows).sum();
            LOG.info("Backup {} written to {}: {} tables, {} rows, {} configuration files", name, target,
                    tables.size(), rows, configuration.size());
            return manifest;
        } catch (SQLException e) {
            deleteQuietly(target);
            throw unavailable(e);
        } catch (IOException e) {
            deleteQuietly(target);
            LOG.error("Backup {} could not be written to {}", name, target, e);
            throw new UnavailableException("The backup could not be written to the backup directory: "
                    + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** The backup's database, booted from a scratch copy (booting runs Derby's recovery, which writes). */
    private Map<String, TableDigest> digestOfCopy(DataSourceFactory factory, Path database, Path scratch)
            throws IOException, SQLException {
        Path copy = scratch.resolve(database.getFileName());
        copyTree(database, copy);
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_DATABASE_NAME, copy.toString());
        try {
            DataSource side = factory.createDataSource(properties);
            try (Connection connection = side.getConnection()) {
                return DatabaseDigest.of(connection);
            }
        } finally {
            shutdown(factory, copy);
            deleteQuietly(scratch);
        }
    }

    private static void shutdown(DataSourceFactory factory, Path database) {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_DATABASE_NAME, database.toString());
        properties.setProperty("shutdownDatabase", "shutdown");
        try (Connection ignored = factory.createDataSource(properties).getConnection()) {
            LOG.warn("The verification copy {} did not shut down", database);
        } catch (SQLException expected) {
            // Derby answers a shutdown with SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                LOG.warn("Shutting down the verification copy {}: {}", database, expected.getMessage());
            }
        }
    }

    private List<String> copyConfiguration(Path target) throws IOException {
        List<String> copied = new ArrayList<>();
        createPrivateDirectories(target);
        try (DirectoryStream<Path> own = Files.newDirectoryStream(etc, "se.kommunmeny.*.cfg")) {
            for (Path file : own) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                copied.add(file.getFileName().toString());
            }
        }
        for (String name : ETC_FILES) {
            Path file = etc.resolve(name);
            if (Files.isRegularFile(file)) {
                Files.copy(file, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                copied.add(name);
            }
        }
        Path kommunmeny = etc.resolve("kommunmeny");
        if (Files.isDirectory(kommunmeny)) {
            copyTree(kommunmeny, target.resolve("kommunmeny"));
            copied.add("kommunmeny/");
        }
        copied.sort(Comparator.naturalOrder());
        return copied;
    }

    private static Path onlyDatabaseIn(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target)) {
            List<Path> databases = entries.filter(p -> Files.isRegularFile(p.resolve("service.properties"))).toList();
            if (databases.size() != 1) {
                throw new IOException("expected one database in " + target + ", found " + databases.size());
            }
            return databases.get(0);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree::iterator) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException raced) {
            // made at the same moment: fine
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.getMessage());
        }
    }

    private static String vendor(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : product.contains("derby") ? "derby" : product;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static UnavailableException unavailable(SQLException e) {
        LOG.warn("Backup/digest: the database answered {} ({})", e.getSQLState(), e.getMessage());
        return new UnavailableException("The database cannot be read just now (SQLState " + e.getSQLState() + ")");
    }
}
