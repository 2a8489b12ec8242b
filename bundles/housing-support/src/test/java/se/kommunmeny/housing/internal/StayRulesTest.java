package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StayRulesTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 15);

    @Test
    void sixMonthsMaximumEndsTheDayBeforeTheSameDateSixMonthsLater() {
        assertEquals(LocalDate.of(2025, 7, 14), StayRules.maxStayLastDay(START, 6));
    }

    @Test
    void maximumStayFromTheLastDayOfAMonthFollowsShortMonths() {
        assertEquals(LocalDate.of(2025, 2, 27), StayRules.maxStayLastDay(LocalDate.of(2025, 1, 31), 1));
    }

    @Test
    void noMaximumStayGivesNoLastDay() {
        assertNull(StayRules.maxStayLastDay(START, -1));
        assertFalse(StayRules.beyondMaxStay(START, LocalDate.of(2040, 1, 1), -1));
    }

    @Test
    void plannedEndOnTheLastDayIsWithinAndTheDayAfterIsBeyond() {
        assertFalse(StayRules.beyondMaxStay(START, LocalDate.of(2025, 7, 14), 6));
        assertTrue(StayRules.beyondMaxStay(START, LocalDate.of(2025, 7, 15), 6));
    }

    @Test
    void noPlannedEndIsNeverBeyond() {
        assertFalse(StayRules.beyondMaxStay(START, null, 6));
    }

    @Test
    void contractMayPassAfterTheQualifyingPeriod() {
        assertEquals(LocalDate.of(2026, 1, 15), StayRules.earliestTransfer(START, 12));
        assertEquals(START, StayRules.earliestTransfer(START, 0));
        assertNull(StayRules.earliestTransfer(START, -1));
    }

    @Test
    void evictionNoticeIsRoundedUpToWholeDays() {
        LocalDate on = LocalDate.of(2025, 3, 1);
        assertEquals(on, StayRules.moveOutBy(on, 0));
        assertEquals(on.plusDays(1), StayRules.moveOutBy(on, 1));
        assertEquals(on.plusDays(1), StayRules.moveOutBy(on, 24));
        assertEquals(on.plusDays(2), StayRules.moveOutBy(on, 25));
        assertEquals(on.plusDays(3), StayRules.moveOutBy(on, 72));
    }

    @Test
    void firstFollowUpIsAnIntervalAfterTheStartThenAfterTheLastFollowUp() {
        assertEquals(LocalDate.of(2025, 2, 14), StayRules.nextFollowUp(START, null, 30));
        assertEquals(LocalDate.of(2025, 3, 22), StayRules.nextFollowUp(START, LocalDate.of(2025, 2, 20), 30));
    }
}
