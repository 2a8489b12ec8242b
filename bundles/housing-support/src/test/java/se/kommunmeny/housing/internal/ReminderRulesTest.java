package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.housing.api.Reminder;

class ReminderRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    @Test
    void dueWithinTheWindowIsRemindedWithDaysLeft() {
        List<Reminder> r = ReminderRules.of(new ReminderRules.Due("p1", TODAY.plusDays(5), null, null), TODAY, 30);
        assertEquals(List.of(new Reminder("p1", "FOLLOW_UP_DUE", TODAY.plusDays(5), 5)), r);
    }

    @Test
    void overdueIsRemindedWithNegativeDaysLeft() {
        List<Reminder> r = ReminderRules.of(new ReminderRules.Due("p1", TODAY.minusDays(3), null, null), TODAY, 0);
        assertEquals(-3, r.get(0).daysLeft());
    }

    @Test
    void beyondTheWindowIsNotReminded() {
        assertTrue(ReminderRules.of(new ReminderRules.Due("p1", TODAY.plusDays(31), TODAY.plusDays(40),
                TODAY.plusDays(100)), TODAY, 30).isEmpty());
    }

    @Test
    void theLastDayOfTheWindowCounts() {
        assertEquals(1, ReminderRules.of(new ReminderRules.Due("p1", null, TODAY.plusDays(30), null), TODAY, 30)
                .size());
    }

    @Test
    void maximumStayAndQualifyingPeriodHaveTheirOwnKinds() {
        List<Reminder> r = ReminderRules.of(new ReminderRules.Due("p1", null, TODAY.plusDays(10), TODAY.plusDays(20)),
                TODAY, 30);
        assertEquals(List.of("MAX_STAY_ENDING", "QUALIFYING_PERIOD_REACHED"), r.stream().map(Reminder::kind).toList());
        assertEquals(20, r.get(1).daysLeft());
    }
}
