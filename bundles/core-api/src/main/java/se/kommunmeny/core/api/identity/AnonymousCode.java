package se.kommunmeny.core.api.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * A pseudonymous code for an anonymous contact: someone using a service without registration, for whom no identity is
 * stored. The code is random and says nothing about the person, so it is not personal data by itself.
 *
 * <h2>Format</h2>
 * {@code ANON-XXXX-XXXX}: eight symbols of Crockford's base32 alphabet {@code 0-9 A-Z} without {@code I L O U}. The
 * first seven are random (from {@link SecureRandom}, 35 bits); the eighth is a check symbol computed with the
 * <em>Luhn mod N</em> algorithm for N = 32 over the values of the first seven: going from the rightmost of the seven
 * to the left, every other value starting with the rightmost is doubled and its two base-32 digits are added
 * ({@code 2v} if {@code 2v < 32}, otherwise {@code 2v - 31}); the other values are added unchanged; the check value is
 * {@code (32 - sum mod 32) mod 32}. This detects every single mistyped symbol (including the check symbol itself) and
 * most swaps of two adjacent symbols.
 *
 * <h2>Parsing</h2>
 * {@link #parse(String)} trims, ignores case and, as Crockford's base32 prescribes, reads {@code I} and {@code L} as
 * {@code 1} and {@code O} as {@code 0}; {@link #value()} is always the normalised upper-case form.
 *
 * <h2>Uniqueness</h2>
 * There are 32<sup>7</sup> (about 3.4&middot;10<sup>10</sup>) codes, so two generated codes rarely but possibly
 * coincide (roughly a 14&nbsp;% chance somewhere among 100&nbsp;000 codes). Whoever stores codes must enforce
 * uniqueness, e.g. with a unique constraint, and generate a new code on collision.
 */
public final class AnonymousCode {

    /** The fixed prefix of every code. */
    public static final String PREFIX = "ANON-";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = 32;
    private static final int SYMBOLS = 8;
    private static final int LENGTH = PREFIX.length() + SYMBOLS + 1;
    private static final int GROUP_SEPARATOR = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private AnonymousCode(String value) {
        this.value = value;
    }

    /** Generates a new random code. Thread-safe. */
    public static AnonymousCode generate() {
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < SYMBOLS - 1; i++) {
            values[i] = RANDOM.nextInt(BASE);
        }
        values[SYMBOLS - 1] = checkValue(values);
        return new AnonymousCode(render(values));
    }

    /**
     * Parses a code written as {@code ANON-XXXX-XXXX}, ignoring surrounding whitespace and case.
     *
     * @throws InvalidAnonymousCodeException if the input is empty, has the wrong shape or characters, or its check
     *         symbol does not match
     */
    public static AnonymousCode parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidAnonymousCodeException("No anonymous code was given");
        }
        String s = input.strip().toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH || !s.startsWith(PREFIX) || s.charAt(GROUP_SEPARATOR) != '-') {
            throw new InvalidAnonymousCodeException(
                    "An anonymous code must have the form ANON-XXXX-XXXX (two groups of four characters)");
        }
        int[] values = new int[SYMBOLS];
        int n = 0;
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (i == GROUP_SEPARATOR) {
                continue;
            }
            int v = decode(s.charAt(i));
            if (v < 0) {
                throw new InvalidAnonymousCodeException("An anonymous code may only contain the digits 0-9 and the "
                        + "letters A-Z except I, L, O and U");
            }
            values[n++] = v;
        }
        if (checkValue(values) != values[SYMBOLS - 1]) {
            throw new InvalidAnonymousCodeException(
                    "The anonymous code's check character does not match; please look for typing errors");
        }
        return new AnonymousCode(render(values));
    }

    /** The code in its normalised form {@code ANON-XXXX-XXXX}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof AnonymousCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The code itself, {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }

    /** Luhn mod 32 over the first seven values (see the class description). */
    static int checkValue(int[] values) {
        int sum = 0;
        boolean doubled = true;
        for (int i = SYMBOLS - 2; i >= 0; i--) {
            int addend = values[i];
            if (doubled) {
                addend *= 2;
                addend = addend / BASE + addend % BASE;
            }
            sum += addend;
            doubled = !doubled;
        }
        return (BASE - sum % BASE) % BASE;
    }

    /** The value of an upper-case Crockford symbol, with the aliases I, L = 1 and O = 0; -1 if not allowed. */
    private static int decode(char c) {
        switch (c) {
            case 'I':
            case 'L':
                return 1;
            case 'O':
                return 0;
            default:
                return ALPHABET.indexOf(c);
        }
    }

    private static String render(int[] values) {
        StringBuilder sb = new StringBuilder(LENGTH).append(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(values[i]));
        }
        return sb.toString();
    }
}
