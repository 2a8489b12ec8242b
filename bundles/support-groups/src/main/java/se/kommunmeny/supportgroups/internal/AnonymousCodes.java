package se.kommunmeny.supportgroups.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The codes of anonymous and partner participants, {@code G-XXXX-XXXX}: random, from letters and digits that cannot
 * be mistaken for one another when read aloud or written by hand (no 0/O, 1/I/L).
 */
final class AnonymousCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("G-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnonymousCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("G-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static boolean isCode(String s) {
        return s != null && CODE.matcher(s).matches();
    }
}
