package se.kommunmeny.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

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
                    .table("schema_history_" + module)
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

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.contains("derby") ? "derby" : product;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getSQLState(), e);
        }
    }
}
