package se.kommunmeny.treatmentplan.internal.assessment;

import java.util.List;

/**
 * A scored and interpreted assessment.
 *
 * @param instrument AUDIT, DUDIT or ASI
 * @param score the sum of the answers (AUDIT, DUDIT) or the highest severity rating (ASI)
 * @param level the interpretation, e.g. {@code HAZARDOUS} or {@code MODERATE}
 * @param cutOff the rule applied, e.g. {@code AUDIT women 18-64: hazardous >= 6, harmful >= 14, probable dependence >= 18}
 * @param domains the ASI domains in answer order; empty for AUDIT and DUDIT
 */
public record Scored(String instrument, int score, String level, String cutOff, List<String> domains) {
    public Scored {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
