package se.kommunmeny.purchasing.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** The offering's tables: migrated when the bundle starts, then reached through its persistence unit. */
@Component(service = PurchasingRepository.class)
public class PurchasingRepository {
    static final String UNIT = "kommunmeny-purchasing";

    private final JpaTemplate jpa;

    @Activate
    public PurchasingRepository(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        migrations.migrate("purchasing", PurchasingRepository.class.getClassLoader(), "db/migration/purchasing");
        this.jpa = jpa;
    }

    /** Runs {@code work} in the caller's transaction, or a new one. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }

    /** Runs {@code work} in a transaction of its own. */
    <T> T inNewTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.RequiresNew, work::apply);
    }
}
