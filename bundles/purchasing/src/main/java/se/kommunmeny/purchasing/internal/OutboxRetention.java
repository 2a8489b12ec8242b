package se.kommunmeny.purchasing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import se.kommunmeny.core.api.privacy.CaseFiles;
import se.kommunmeny.core.api.privacy.RetentionRule;
import se.kommunmeny.core.api.privacy.RetentionRun;

/**
 * Retention of the federation outbox, in the run's transaction next to the placements' case files.
 *
 * <ul>
 * <li>{@code purchasing.delivered-message}: the payload of a DELIVERED message (an ORDER carries the person's
 * identity number and name) is replaced by {@link #WEEDED_PAYLOAD} once its time has passed, counted from the
 * delivery ({@code delivered_at}) whichever anchor the rule names: a message is settled, and its one entry made, when
 * the partner takes it. The row (seq, type, order_ref, agreement, sent_at, delivered_at) stays, with
 * {@code weeded_at}, so the order of what was sent stays provable. Nothing reads a delivered payload: the
 * {@link Dispatcher} sends PENDING messages only and {@link Outbox#latest} reads status fields. PENDING and REJECTED
 * messages are never touched. Messages about an order of a research-sample person are kept like its placement.</li>
 * <li>When retention deletes a placement's case file, the outbox messages about its order go with it (invoice
 * messages name the invoice, not an order, and are not touched).</li>
 * </ul>
 */
final class OutboxRetention {
    /** The record type in the retention configuration. */
    static final String DELIVERED_MESSAGE = "delivered-message";
    /** A weeded payload: JSON, so a reader of the column never fails on it, and no personal data. */
    static final String WEEDED_PAYLOAD = "{\"weeded\":\"retention\"}";
    private static final String PLACEMENT = "placement";

    private OutboxRetention() {
    }

    /**
     * Applies the case files' rules ({@code caseFiles}), removes the messages of the placements they deleted, then
     * weeds delivered messages.
     */
    static Map<String, Integer> retain(CaseFiles.Sql sql, RetentionRun run,
            BiFunction<CaseFiles.Sql, RetentionRun, Map<String, Integer>> caseFiles) {
        boolean placementsGo = !run.dryRun() && run.ruleFor(PLACEMENT).anchor() != RetentionRule.Anchor.KEEP;
        Set<String> before = placementsGo ? orderRefs(sql) : Set.of();
        Map<String, Integer> counts = new LinkedHashMap<>(caseFiles.apply(sql, run));
        if (placementsGo) {
            Set<String> gone = new HashSet<>(before);
            gone.removeAll(orderRefs(sql));
            for (String orderRef : gone) {
                sql.update("DELETE FROM pu_outbox WHERE order_ref = ?", orderRef);
            }
        }
        RetentionRule rule = run.ruleFor(DELIVERED_MESSAGE);
        if (rule.anchor() != RetentionRule.Anchor.KEEP) {
            counts.put(DELIVERED_MESSAGE, weedDelivered(sql, run, rule));
        }
        return counts;
    }

    private static Set<String> orderRefs(CaseFiles.Sql sql) {
        Set<String> refs = new HashSet<>();
        for (Map<String, Object> row : sql.rows("SELECT order_ref FROM pu_placement")) {
            refs.add((String) row.get("order_ref"));
        }
        return refs;
    }

    /** The number of delivered messages weeded (or due, in a dry run). */
    private static int weedDelivered(CaseFiles.Sql sql, RetentionRun run, RetentionRule rule) {
        // A loose bound for the database (a month's length varies); the rule decides exactly below.
        long bound = run.now().atOffset(ZoneOffset.UTC).minus(rule.period()).plusDays(4).toInstant().toEpochMilli();
        List<Map<String, Object>> rows = sql.rows("SELECT m.id, m.delivered_at, p.person_ref FROM pu_outbox m "
                + "LEFT JOIN pu_placement p ON p.order_ref = m.order_ref WHERE m.status = ? AND m.weeded_at IS NULL "
                + "AND m.delivered_at IS NOT NULL AND m.delivered_at <= ?", Outbox.DELIVERED, bound);
        Map<String, Boolean> due = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("id");
            Object person = row.get("person_ref");
            boolean expired = rule.expired(Instant.ofEpochMilli(((Number) row.get("delivered_at")).longValue()),
                    run.now()) && !run.exempt(person == null ? null : person.toString());
            due.merge(id, expired, Boolean::logicalAnd);
        }
        int n = 0;
        long now = run.now().toEpochMilli();
        for (Map.Entry<String, Boolean> entry : due.entrySet()) {
            if (!entry.getValue()) {
                continue;
            }
            n++;
            if (!run.dryRun()) {
                sql.update("UPDATE pu_outbox SET payload = ?, weeded_at = ? WHERE id = ? AND status = ? "
                        + "AND weeded_at IS NULL", WEEDED_PAYLOAD, now, entry.getKey(), Outbox.DELIVERED);
            }
        }
        return n;
    }
}
