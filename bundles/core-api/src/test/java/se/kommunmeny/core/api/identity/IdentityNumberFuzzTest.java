package se.kommunmeny.core.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as an identity number either parses or is refused with {@link InvalidIdentityNumberException} —
 * never another exception, never a hang — and what parses survives the round trip through its canonical and
 * formatted forms, and its masked form never shows the last four digits. Without {@code JAZZER_FUZZ} this runs the
 * seed inputs under {@code src/test/resources/.../IdentityNumberFuzzTestInputs} as a unit test; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the time given.
 */
class IdentityNumberFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @FuzzTest(maxDuration = "60s")
    void parseReturnsANumberOrTheValidationException(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        for (int kind = 0; kind < 3; kind++) {
            IdentityNumber number;
            try {
                number = switch (kind) {
                    case 0 -> IdentityNumber.parse(input, TODAY);
                    case 1 -> IdentityNumber.parseSwedish(input, TODAY);
                    default -> IdentityNumber.parseCpr(input, TODAY);
                };
            } catch (InvalidIdentityNumberException refused) {
                assertFalse(refused.getMessage().contains(input.trim()) && input.trim().length() >= 10,
                        "the refusal repeats the number");
                continue;
            }
            assertFalse(number.birthDate().isAfter(TODAY), "a birth date after today");
            assertEquals(number, IdentityNumber.of(number.type(), number.canonical()));
            IdentityNumber again = number.type() == IdentityType.CPR ? IdentityNumber.parseCpr(number.formatted(), TODAY)
                    : IdentityNumber.parseSwedish(number.formatted(), TODAY);
            assertEquals(number, again);
            assertEquals(number.hashCode(), again.hashCode());
            String masked = number.masked();
            assertTrue(masked.endsWith("-****"), masked);
            assertFalse(number.toString().contains(number.canonical()), "toString shows the whole number");
            // The ten-digit form names no century: "+" covers ages 100 to 199 only (1812 and 1912 share one form).
            if (number.type() != IdentityType.CPR && TODAY.getYear() - number.birthDate().getYear() < 200) {
                assertEquals(number, IdentityNumber.parseSwedish(number.tenDigitForm(TODAY), TODAY));
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ofReturnsANumberOrTheValidationException(FuzzedDataProvider data) {
        IdentityType type = data.pickValue(IdentityType.values());
        String canonical = data.consumeRemainingAsString();
        try {
            IdentityNumber number = IdentityNumber.of(type, canonical);
            assertEquals(type, number.type());
            assertEquals(canonical, number.canonical());
        } catch (InvalidIdentityNumberException refused) {
            // the documented refusal
        }
    }
}
