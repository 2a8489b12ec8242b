package se.kommunmeny.core.internal.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a retention run did: counts only, never personal data.
 *
 * @param at the run's clock
 * @param dryRun whether it only counted
 * @param counts case files deleted (or due) per {@code <offering>.<record type>}, and {@code core.person}
 * @param notes what was skipped or failed, and why
 */
public record RetentionReport(Instant at, boolean dryRun, Map<String, Integer> counts, List<String> notes) {

    /** The counts as one line, e.g. {@code housing-support.placement=2, treatment-plan.enrolment=1}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return s.isEmpty() ? "no rules" : s.toString();
    }
}
