package se.kommunmeny.treatmentplan.internal;

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
 * The treatment plan's records for the data-subject export and retention: the enrolment (the case file of a client's
 * course, with sessions, notes, drug tests, assessments, relapses, referrals, outreach and reports) and the
 * implementation plan (genomförandeplan) with its goals and revisions.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords extends CaseFileRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("treatment-plan", List.of(
            new CaseFile("enrolment", new Table("tp_enrolment", null, "person_ref",
                    List.of("requested_at", "admitted_at", "ended_at"), List.of()).with("id",
                    Table.of("tp_enrolment_extension", "enrolment_id"),
                    Table.of("tp_assignment", "enrolment_id", "assigned_at"),
                    Table.of("tp_note", "enrolment_id", "written_at"),
                    Table.of("tp_outreach_task", "enrolment_id", "created_at", "done_at"),
                    Table.of("tp_session", "enrolment_id", "session_date", "recorded_at"),
                    Table.of("tp_drug_test", "enrolment_id", "taken_on", "recorded_at"),
                    Table.of("tp_assessment", "enrolment_id", "taken_on", "recorded_at"),
                    Table.of("tp_relapse", "enrolment_id", "recorded_at"),
                    Table.of("tp_referral", "enrolment_id", "recorded_at"),
                    Table.of("tp_report", "enrolment_id", "generated_at", "reviewed_at", "sent_at"))),
            new CaseFile("plan", new Table("tp_plan", null, "person_ref",
                    List.of("created_at", "sent_at", "closed_at"), List.of()).with("id",
                    Table.of("tp_plan_goal", "plan_id"),
                    Table.of("tp_plan_revision", "plan_id", "changed_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-treatment-plan)") JpaTemplate jpa,
            @Reference PlanRepository schema) {
        super(CASE_FILES, "treatmentplan");
        this.jpa = jpa;
    }

    @Override
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
