package se.kommunmeny.core.api.persistence;

/**
 * Runs a bundle's versioned schema migrations against the instance's DataSource. Each module keeps its own history
 * table, so modules migrate independently and an uninstalled module's tables and history stay in place.
 */
@org.osgi.annotation.versioning.ProviderType
public interface SchemaMigrations {

    /**
     * Applies the pending migrations of a module.
     *
     * @param module short module name, used for the history table ({@code schema_history_<module>})
     * @param classLoader the module bundle's class loader
     * @param location where the SQL migrations lie in the bundle, e.g. {@code db/migration/treatmentplan}; the
     *        database-specific variant {@code <location>/<derby|postgresql>} is used when present. Scripts may
     *        write {@code ${lob}} for a column of unbounded text: CLOB on Derby, TEXT on PostgreSQL (bound and read
     *        as a plain string)
     * @return the schema version after migrating
     */
    String migrate(String module, ClassLoader classLoader, String location);

    /**
     * The modules that have ever migrated a schema in this database (their history tables exist), whether or not
     * their bundles are installed now.
     *
     * @since 1.1
     */
    java.util.Set<String> modules();
}
