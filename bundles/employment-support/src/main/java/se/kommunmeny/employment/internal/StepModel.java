package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.kommunmeny.employment.api.StepRule;

/**
 * Stegmodell: steps with their shortest and longest time, written {@code I:1-6,II:2-12,III} (step I 1–6 months,
 * step II 2–12 months, step III individual). A step may be written {@code II:2-} (no maximum) or {@code III} (no
 * limits). An empty text means no step model.
 */
final class StepModel {
    static final List<String> STEPS = List.of("STEP_I", "STEP_II", "STEP_III");
    private static final List<String> NUMERALS = List.of("I", "II", "III");

    private final List<StepRule> rules;

    private StepModel(List<StepRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static StepModel none() {
        return new StepModel(List.of());
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    static StepModel parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        List<StepRule> rules = new ArrayList<>();
        int last = -1;
        for (String part : text.split(",")) {
            StepRule rule = parseRule(part.trim());
            int index = STEPS.indexOf(rule.step());
            if (index <= last) {
                throw new IllegalArgumentException("steps must be written once each, in order I, II, III: " + text);
            }
            last = index;
            rules.add(rule);
        }
        return new StepModel(rules);
    }

    private static StepRule parseRule(String part) {
        String[] nameAndRange = part.split(":", 2);
        int numeral = NUMERALS.indexOf(nameAndRange[0].trim().toUpperCase(java.util.Locale.ROOT));
        if (numeral < 0) {
            throw new IllegalArgumentException("a step is I, II or III, not '" + nameAndRange[0].trim() + "'");
        }
        String step = STEPS.get(numeral);
        if (nameAndRange.length == 1 || nameAndRange[1].isBlank()) {
            return new StepRule(step, null, null);
        }
        String range = nameAndRange[1].trim();
        if (!range.matches("\\d{1,3}(-(\\d{1,3})?)?")) {
            throw new IllegalArgumentException("months of step " + NUMERALS.get(numeral) + " are written min-max, not '"
                    + range + "'");
        }
        String[] bounds = range.split("-", -1);
        Integer min = Integer.valueOf(bounds[0]);
        Integer max = bounds.length < 2 || bounds[1].isEmpty() ? null : Integer.valueOf(bounds[1]);
        if (max != null && max < min) {
            throw new IllegalArgumentException("step " + NUMERALS.get(numeral) + ": the maximum is below the minimum");
        }
        return new StepRule(step, min, max);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    List<StepRule> rules() {
        return rules;
    }

    String first() {
        return rules.isEmpty() ? null : rules.get(0).step();
    }

    Optional<StepRule> rule(String step) {
        return rules.stream().filter(r -> r.step().equals(step)).findFirst();
    }

    /** The day the step's maximum time is reached, or {@code null} when it has none. */
    LocalDate maximumReached(String step, LocalDate since) {
        Integer max = rule(step).map(StepRule::maxMonths).orElse(null);
        return max == null || since == null ? null : since.plusMonths(max);
    }

    /** Moving on to a later step before the current step's minimum time is over. */
    boolean isEarly(String from, String to, LocalDate since, LocalDate on) {
        if (STEPS.indexOf(to) <= STEPS.indexOf(from)) {
            return false;
        }
        Integer min = rule(from).map(StepRule::minMonths).orElse(null);
        return min != null && since != null && on.isBefore(since.plusMonths(min));
    }
}
