package se.kommunmeny.supportgroups.internal;

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
 * Support groups' records for the data-subject export and retention: a participant (a registered person, or an
 * anonymous one known by a code) with attendance and notices. Retention applies to anonymous participants too;
 * cohorts, meetings and questionnaires (entered without any participant link) hold no personal data.
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords extends CaseFileRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("support-groups", List.of(
            new CaseFile("participant", new Table("sg_participant", null, "person_ref",
                    List.of("requested_at", "admitted_at", "withdrawn_at", "consented_on"), List.of()).with("id",
                    Table.of("sg_attendance", "participant_id", "recorded_at"),
                    Table.of("sg_notice", "participant_id", "created_at", "sent_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-support-groups)") JpaTemplate jpa,
            @Reference SupportGroupsRepository schema) {
        super(CASE_FILES, "supportgroups");
        this.jpa = jpa;
    }

    @Override
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
