package se.kommunmeny.supportgroups.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import se.kommunmeny.core.api.problem.ValidationException;

/** Validation of free text, codes, user names and times of day. */
final class Texts {
    static final int MAX_TEXT = 2000;
    static final String USER_NAME = "[A-Za-z0-9._@-]{1,100}";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

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

    /** A code from {@code allowed} (case-insensitive); "is required" when empty. */
    static String code(ValidationException.Collector problems, String field, String value, Set<String> allowed) {
        String t = trimmed(value);
        if (t == null) {
            problems.add(field, "is required");
            return null;
        }
        String code = t.toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            problems.add(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return code;
    }

    /** A time of day written HH:mm, normalised; {@code fallback} when empty. */
    static String time(ValidationException.Collector problems, String field, String value, String fallback) {
        String t = trimmed(value);
        if (t == null) {
            if (fallback == null) {
                problems.add(field, "is required");
            }
            return fallback;
        }
        try {
            return LocalTime.parse(t, HH_MM).format(HH_MM);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be a time written HH:mm");
            return null;
        }
    }

    static boolean isUserName(String s) {
        return s != null && s.matches(USER_NAME);
    }
}
