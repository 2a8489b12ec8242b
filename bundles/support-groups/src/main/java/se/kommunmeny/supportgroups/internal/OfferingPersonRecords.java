package se.kommunmeny.supportgroups.internal;

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
 * Support groups' records for the data-subject export and retention: a participant (a registered person, or an
 * anonymous one known by a code) with attendance and notices. Retention applies to anonymous participants too;
 * cohorts, meetings and questionnaires (entered without any participant link) hold no personal data.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords implements PersonRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("support-groups", List.of(
            new CaseFile("participant", new Table("sg_participant", null, "person_ref",
                    List.of("requested_at", "admitted_at", "withdrawn_at", "consented_on"), List.of()).with("id",
                    Table.of("sg_attendance", "participant_id", "recorded_at"),
                    Table.of("sg_notice", "participant_id", "created_at", "sent_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-support-groups)") JpaTemplate jpa,
            @Reference SupportGroupsRepository schema) {
        this.jpa = jpa;
    }

    @Override
    public String offering() {
        return "support-groups";
    }

    @Override
    public String schemaModule() {
        return "supportgroups";
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
