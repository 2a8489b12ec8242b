package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

import se.kommunmeny.core.api.problem.ValidationException;

/** Alias: the first name or made-up name an anonymous participant goes by, 1–40 letters (a space or hyphen between). */
final class Aliases {
    private static final Pattern ALIAS = Pattern.compile("\\p{L}+([ -]\\p{L}+)*");
    static final int MAX = 40;

    private Aliases() {
    }

    static boolean isAlias(String s) {
        return s != null && s.length() <= MAX && ALIAS.matcher(s).matches();
    }

    /** The trimmed alias, or {@code null} after adding a field problem. */
    static String check(ValidationException.Collector problems, String field, String value, LocalDate today) {
        String alias = Texts.trimmed(value);
        if (alias == null) {
            problems.add(field, "is required");
            return null;
        }
        if (IdentityShapes.containsIdentityNumber(alias, today)) {
            problems.add(field, "must not contain an identity number (personnummer, samordningsnummer or CPR number)");
            return null;
        }
        if (!isAlias(alias)) {
            problems.add(field, "must be a first name or made-up name of 1-" + MAX + " letters");
            return null;
        }
        return alias;
    }
}
