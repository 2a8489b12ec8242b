package se.kommunmeny.treatmentplan.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.persistence.SchemaMigrations;

/** The offering's tables: migrated when the bundle starts, then reached through its persistence unit. */
@Component(service = PlanRepository.class)
public class PlanRepository {
    private final JpaTemplate jpa;

    @Activate
    public PlanRepository(@Reference(target = "(osgi.unit.name=kommunmeny-treatment-plan)") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        migrations.migrate("treatmentplan", PlanRepository.class.getClassLoader(), "db/migration/treatmentplan");
        this.jpa = jpa;
    }

    /** Runs {@code work} in the caller's transaction, or a new one. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }

    /** Places taken in a programme: active clients in primary treatment, and in aftercare where it shares places. */
    int placesTaken(String programmeId, boolean aftercareCounts) {
        return jpa.txExpr(TransactionType.Supports, em -> placesTaken(em, programmeId, aftercareCounts));
    }

    static int placesTaken(EntityManager em, String programmeId, boolean aftercareCounts) {
        var query = em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.programmeId = :p AND e.status = :s"
                + (aftercareCounts ? "" : " AND e.phase = :primary"), Long.class)
                .setParameter("p", programmeId).setParameter("s", EnrolmentEntity.ACTIVE);
        if (!aftercareCounts) {
            query.setParameter("primary", EnrolmentEntity.PRIMARY);
        }
        return query.getSingleResult().intValue();
    }

    /** Makes sure the programme has its lock row (idempotent). */
    void ensureLockRow(String programmeId) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            if (em.find(ProgrammeLockEntity.class, programmeId) == null) {
                em.persist(new ProgrammeLockEntity(programmeId));
            }
        });
    }

    int activePlans(String programmeId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(p) FROM PlanEntity p WHERE p.programmeId = :p AND p.status = :s", Long.class)
                .setParameter("p", programmeId).setParameter("s", PlanEntity.ACTIVE).getSingleResult().intValue());
    }
}
