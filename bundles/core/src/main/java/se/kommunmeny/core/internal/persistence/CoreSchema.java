package se.kommunmeny.core.internal.persistence;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** Present once the core's own tables are migrated; the core's JPA services wait for it. */
@Component(service = CoreSchema.class)
public class CoreSchema {
    private final String version;

    @Activate
    public CoreSchema(@Reference SchemaMigrations migrations) {
        this.version = migrations.migrate("core", CoreSchema.class.getClassLoader(), "db/migration/core");
    }

    public String version() {
        return version;
    }
}
