package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.employment.api.ReminderView;

class RemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void theFirstFollowUpIsAnIntervalAfterTheStartThenAfterTheLastMeeting() {
        assertEquals(LocalDate.of(2026, 5, 31), Reminders.nextFollowUp(LocalDate.of(2026, 5, 1), null, 30));
        assertEquals(LocalDate.of(2026, 6, 4), Reminders.nextFollowUp(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 5), 30));
        assertEquals(LocalDate.of(2026, 5, 31), Reminders.nextFollowUp(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 20), 30), "a meeting before the start does not count");
    }

    @Test
    void overdueAndComingRemindersWithinTheWindowAreListed() {
        Reminders.Facts f = new Reminders.Facts("p1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 20), 30, LocalDate.of(2026, 6, 1));
        List<ReminderView> due = Reminders.due(f, TODAY, 30);
        assertEquals(List.of(new ReminderView("p1", "FOLLOW_UP_DUE", LocalDate.of(2026, 5, 1), -9),
                new ReminderView("p1", "MEETING_DUE", LocalDate.of(2026, 5, 20), 10),
                new ReminderView("p1", "STEP_MAX_REACHED", LocalDate.of(2026, 6, 1), 22)), due);
    }

    @Test
    void remindersBeyondTheWindowOrWithoutADateAreLeftOut() {
        Reminders.Facts f = new Reminders.Facts("p2", LocalDate.of(2026, 5, 1), null, null, 60, null);
        assertEquals(List.of(), Reminders.due(f, TODAY, 30));
        assertEquals(List.of(new ReminderView("p2", "FOLLOW_UP_DUE", LocalDate.of(2026, 6, 30), 51)),
                Reminders.due(f, TODAY, 51));
    }
}
