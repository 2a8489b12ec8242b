package se.kommunmeny.housing.internal;

import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.privacy.CaseFileRecords;
import se.kommunmeny.core.api.privacy.CaseFiles;
import se.kommunmeny.core.api.privacy.CaseFiles.CaseFile;
import se.kommunmeny.core.api.privacy.CaseFiles.Table;
import se.kommunmeny.core.api.privacy.PersonRecords;

/**
 * Housing support's records for the data-subject export and retention: the placement (boendestöd case file) with its
 * staff, work-plan revisions, home visits, key events, breaches, follow-ups and case events. The housing stock
 * (units) holds no personal data and is not touched.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords extends CaseFileRecords {
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
        super(CASE_FILES, "housing");
        this.jpa = jpa;
    }

    @Override
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
