package se.kommunmeny.treatmentplan.internal.assessment;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One validated rule of the cut-off data: how to interpret the scores of one instrument for one sex in one age band.
 *
 * @param instrument the instrument
 * @param sex {@code FEMALE} or {@code MALE}
 * @param minAge the youngest age the rule applies to
 * @param maxAge the oldest age the rule applies to (inclusive)
 * @param below the level of a score under every threshold
 * @param thresholds the levels with the lowest score that reaches each, ascending
 * @param source where the values come from, or that they are the municipality's choice
 */
record CutOffRule(Instrument instrument, String sex, int minAge, int maxAge, String below, List<Threshold> thresholds,
        String source) {

    /** A level reached by scores of at least {@code atLeast}. */
    record Threshold(String level, int atLeast) {
        @Override
        public String toString() {
            return label(level) + " >= " + atLeast;
        }
    }

    CutOffRule {
        thresholds = List.copyOf(thresholds);
    }

    boolean covers(int age) {
        return age >= minAge && age <= maxAge;
    }

    /** The level of this score: that of the highest threshold reached, else {@link #below}. */
    String level(int score) {
        String level = below;
        for (Threshold t : thresholds) {
            if (score >= t.atLeast()) {
                level = t.level();
            }
        }
        return level;
    }

    /** The rule in words, e.g. {@code AUDIT women 18-64: hazardous >= 6, harmful >= 14, probable dependence >= 18}. */
    String describe() {
        return name() + ": " + thresholds.stream().map(Threshold::toString).collect(Collectors.joining(", "));
    }

    /** Instrument, group and ages, e.g. {@code AUDIT girls 12-17}. */
    String name() {
        return name(instrument, sex, minAge, maxAge);
    }

    static String name(Instrument instrument, String sex, int minAge, int maxAge) {
        boolean minors = maxAge < 18;
        String group = "FEMALE".equals(sex) ? (minors ? "girls" : "women") : (minors ? "boys" : "men");
        return instrument + " " + group + " " + minAge + "-" + maxAge;
    }

    /** A level name in words: {@code PROBABLE_DEPENDENCE} becomes {@code probable dependence}. */
    static String label(String level) {
        return level.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
