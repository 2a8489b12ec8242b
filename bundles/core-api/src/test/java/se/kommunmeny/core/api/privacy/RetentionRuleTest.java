package se.kommunmeny.core.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;

import org.junit.jupiter.api.Test;

class RetentionRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void parsesPeriodsAnchorsAndKeep() {
        assertEquals(new RetentionRule(Period.ofYears(5), RetentionRule.Anchor.AFTER_LAST_ENTRY),
                RetentionRule.parse(" P5Y   after-last-entry "));
        assertEquals(new RetentionRule(Period.ofMonths(18), RetentionRule.Anchor.AFTER_CREATED),
                RetentionRule.parse("p18m AFTER-CREATED"));
        assertEquals(RetentionRule.KEEP, RetentionRule.parse("keep"));
        assertEquals("P5Y after-last-entry", RetentionRule.parse("P5Y after-last-entry").toString());
    }

    @Test
    void refusesWhatIsNotARule() {
        for (String bad : new String[] {"", "five years", "P5Y", "P5Y after-lunch", "P0Y after-created",
                "P-1Y after-created", "keep P5Y"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionRule.parse(bad));
            assertFalse(e.getMessage().isBlank(), bad);
        }
    }

    @Test
    void expiresWhenThePeriodHasPassed() {
        RetentionRule rule = RetentionRule.parse("P5Y after-last-entry");
        assertTrue(rule.expired(Instant.parse("2021-11-22T12:00:00Z"), NOW));
        assertFalse(rule.expired(Instant.parse("2021-11-22T12:00:01Z"), NOW));
        assertFalse(rule.expired(null, NOW), "no entry time: kept");
        assertFalse(RetentionRule.KEEP.expired(Instant.EPOCH, NOW));
    }
}
