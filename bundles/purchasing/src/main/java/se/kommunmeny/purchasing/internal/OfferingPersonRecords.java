package se.kommunmeny.purchasing.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.privacy.CaseFiles;
import se.kommunmeny.core.api.privacy.CaseFiles.CaseFile;
import se.kommunmeny.core.api.privacy.CaseFiles.Table;
import se.kommunmeny.core.api.privacy.PersonRecords;
import se.kommunmeny.core.api.privacy.RecordSection;
import se.kommunmeny.core.api.privacy.RetentionRun;

/**
 * Purchasing's records for the data-subject export and retention: a placement bought from or sold to a partner, with
 * its charges and the documents (reports) received for it. Invoices are not a record type here: they are
 * accounting records (räkenskapsinformation), kept seven years by the bokföringslag whatever the social-services
 * rules say, and they name no person (their lines carry the placement's reference).
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords implements PersonRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("purchasing", List.of(
            new CaseFile("placement", new Table("pu_placement", null, "person_ref",
                    List.of("created_at", "started_on", "ended_on", "notice_given_on"), List.of()).with("id",
                    Table.of("pu_charge", "placement_id", "recorded_at"),
                    Table.of("pu_document", "placement_id", "received_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-purchasing)") JpaTemplate jpa,
            @Reference PurchasingRepository schema) {
        this.jpa = jpa;
    }

    @Override
    public String offering() {
        return "purchasing";
    }

    @Override
    public String schemaModule() {
        return "purchasing";
    }

    @Override
    public List<String> recordTypes() {
        return CASE_FILES.recordTypes();
    }

    @Override
    public RecordSection export(String personId) {
        return jpa.txExpr(TransactionType.Required, em -> CASE_FILES.export(sql(em), personId));
    }

    @Override
    public boolean holdsRecordsOf(String personId) {
        return jpa.txExpr(TransactionType.Required, em -> CASE_FILES.holds(sql(em), personId));
    }

    @Override
    public Map<String, Integer> applyRetention(RetentionRun run) {
        return jpa.txExpr(TransactionType.Required, em -> CASE_FILES.retain(sql(em), run));
    }

    /** Native SQL on this offering's persistence unit; rows come back as maps (EclipseLink's result type). */
    private static CaseFiles.Sql sql(EntityManager em) {
        return new CaseFiles.Sql() {
            @Override
            public List<Map<String, Object>> rows(String statement, Object... params) {
                Query query = em.createNativeQuery(statement);
                query.setHint("eclipselink.result-type", "Map");
                for (int i = 0; i < params.length; i++) {
                    query.setParameter(i + 1, params[i]);
                }
                return ((List<?>) query.getResultList()).stream().map(r -> CaseFiles.lowerCaseKeys((Map<?, ?>) r))
                        .toList();
            }

            @Override
            public int update(String statement, Object... params) {
                Query query = em.createNativeQuery(statement);
                for (int i = 0; i < params.length; i++) {
                    query.setParameter(i + 1, params[i]);
                }
                return query.executeUpdate();
            }
        };
    }
}
