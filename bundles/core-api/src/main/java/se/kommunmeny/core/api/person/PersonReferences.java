package se.kommunmeny.core.api.person;

import java.util.regex.Pattern;

import se.kommunmeny.core.api.identity.AnonymousCode;

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

    /**
     * The reference as an offering stores it: an anonymous contact's code in the form it was issued in (upper case,
     * {@code I}/{@code L} read as {@code 1} and {@code O} as {@code 0}, as {@link AnonymousCode#parse} accepts it),
     * anything else only trimmed. One contact typed two ways must be stored one way, or its records are not found by
     * its code: not by the export, nor by retention's check whether a code is still in use.
     *
     * @return {@code null} for {@code null}
     */
    public static String canonical(String reference) {
        if (reference == null) {
            return null;
        }
        String trimmed = reference.trim();
        if (isPersonId(trimmed)) {
            return trimmed;
        }
        try {
            return AnonymousCode.parse(trimmed).value();
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** The person register id for the audit log, or {@code null} when the reference is an anonymous code. */
    public static String personIdOrNull(String reference) {
        return isPersonId(reference) ? reference : null;
    }
}
