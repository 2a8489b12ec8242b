package se.kommunmeny.core.api.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One offering's share of a retention run, as the core hands it over.
 *
 * @param now the run's clock
 * @param rules the offering's rules by record type; a type without a rule is kept
 * @param exemptPersons person register ids whose records are kept whatever the rules (e.g. a research sample by
 *        birth date)
 * @param dryRun count only, delete nothing
 */
public record RetentionRun(Instant now, Map<String, RetentionRule> rules, Set<String> exemptPersons,
        boolean dryRun) {

    public RetentionRun {
        Objects.requireNonNull(now, "now");
        rules = Map.copyOf(rules);
        exemptPersons = Set.copyOf(exemptPersons);
    }

    /** The rule for a record type: {@link RetentionRule#KEEP} when none is configured. */
    public RetentionRule ruleFor(String recordType) {
        return rules.getOrDefault(recordType, RetentionRule.KEEP);
    }

    public boolean exempt(String personRef) {
        return personRef != null && exemptPersons.contains(personRef);
    }
}
