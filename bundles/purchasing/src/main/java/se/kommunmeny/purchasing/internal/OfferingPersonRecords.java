package se.kommunmeny.purchasing.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

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
import se.kommunmeny.core.api.privacy.RetentionRun;

/**
 * Purchasing's records for the data-subject export and retention: a placement bought from or sold to a partner, with
 * its charges and the documents (reports) received for it. Invoices are not a record type here: they are
 * accounting records (räkenskapsinformation), kept seven years by the bokföringslag whatever the social-services
 * rules say, and they name no person (their lines carry the placement's reference). Delivered federation messages
 * are a record type of their own, {@code delivered-message}, whose payload is weeded (see {@link OutboxRetention}).
 */
@Component(service = PersonRecords.class)
public class OfferingPersonRecords extends CaseFileRecords {
    static final CaseFiles CASE_FILES = new CaseFiles("purchasing", List.of(
            new CaseFile("placement", new Table("pu_placement", null, "person_ref",
                    List.of("created_at", "started_on", "ended_on", "notice_given_on"), List.of()).with("id",
                    Table.of("pu_charge", "placement_id", "recorded_at"),
                    Table.of("pu_document", "placement_id", "received_at")))));

    private final JpaTemplate jpa;

    @Activate
    public OfferingPersonRecords(@Reference(target = "(osgi.unit.name=kommunmeny-purchasing)") JpaTemplate jpa,
            @Reference PurchasingRepository schema) {
        super(CASE_FILES, "purchasing");
        this.jpa = jpa;
    }

    @Override
    public List<String> recordTypes() {
        return Stream.concat(super.recordTypes().stream(), Stream.of(OutboxRetention.DELIVERED_MESSAGE)).toList();
    }

    @Override
    protected Map<String, Integer> retain(CaseFiles.Sql sql, RetentionRun run) {
        return OutboxRetention.retain(sql, run, super::retain);
    }

    @Override
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.txExpr(TransactionType.Required, work::apply);
    }
}
