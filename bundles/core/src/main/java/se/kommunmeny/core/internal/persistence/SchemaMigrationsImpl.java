package se.kommunmeny.core.internal.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/**
 * Flyway over the instance's one DataSource. Each module has its own history table, so installing, removing and
 * upgrading modules never touches another module's schema.
 */
@Component(service = SchemaMigrations.class)
public class SchemaMigrationsImpl implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsImpl.class);

    private static final String HISTORY_PREFIX = "schema_history_";

    private final DataSource dataSource;

    @Activate
    public SchemaMigrationsImpl(@Reference(target = "(osgi.jndi.service.name=kommunmeny)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized String migrate(String module, ClassLoader classLoader, String location) {
        if (!module.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("module name must be lower-case letters, digits and _");
        }
        String vendor = vendor();
        String specific = location + "/" + vendor;
        boolean hasSpecific = classLoader.getResource(specific) != null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Flyway.class.getClassLoader());
        try {
            Flyway flyway = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .table(HISTORY_PREFIX + module)
                    .locations(hasSpecific ? new String[] {"classpath:" + location, "classpath:" + specific}
                            : new String[] {"classpath:" + location})
                    .placeholders(Map.of("lob", "derby".equals(vendor) ? "CLOB" : "TEXT"))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateOnMigrate(true)
                    .load();
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
            LOG.info("Schema of module {} on {}: {} migration(s) applied, now at version {}", module, vendor,
                    result.migrationsExecuted, version);
            return version;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Set<String> modules() {
        Set<String> modules = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith(HISTORY_PREFIX)) {
                    modules.add(name.substring(HISTORY_PREFIX.length()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getSQLState(), e);
        }
        return modules;
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.contains("derby") ? "derby" : product;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getSQLState(), e);
        }
    }
}
