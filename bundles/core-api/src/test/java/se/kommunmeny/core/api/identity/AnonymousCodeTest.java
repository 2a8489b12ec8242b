package se.kommunmeny.core.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnonymousCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("ANON-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    /** Positions of the eight symbols in ANON-XXXX-XXXX. */
    private static final int[] SYMBOL_POSITIONS = {5, 6, 7, 8, 10, 11, 12, 13};

    @Test
    void generatedCodesHaveTheFormatAndParseBack() {
        for (int i = 0; i < 1000; i++) {
            AnonymousCode code = AnonymousCode.generate();
            assertTrue(SHAPE.matcher(code.value()).matches(), code.value());
            assertEquals(code.value(), code.toString());
            AnonymousCode parsed = AnonymousCode.parse(code.value());
            assertEquals(code, parsed);
            assertEquals(code.hashCode(), parsed.hashCode());
            assertEquals(code, AnonymousCode.parse("  " + code.value().toLowerCase(Locale.ROOT) + "\n"));
        }
    }

    @Test
    void generatedCodesAreUnique() {
        // 1000 codes out of 32^7: a collision has a probability of about 1.5e-5
        Set<AnonymousCode> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(AnonymousCode.generate());
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void everySingleCharacterTypoIsDetected() {
        for (int n = 0; n < 50; n++) {
            String value = AnonymousCode.generate().value();
            for (int position : SYMBOL_POSITIONS) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == value.charAt(position)) {
                        continue;
                    }
                    String typo = value.substring(0, position) + replacement + value.substring(position + 1);
                    assertThrows(InvalidAnonymousCodeException.class, () -> AnonymousCode.parse(typo), typo);
                }
            }
        }
    }

    @Test
    void aSpecificTypoIsDetected() {
        AnonymousCode code = AnonymousCode.generate();
        String value = code.value();
        char original = value.charAt(7);
        char other = original == 'X' ? 'Y' : 'X';
        String typo = value.substring(0, 7) + other + value.substring(8);
        InvalidAnonymousCodeException e =
                assertThrows(InvalidAnonymousCodeException.class, () -> AnonymousCode.parse(typo));
        assertTrue(e.getMessage().contains("check"), e.getMessage());
    }

    @Test
    void mostAdjacentSwapsAreDetected() {
        int swaps = 0;
        int detected = 0;
        for (int n = 0; n < 500; n++) {
            String value = AnonymousCode.generate().value();
            for (int i = 0; i < SYMBOL_POSITIONS.length - 1; i++) {
                int a = SYMBOL_POSITIONS[i];
                int b = SYMBOL_POSITIONS[i + 1];
                if (value.charAt(a) == value.charAt(b)) {
                    continue;
                }
                char[] chars = value.toCharArray();
                chars[a] = value.charAt(b);
                chars[b] = value.charAt(a);
                swaps++;
                try {
                    AnonymousCode.parse(new String(chars));
                } catch (InvalidAnonymousCodeException e) {
                    detected++;
                }
            }
        }
        assertTrue(detected > swaps * 0.9, detected + " of " + swaps);
    }

    @Test
    void knownCodeAndCrockfordAliases() {
        // values 1,2,3,4,5,6,7: from the right 7*2=14, 6, 5*2=10, 4, 3*2=6, 2, 1*2=2 -> 44; (32 - 44 % 32) % 32 = 20 = 'M'
        AnonymousCode code = AnonymousCode.parse("ANON-1234-567M");
        assertEquals("ANON-1234-567M", code.value());
        assertEquals(code, AnonymousCode.parse("anon-i234-567m"));
        assertEquals(code, AnonymousCode.parse("ANON-L234-567M"));
        // value 0 written as the letter O
        AnonymousCode zero = AnonymousCode.parse("ANON-0000-0000");
        assertEquals(zero, AnonymousCode.parse("anon-oooo-oooo"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "  ", "ANON-1234-567", "ANON-1234-567MM", "ANON1234-567M", "ANON-1234567M", "ANON-1234_567M", "ANON-U234-567M",
        "XNON-1234-567M", "ANON-1234-567N", "ANON-12 4-567M", "ANON-1234-567*",
    })
    void invalidCodesAreRejected(String input) {
        InvalidAnonymousCodeException e =
                assertThrows(InvalidAnonymousCodeException.class, () -> AnonymousCode.parse(input));
        assertTrue(e instanceof IllegalArgumentException);
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void distinctCodesAreNotEqual() {
        assertNotEquals(AnonymousCode.parse("ANON-1234-567M"), AnonymousCode.parse("ANON-0000-0000"));
    }
}
