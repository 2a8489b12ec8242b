package se.kommunmeny.housing.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.kommunmeny.housing.api.Reminder;

/** Reminders of an active placement, computed from its dates on read. */
final class ReminderRules {
    static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";
    static final String MAX_STAY_ENDING = "MAX_STAY_ENDING";
    static final String QUALIFYING_PERIOD_REACHED = "QUALIFYING_PERIOD_REACHED";

    private ReminderRules() {
    }

    /**
     * The dates of an active placement that may call for a reminder.
     *
     * @param nextFollowUp the next follow-up due
     * @param plannedEnd the planned end (the maximum stay unless decided otherwise), or {@code null}
     * @param transferFrom the first day the contract may pass to the tenant, or {@code null}
     */
    record Due(String placementId, LocalDate nextFollowUp, LocalDate plannedEnd, LocalDate transferFrom) {
    }

    /** The reminders due within {@code withinDays} of today, or overdue. */
    static List<Reminder> of(Due due, LocalDate today, int withinDays) {
        LocalDate horizon = today.plusDays(withinDays);
        List<Reminder> reminders = new ArrayList<>();
        add(reminders, due.placementId(), FOLLOW_UP_DUE, due.nextFollowUp(), today, horizon);
        add(reminders, due.placementId(), MAX_STAY_ENDING, due.plannedEnd(), today, horizon);
        add(reminders, due.placementId(), QUALIFYING_PERIOD_REACHED, due.transferFrom(), today, horizon);
        return reminders;
    }

    private static void add(List<Reminder> reminders, String id, String kind, LocalDate date, LocalDate today,
            LocalDate horizon) {
        if (date != null && !date.isAfter(horizon)) {
            reminders.add(new Reminder(id, kind, date, ChronoUnit.DAYS.between(today, date)));
        }
    }
}
