package se.kommunmeny.supportgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GroupCalendarTest {

    static GroupTemplate template(int meetings, int parents) {
        GroupTemplate t = new GroupTemplate();
        t.id = "dropp";
        t.name = "Dropp";
        t.audience = "CHILDREN";
        t.ageBand = new GroupTemplate.AgeBand();
        t.ageBand.min = 7;
        t.ageBand.max = 12;
        t.meetings = meetings;
        t.minutesPerMeeting = 90;
        t.themes = new ArrayList<>();
        for (int i = 1; i <= meetings; i++) {
            t.themes.add("Tema " + i);
        }
        t.maxParticipants = 8;
        t.parallelParentMeetings = parents;
        return t;
    }

    @Test
    void fifteenWeeklyMeetingsWithThemesAndTwoParentsMeetings() {
        LocalDate first = LocalDate.of(2026, 2, 4);
        List<GroupCalendar.Planned> plan = GroupCalendar.plan(template(15, 2), first, "17:30");
        List<GroupCalendar.Planned> group = plan.stream().filter(p -> p.kind().equals("GROUP")).toList();
        List<GroupCalendar.Planned> parents = plan.stream().filter(p -> p.kind().equals("PARENTS")).toList();
        assertEquals(15, group.size());
        assertEquals(first, group.get(0).date());
        assertEquals(first.plusWeeks(14), group.get(14).date());
        assertEquals("Tema 7", group.get(6).theme());
        assertEquals(90, group.get(3).minutes());
        assertEquals("17:30", group.get(3).startTime());
        assertEquals(List.of(first, first.plusWeeks(14)), parents.stream().map(GroupCalendar.Planned::date).toList());
        assertEquals(first.plusWeeks(14), GroupCalendar.lastMeeting(template(15, 2), first));
    }

    @Test
    void theGroupMeetingComesBeforeTheParentsOnTheSameDay() {
        List<GroupCalendar.Planned> plan = GroupCalendar.plan(template(3, 1), LocalDate.of(2026, 1, 7), "18:00");
        assertEquals(List.of("GROUP", "PARENTS", "GROUP", "GROUP"),
                plan.stream().map(GroupCalendar.Planned::kind).toList());
    }

    @Test
    void parentsMeetingsAreSpreadEvenly() {
        assertEquals(List.of(), GroupCalendar.parentMeetingWeeks(15, 0));
        assertEquals(List.of(1), GroupCalendar.parentMeetingWeeks(15, 1));
        assertEquals(List.of(1, 15), GroupCalendar.parentMeetingWeeks(15, 2));
        assertEquals(List.of(1, 8, 15), GroupCalendar.parentMeetingWeeks(15, 3));
        assertEquals(List.of(1, 4, 7), GroupCalendar.parentMeetingWeeks(7, 3));
        assertEquals(List.of(1), GroupCalendar.parentMeetingWeeks(1, 2));
    }

    @Test
    void aMoveStaysInsideThePeriodAndOutOfThePast() {
        LocalDate first = LocalDate.of(2026, 2, 4);
        LocalDate last = first.plusWeeks(14);
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertEquals(0, problems(first.plusWeeks(5), first, last, today));
        assertEquals(1, problems(last.plusDays(1), first, last, today));
        assertEquals(1, problems(first.minusDays(1), first, last, today));
        assertEquals(1, problems(today.minusDays(1), first, last, today));
        assertEquals(0, problems(today, first, last, today));
    }

    private static int problems(LocalDate date, LocalDate first, LocalDate last, LocalDate today) {
        var problems = new se.kommunmeny.core.api.problem.ValidationException.Collector();
        MeetingRules.checkMove(problems, date, first, last, today);
        try {
            problems.throwIfAny();
            return 0;
        } catch (se.kommunmeny.core.api.problem.ValidationException e) {
            return e.fieldProblems().size();
        }
    }
}
