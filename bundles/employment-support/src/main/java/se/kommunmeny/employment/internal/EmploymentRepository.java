package se.kommunmeny.employment.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** The offering's tables: migrated when the bundle starts, then reached through its persistence unit. */
@Component(service = EmploymentRepository.class)
public class EmploymentRepository {
    static final String UNIT = "kommunmeny-employment-support";

    private final JpaTemplate jpa;

    @Activate
    public EmploymentRepository(@Reference(target = "(osgi.unit.name=" + UNIT + ")") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        migrations.migrate("employment", EmploymentRepository.class.getClassLoader(), "db/migration/employment");
        this.jpa = jpa;
    }

    /** Runs {@code work} in the caller's transaction, or a new one. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }

    /** Runs {@code work} in a transaction of its own, e.g. to record a treatment-plan event apart from whatever sent it. */
    <T> T inNewTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.RequiresNew, work::apply);
    }

    /** Places of the kind's active work places, and the active placements at them: one unit of work, two counts. */
    int[] capacityAndTaken(String kindId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Long places = em.createQuery("SELECT SUM(w.places) FROM WorkPlaceEntity w WHERE w.kindId = :k "
                    + "AND w.active = 1", Long.class).setParameter("k", kindId).getSingleResult();
            Long taken = em.createQuery("SELECT COUNT(p) FROM PlacementEntity p, WorkPlaceEntity w "
                    + "WHERE p.workPlaceId = w.id AND w.kindId = :k AND w.active = 1 AND p.status = :s", Long.class)
                    .setParameter("k", kindId).setParameter("s", PlacementEntity.ACTIVE).getSingleResult();
            return new int[] {places == null ? 0 : places.intValue(), taken == null ? 0 : taken.intValue()};
        });
    }
}
