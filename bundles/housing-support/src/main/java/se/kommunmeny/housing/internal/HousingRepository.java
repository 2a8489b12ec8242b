package se.kommunmeny.housing.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** The offering's tables (hs_*): migrated when the bundle starts, then reached through its persistence unit. */
@Component(service = HousingRepository.class)
public class HousingRepository {
    static final String UNIT_NAME = "kommunmeny-housing-support";

    private final JpaTemplate jpa;

    @Activate
    public HousingRepository(@Reference(target = "(osgi.unit.name=" + UNIT_NAME + ")") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        migrations.migrate("housing", HousingRepository.class.getClassLoader(), "db/migration/housing");
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

    /** Read-only work in the caller's transaction if there is one. */
    <T> T read(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Supports, work::apply);
    }

    /** Makes sure a lock row exists (idempotent; its own transaction so it commits before anyone locks it). */
    void ensureLockRow(String key) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            if (em.find(CapacityLockEntity.class, key) == null) {
                em.persist(new CapacityLockEntity(key));
            }
        });
    }

    /** Active placements in a unit. */
    static int occupiedInUnit(EntityManager em, String unitId) {
        return em.createQuery("SELECT COUNT(p) FROM PlacementEntity p WHERE p.unitId = :u AND p.status = :s", Long.class)
                .setParameter("u", unitId).setParameter("s", PlacementEntity.ACTIVE).getSingleResult().intValue();
    }

    /** Active placements of a kind, in all its units or without a unit. */
    static int occupiedInKind(EntityManager em, String kindId) {
        return em.createQuery("SELECT COUNT(p) FROM PlacementEntity p WHERE p.kindId = :k AND p.status = :s", Long.class)
                .setParameter("k", kindId).setParameter("s", PlacementEntity.ACTIVE).getSingleResult().intValue();
    }

    /** Places of the kind's active units. */
    static int placesOfKind(EntityManager em, String kindId) {
        Long sum = em.createQuery("SELECT SUM(u.places) FROM UnitEntity u WHERE u.kindId = :k AND u.active = 1",
                Long.class).setParameter("k", kindId).getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }

    static int waitingInKind(EntityManager em, String kindId) {
        return em.createQuery("SELECT COUNT(p) FROM PlacementEntity p WHERE p.kindId = :k AND p.status = :s", Long.class)
                .setParameter("k", kindId).setParameter("s", PlacementEntity.WAITING).getSingleResult().intValue();
    }
}
