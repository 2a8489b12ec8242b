package se.kommunmeny.core.internal.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.persistence.SchemaMigrations;
import se.kommunmeny.core.api.privacy.PersonRecords;
import se.kommunmeny.core.api.privacy.RetentionRule;
import se.kommunmeny.core.api.privacy.RetentionRun;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.internal.persistence.CoreSchema;

/**
 * The retention job (gallring): daily at the configured time, and on demand by the operator, it asks every installed
 * offering to apply its configured rules, then removes from the person register the persons no offering holds any
 * record of any longer, and the anonymous contacts' codes no offering holds records under. It logs counts only, and
 * writes one audit row per run (and one per person removed from the register). The audit log itself is kept whole (see {@link RetentionConfig#AUDIT_KEY}).
 */
@Component(service = RetentionJob.class, immediate = true, configurationPid = RetentionConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    /** The caller of scheduled runs in the audit log. */
    static final Caller SCHEDULER = Caller.of("system:retention", Role.OPERATOR);

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final SchemaMigrations migrations;
    private final List<PersonRecords> offerings = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kommunmeny-retention");
        t.setDaemon(true);
        return t;
    });
    private volatile RetentionConfig config;
    private ScheduledFuture<?> next;

    @Activate
    public RetentionJob(@Reference(target = "(osgi.unit.name=kommunmeny-core)") JpaTemplate jpa,
            @Reference AuditService audit, @Reference SchemaMigrations migrations, @Reference CoreSchema schema,
            ComponentContext context) {
        this.jpa = jpa;
        this.audit = audit;
        this.migrations = migrations;
        configure(context.getProperties());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addOffering(PersonRecords records) {
        offerings.add(records);
    }

    void removeOffering(PersonRecords records) {
        offerings.remove(records);
    }

    @Modified
    void modified(ComponentContext context) {
        configure(context.getProperties());
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private synchronized void configure(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, properties.get(key));
        }
        config = RetentionConfig.parse(map);
        config.problems().forEach(p -> LOG.warn("Retention configuration {}: {}; no run until it is fixed",
                RetentionConfig.PID, p));
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        if (config.scheduleEnabled()) {
            LocalDateTime now = LocalDateTime.now();
            LocalDateTime at = LocalDate.now().atTime(config.scheduleTime());
            if (!at.isAfter(now)) {
                at = at.plusDays(1);
            }
            long delay = Duration.between(now, at).toMillis();
            next = scheduler.scheduleAtFixedRate(this::scheduledRun, delay, TimeUnit.DAYS.toMillis(1),
                    TimeUnit.MILLISECONDS);
            LOG.info("Retention runs daily at {} (next in {} min)", config.scheduleTime(), delay / 60_000);
        }
    }

    private void scheduledRun() {
        try {
            run(SCHEDULER, false);
        } catch (RuntimeException e) {
            LOG.error("The scheduled retention run failed: {}", e.toString());
        }
    }

    /** The configured rules, as {@code <offering>.<type> = rule}, and the offerings installed now. */
    public Map<String, String> rules() {
        Map<String, String> out = new TreeMap<>();
        config.rules().forEach((offering, rules) -> rules.forEach((type, rule) ->
                out.put(offering + "." + type, rule.toString())));
        return out;
    }

    /**
     * Runs retention now. Role operator.
     *
     * @param dryRun count what is due without deleting it
     */
    public RetentionReport run(Caller caller, boolean dryRun) {
        String role = caller.requireAnyRole(Role.OPERATOR);
        RetentionConfig current = config;
        if (!current.problems().isEmpty()) {
            throw new ValidationException("configuration", "the retention configuration " + RetentionConfig.PID
                    + " has problems, nothing was run: " + String.join("; ", current.problems()));
        }
        synchronized (this) {
            Instant now = Instant.now();
            Set<String> exempt = exemptPersons(current);
            Map<String, Integer> counts = new TreeMap<>();
            List<String> notes = new ArrayList<>();
            List<PersonRecords> present = List.copyOf(offerings);
            for (PersonRecords offering : present) {
                Map<String, RetentionRule> rules = current.rulesOf(offering.offering());
                for (String type : rules.keySet()) {
                    if (!offering.recordTypes().contains(type)) {
                        notes.add(offering.offering() + "." + type + ": no such record type (has "
                                + offering.recordTypes() + ")");
                    }
                }
                try {
                    offering.applyRetention(new RetentionRun(now, rules, exempt, dryRun))
                            .forEach((type, n) -> counts.put(offering.offering() + "." + type, n));
                } catch (RuntimeException e) {
                    notes.add(offering.offering() + ": failed (" + e.getClass().getSimpleName() + ")");
                    LOG.error("Retention in offering {} failed: {}", offering.offering(), e.toString());
                }
            }
            // Persons and anonymous codes are removed only when no offering holds records under them: not while an
            // offering's tables are in the database but the offering is away.
            RetentionRule personRule = current.personRule();
            RetentionRule contactRule = current.anonymousContactRule();
            Set<String> absent = new HashSet<>(migrations.modules());
            absent.remove("core");
            present.forEach(o -> absent.remove(o.schemaModule()));
            if (personRule.anchor() != RetentionRule.Anchor.KEEP) {
                if (absent.isEmpty()) {
                    counts.put(RetentionConfig.PERSON_KEY,
                            removePersons(caller, role, personRule, now, exempt, present, dryRun));
                } else {
                    notes.add(RetentionConfig.PERSON_KEY + ": skipped, the tables of " + absent
                            + " are in the database but their offerings are not installed");
                }
            }
            if (contactRule.anchor() != RetentionRule.Anchor.KEEP) {
                if (absent.isEmpty()) {
                    counts.put(RetentionConfig.ANONYMOUS_CONTACT_KEY,
                            removeAnonymousContacts(contactRule, now, present, dryRun));
                } else {
                    notes.add(RetentionConfig.ANONYMOUS_CONTACT_KEY + ": skipped, the tables of " + absent
                            + " are in the database but their offerings are not installed");
                }
            }
            RetentionReport report = new RetentionReport(now, dryRun, counts, notes);
            jpa.tx(TransactionType.Required, em -> audit.record(new AuditEvent(caller, role,
                    dryRun ? AuditAction.SEARCH : AuditAction.DELETE, null, "retention",
                    (dryRun ? "dry-run: " : "") + report.summary())));
            LOG.info("Retention run by {}{}: {}{}", caller.user(), dryRun ? " (dry run)" : "", report.summary(),
                    notes.isEmpty() ? "" : "; " + String.join("; ", notes));
            return report;
        }
    }

    private Set<String> exemptPersons(RetentionConfig current) {
        if (current.exemptBirthDays().isEmpty()) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Set<String> ids = new HashSet<>();
            for (Object[] row : em.createQuery("SELECT p.id, p.birthDate FROM PersonEntity p", Object[].class)
                    .getResultList()) {
                if (row[1] instanceof LocalDate birth && current.exemptBirthDays().contains(birth.getDayOfMonth())) {
                    ids.add((String) row[0]);
                }
            }
            return ids;
        });
    }

    /**
     * Removes the anonymous contacts' codes made longer ago than the rule allows that no offering holds any record
     * under any longer: the code only links a contact's records, so once they are gone it serves nothing, and while
     * one is left the code stays (it must still be accepted for that contact). The run's audit row carries the count;
     * the codes themselves are not written to the audit log, which is kept for ever.
     */
    private int removeAnonymousContacts(RetentionRule rule, Instant now, List<PersonRecords> present,
            boolean dryRun) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int removed = 0;
            for (Object[] row : em.createQuery("SELECT c.code, c.createdAt FROM AnonymousContactEntity c",
                    Object[].class).getResultList()) {
                String code = (String) row[0];
                Instant created = Instant.ofEpochMilli(((Number) row[1]).longValue());
                if (!rule.expired(created, now) || present.stream().anyMatch(o -> o.holdsRecordsOf(code))) {
                    continue;
                }
                removed++;
                if (!dryRun) {
                    em.createQuery("DELETE FROM AnonymousContactEntity c WHERE c.code = :code")
                            .setParameter("code", code).executeUpdate();
                }
            }
            return removed;
        });
    }

    private int removePersons(Caller caller, String role, RetentionRule rule, Instant now, Set<String> exempt,
            List<PersonRecords> present, boolean dryRun) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int removed = 0;
            for (Object[] row : em.createQuery("SELECT p.id, p.createdAt FROM PersonEntity p", Object[].class)
                    .getResultList()) {
                String id = (String) row[0];
                Instant created = Instant.ofEpochMilli(((Number) row[1]).longValue());
                if (!rule.expired(created, now) || exempt.contains(id)
                        || present.stream().anyMatch(o -> o.holdsRecordsOf(id))) {
                    continue;
                }
                removed++;
                if (!dryRun) {
                    em.createQuery("DELETE FROM PersonEntity p WHERE p.id = :id").setParameter("id", id)
                            .executeUpdate();
                    audit.record(new AuditEvent(caller, role, AuditAction.DELETE, id, "person/" + id,
                            "retention " + RetentionConfig.PERSON_KEY + "=" + rule));
                }
            }
            return removed;
        });
    }
}
