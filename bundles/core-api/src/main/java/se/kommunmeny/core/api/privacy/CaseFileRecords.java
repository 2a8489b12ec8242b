package se.kommunmeny.core.api.privacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * An offering's {@link PersonRecords} over its {@link CaseFiles}, on its own persistence unit: the subclass names its
 * case files and schema module and says how work runs in a transaction (with Aries JPA,
 * {@code jpa.txExpr(TransactionType.Required, work::apply)}); export, the holds check and retention are done here
 * with native SQL through {@link #sql(EntityManager)}.
 *
 * <p>An offering that holds more than case files (e.g. messages whose content is weeded rather than deleted) adds
 * its record types to {@link #recordTypes()} and its work to {@link #retain(CaseFiles.Sql, RetentionRun)}, in the same
 * transaction.
 */
@org.osgi.annotation.versioning.ConsumerType
public abstract class CaseFileRecords implements PersonRecords {
    private final CaseFiles caseFiles;
    private final String schemaModule;

    /**
     * @param caseFiles the offering's case files (its name is the offering's)
     * @param schemaModule the module the offering migrates its schema under
     */
    protected CaseFileRecords(CaseFiles caseFiles, String schemaModule) {
        this.caseFiles = Objects.requireNonNull(caseFiles, "caseFiles");
        this.schemaModule = Objects.requireNonNull(schemaModule, "schemaModule");
    }

    /** Runs {@code work} in a transaction (joining one that is active) on the offering's persistence unit. */
    protected abstract <T> T inTransaction(Function<EntityManager, T> work);

    /** The offering's case files. */
    protected final CaseFiles caseFiles() {
        return caseFiles;
    }

    @Override
    public String offering() {
        return caseFiles.offering();
    }

    @Override
    public String schemaModule() {
        return schemaModule;
    }

    @Override
    public List<String> recordTypes() {
        return caseFiles.recordTypes();
    }

    @Override
    public RecordSection export(String personId) {
        return inTransaction(em -> caseFiles.export(sql(em), personId));
    }

    @Override
    public boolean holdsRecordsOf(String personId) {
        return inTransaction(em -> caseFiles.holds(sql(em), personId));
    }

    @Override
    public Map<String, Integer> applyRetention(RetentionRun run) {
        return inTransaction(em -> retain(sql(em), run));
    }

    /**
     * The retention work, inside the run's transaction: the case files' rules. A subclass with more record types
     * adds their counts to the map this answers (it is modifiable).
     */
    protected Map<String, Integer> retain(CaseFiles.Sql sql, RetentionRun run) {
        return caseFiles.retain(sql, run);
    }

    /**
     * Native SQL on a JPA persistence unit (EclipseLink): rows come back as maps (the {@code eclipselink.result-type}
     * hint) with lower-case column names, parameters are positional ({@code ?}, numbered from 1).
     */
    public static CaseFiles.Sql sql(EntityManager em) {
        Objects.requireNonNull(em, "em");
        return new CaseFiles.Sql() {
            @Override
            public List<Map<String, Object>> rows(String statement, Object... params) {
                Query query = query(em, statement, params);
                query.setHint("eclipselink.result-type", "Map");
                return ((List<?>) query.getResultList()).stream().map(r -> CaseFiles.lowerCaseKeys((Map<?, ?>) r))
                        .toList();
            }

            @Override
            public int update(String statement, Object... params) {
                return query(em, statement, params).executeUpdate();
            }
        };
    }

    private static Query query(EntityManager em, String statement, Object... params) {
        Query query = em.createNativeQuery(statement);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
