package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A cohort's meeting calendar: the group meets weekly from the first meeting, meeting n on the first day plus n-1
 * weeks with the template's theme n; the parents' meetings run alongside on the weeks of the first and the last
 * meeting, or spread evenly when there are more than two.
 */
final class GroupCalendar {
    /** A meeting the calendar prescribes. */
    record Planned(String kind, int number, LocalDate date, String startTime, int minutes, String theme) {
    }

    private GroupCalendar() {
    }

    static List<Planned> plan(GroupTemplate template, LocalDate first, String startTime) {
        int meetings = template.meetings;
        List<Planned> planned = new ArrayList<>();
        for (int n = 1; n <= meetings; n++) {
            planned.add(new Planned(MeetingEntity.GROUP, n, first.plusWeeks(n - 1L), startTime,
                    template.minutesPerMeeting, template.themes.get(n - 1)));
        }
        List<Integer> parentWeeks = parentMeetingWeeks(meetings, template.parallelParentMeetings);
        for (int p = 0; p < parentWeeks.size(); p++) {
            planned.add(new Planned(MeetingEntity.PARENTS, p + 1, first.plusWeeks(parentWeeks.get(p) - 1L), startTime,
                    template.minutesPerMeeting, "Föräldraträff " + (p + 1)));
        }
        planned.sort(Comparator.comparing(Planned::date).thenComparing(Planned::kind));
        return planned;
    }

    /**
     * The group meeting numbers in whose weeks the parents meet: none; the first; the first and the last; or
     * {@code parents} weeks spread evenly from the first to the last.
     */
    static List<Integer> parentMeetingWeeks(int meetings, int parents) {
        List<Integer> weeks = new ArrayList<>();
        if (parents <= 0) {
            return weeks;
        }
        if (parents == 1 || meetings == 1) {
            weeks.add(1);
            return weeks;
        }
        for (int p = 0; p < parents; p++) {
            weeks.add(1 + (int) Math.round((double) p * (meetings - 1) / (parents - 1)));
        }
        return weeks;
    }

    /** The last day of the period: the day of the last group meeting. */
    static LocalDate lastMeeting(GroupTemplate template, LocalDate first) {
        return first.plusWeeks(template.meetings - 1L);
    }
}
