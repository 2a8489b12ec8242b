package se.kommunmeny.core.internal.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEntry;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.Refusals;
import se.kommunmeny.core.api.person.PersonReferences;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.privacy.PersonRecords;
import se.kommunmeny.core.api.privacy.RecordSection;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.internal.persistence.CoreSchema;

/**
 * The data subject's export (registerutdrag): everything the platform holds about one person — the register entry,
 * every installed offering's records, and the audit rows about the person (who looked, when, at what). Prepared by
 * the case officer (handläggare) on the person's request; the export is itself audited. A person with protected
 * identity gets their own name and address: the case officer sees them, and that read is audited as
 * {@code READ_PROTECTED} like every other.
 */
@Component(service = DataSubjectExports.class)
public class DataSubjectExports {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PersonService persons;
    private final List<PersonRecords> offerings = new CopyOnWriteArrayList<>();

    @Activate
    public DataSubjectExports(@Reference(target = "(osgi.unit.name=kommunmeny-core)") JpaTemplate jpa,
            @Reference AuditService audit, @Reference PersonService persons, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.audit = audit;
        this.persons = persons;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addOffering(PersonRecords records) {
        offerings.add(records);
    }

    void removeOffering(PersonRecords records) {
        offerings.remove(records);
    }

    /** The export as a JSON-ready document. */
    public Map<String, Object> export(Caller caller, String personId) {
        String resource = "person/" + personId + "/export";
        return Refusals.attempt(audit, caller, resource, () -> {
            String role = caller.requireAnyRole(Role.HANDLAGGARE);
            if (!PersonReferences.isPersonId(personId)) {
                throw new ValidationException("id", "is not a person id");
            }
            return jpa.txExpr(TransactionType.Required, em -> {
                PersonView person = persons.get(caller, personId);
                Map<String, Object> sections = new TreeMap<>();
                for (PersonRecords offering : List.copyOf(offerings)) {
                    RecordSection section = offering.export(personId);
                    sections.put(section.offering(), new TreeMap<>(section.records()));
                }
                List<AuditEntry> log = audit.forDataSubject(caller, personId);
                audit.record(new AuditEvent(caller, role, AuditAction.READ, personId, resource,
                        "offerings=" + String.join(",", sections.keySet())));
                List<Map<String, Object>> accessLog = new ArrayList<>();
                for (AuditEntry entry : log) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("time", entry.time().toString());
                    row.put("user", entry.user());
                    row.put("role", entry.role());
                    row.put("action", entry.action().name());
                    row.put("resource", entry.resource());
                    accessLog.add(row);
                }
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("exportedAt", Instant.now().toString());
                document.put("exportedBy", caller.user());
                document.put("person", person);
                document.put("offerings", sections);
                document.put("accessLog", accessLog);
                return document;
            });
        }, problem -> PersonReferences.personIdOrNull(personId));
    }
}
