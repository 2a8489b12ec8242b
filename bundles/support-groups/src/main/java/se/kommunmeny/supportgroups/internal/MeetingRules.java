package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;

import se.kommunmeny.core.api.problem.ValidationException;

/** Rules of moving a meeting and the words of the notices that tell participants of a change. */
final class MeetingRules {
    private MeetingRules() {
    }

    /** A meeting moves within the cohort's period (first to last meeting day) and not into the past. */
    static void checkMove(ValidationException.Collector problems, LocalDate date, LocalDate first, LocalDate last,
            LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(first) || date.isAfter(last)) {
            problems.add("date", "must lie within the cohort's period " + first + " to " + last);
        } else if (date.isBefore(today)) {
            problems.add("date", "cannot be in the past");
        }
    }

    static String movedMessage(MeetingEntity m, LocalDate date, String time, String reason) {
        return what(m) + " den " + m.date + " kl. " + m.startTime + " flyttas till den " + date + " kl. " + time + "."
                + because(reason);
    }

    static String cancelledMessage(MeetingEntity m, String reason) {
        return what(m) + " den " + m.date + " kl. " + m.startTime + " är inställd." + because(reason);
    }

    private static String what(MeetingEntity m) {
        return MeetingEntity.PARENTS.equals(m.kind) ? "Föräldraträff " + m.number : "Gruppträff " + m.number;
    }

    private static String because(String reason) {
        return reason == null ? "" : " Orsak: " + reason;
    }
}
