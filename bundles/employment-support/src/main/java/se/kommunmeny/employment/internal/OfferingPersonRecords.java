package se.kommunmeny.employment.internal;

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
 * Employment support's records for the data-subject export and retention: the placement (arbetsträning case file) with
 * staff, work-plan revisions, attendance, notes, network meetings, step changes and case events. Work places hold no
 * personal data and are not touched.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords extends CaseFileRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("employment-support", List.of(
            new CaseFile("placement", new Table("es_placement", null, "person_ref",
                    List.of("requested_at", "admitted_at", "ended_on", "tp_linked_at"), List.of()).with("id",
                    Table.of("es_staff", "placement_id", "assigned_at"),
                    Table.of("es_work_plan_revision", "placement_id", "changed_at"),
                    Table.of("es_attendance", "placement_id", "attended_on", "recorded_at"),
                    Table.of("es_note", "placement_id", "written_on", "written_at"),
                    Table.of("es_meeting", "placement_id", "held_on", "recorded_at").with("id",
                            Table.of("es_meeting_participant", "meeting_id")),
                    Table.of("es_step_change", "placement_id", "decided_on", "recorded_at").with("id",
                            Table.of("es_step_change_participant", "step_change_id")),
                    Table.of("es_case_event", "placement_id", "occurred_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-employment-support)") JpaTemplate jpa,
            @Reference EmploymentRepository schema) {
        super(CASE_FILES, "employment");
        this.jpa = jpa;
    }

    @Override
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
