package se.kommunmeny.core.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as an anonymous code either parses into the canonical {@code ANON-XXXX-XXXX} form (which parses
 * back to the same code) or is refused with {@link InvalidAnonymousCodeException}; never another exception.
 */
class AnonymousCodeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseReturnsACodeOrTheValidationException(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        AnonymousCode code;
        try {
            code = AnonymousCode.parse(input);
        } catch (InvalidAnonymousCodeException refused) {
            return;
        }
        assertTrue(code.value().matches("ANON-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code.value());
        assertEquals(code, AnonymousCode.parse(code.value()));
    }
}
