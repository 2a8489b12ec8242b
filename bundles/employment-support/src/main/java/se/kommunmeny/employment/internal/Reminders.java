package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.kommunmeny.employment.api.ReminderView;

/**
 * What falls due on an active placement, computed from its data: the follow-up every interval days after the last
 * network meeting (or the start), the next meeting agreed at the last one, and the day the current step's maximum
 * time is reached.
 */
final class Reminders {
    static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";
    static final String MEETING_DUE = "MEETING_DUE";
    static final String STEP_MAX_REACHED = "STEP_MAX_REACHED";

    private Reminders() {
    }

    /** The facts of one placement the reminders are computed from. */
    record Facts(String placementId, LocalDate start, LocalDate lastMeeting, LocalDate nextMeetingAgreed,
            int followUpIntervalDays, LocalDate stepMaximum) {
    }

    /** The next follow-up: the interval after the last meeting, or after the start before the first one. */
    static LocalDate nextFollowUp(LocalDate start, LocalDate lastMeeting, int intervalDays) {
        return (lastMeeting == null || lastMeeting.isBefore(start) ? start : lastMeeting).plusDays(intervalDays);
    }

    /** The reminders due on or before {@code today + withinDays}, overdue ones included. */
    static List<ReminderView> due(Facts f, LocalDate today, int withinDays) {
        LocalDate horizon = today.plusDays(withinDays);
        List<ReminderView> due = new ArrayList<>();
        add(due, f.placementId(), FOLLOW_UP_DUE, nextFollowUp(f.start(), f.lastMeeting(), f.followUpIntervalDays()),
                today, horizon);
        add(due, f.placementId(), MEETING_DUE, f.nextMeetingAgreed(), today, horizon);
        add(due, f.placementId(), STEP_MAX_REACHED, f.stepMaximum(), today, horizon);
        return due;
    }

    private static void add(List<ReminderView> due, String id, String kind, LocalDate date, LocalDate today,
            LocalDate horizon) {
        if (date != null && !date.isAfter(horizon)) {
            due.add(new ReminderView(id, kind, date, ChronoUnit.DAYS.between(today, date)));
        }
    }
}
