package se.kommunmeny.core.api.person;

import java.util.regex.Pattern;

/**
 * How offerings refer to people: a registered person by the register's id (a UUID), an anonymous contact by its
 * code. Neither carries personal data.
 */
public final class PersonReferences {
    private static final Pattern PERSON_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private PersonReferences() {
    }

    /** Whether the text has the shape of a person register id (it may still name nobody). */
    public static boolean isPersonId(String reference) {
        return reference != null && PERSON_ID.matcher(reference).matches();
    }

    /** The person register id for the audit log, or {@code null} when the reference is an anonymous code. */
    public static String personIdOrNull(String reference) {
        return isPersonId(reference) ? reference : null;
    }
}
