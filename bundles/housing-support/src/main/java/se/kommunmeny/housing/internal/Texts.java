package se.kommunmeny.housing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.kommunmeny.core.api.problem.ValidationException;

/** Validation of free text, lists of text and codes, with field paths like {@code workPlan.conditions[2]}. */
final class Texts {
    static final int MAX_TEXT = 2000;
    static final int MAX_ITEM = 300;
    static final int MAX_ITEMS = 20;

    private Texts() {
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Optional text, at most {@code max} characters; trimmed, or {@code null}. */
    static String text(ValidationException.Collector problems, String field, String value, int max) {
        String t = trimmed(value);
        problems.maxLength(field, t, max);
        return t;
    }

    static String required(ValidationException.Collector problems, String field, String value, int max) {
        problems.require(field, value);
        return text(problems, field, value, max);
    }

    /** The non-blank items, each at most {@link #MAX_ITEM} characters, at most {@link #MAX_ITEMS} of them. */
    static List<String> items(ValidationException.Collector problems, String field, List<String> values) {
        List<String> items = new ArrayList<>();
        if (values == null) {
            return items;
        }
        if (values.size() > MAX_ITEMS) {
            problems.add(field, "must have at most " + MAX_ITEMS + " items");
            return items;
        }
        for (int i = 0; i < values.size(); i++) {
            String item = trimmed(values.get(i));
            if (item == null) {
                problems.add(field + "[" + i + "]", "is empty");
            } else {
                problems.maxLength(field + "[" + i + "]", item, MAX_ITEM);
                items.add(item);
            }
        }
        return items;
    }

    /** A code from {@code allowed} (case-insensitive), {@code fallback} when empty. */
    static String code(ValidationException.Collector problems, String field, String value, Set<String> allowed,
            String fallback) {
        String t = trimmed(value);
        if (t == null) {
            if (fallback == null) {
                problems.add(field, "is required");
            }
            return fallback;
        }
        String code = t.toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            problems.add(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return code;
    }
}
