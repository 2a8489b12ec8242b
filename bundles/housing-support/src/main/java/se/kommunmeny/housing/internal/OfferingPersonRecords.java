package se.kommunmeny.housing.internal;

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
 * Housing support's records for the data-subject export and retention: the placement (boendestöd case file) with its
 * staff, work-plan revisions, home visits, key events, breaches, follow-ups and case events. The housing stock
 * (units) holds no personal data and is not touched.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords implements PersonRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("housing-support", List.of(
            new CaseFile("placement", new Table("hs_placement", null, "person_ref",
                    List.of("requested_at", "admitted_at", "ended_on", "stay_decided_on", "plan_linked_at"),
                    List.of()).with("id",
                    Table.of("hs_staff", "placement_id", "assigned_at"),
                    Table.of("hs_work_plan_revision", "placement_id", "revised_at"),
                    Table.of("hs_visit", "placement_id", "visited_on", "recorded_at"),
                    Table.of("hs_key_event", "placement_id", "occurred_on", "recorded_at"),
                    Table.of("hs_breach", "placement_id", "occurred_on", "recorded_at"),
                    Table.of("hs_follow_up", "placement_id", "held_on", "recorded_at"),
                    Table.of("hs_case_event", "placement_id", "occurred_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-housing-support)") JpaTemplate jpa,
            @Reference HousingRepository schema) {
        this.jpa = jpa;
    }

    @Override
    public String offering() {
        return "housing-support";
    }

    @Override
    public String schemaModule() {
        return "housing";
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
