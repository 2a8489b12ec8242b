package se.kommunmeny.treatmentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ProgrammeCalendarTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 9, 2);

    private static ProgrammeTemplate shipped(String id) {
        return TemplateCatalog.read(ProgrammeCalendarTest.class.getResource("/templates/" + id + ".json")).orElseThrow();
    }

    @Test
    void twelveWeekCbtHasFiveSessionsAWeekOnWeekdaysWithThePhasesThemes() {
        List<ProgrammeCalendar.Planned> plan = ProgrammeCalendar.plan(shipped("kbt-12"), false, WEDNESDAY);
        assertEquals(12 * 5, plan.size());
        Map<String, Long> byKind = plan.stream().collect(Collectors.groupingBy(ProgrammeCalendar.Planned::kind,
                Collectors.counting()));
        assertEquals(Map.of("GROUP", 36L, "INDIVIDUAL", 12L, "CONTACT_PERSON", 12L), byKind);
        for (ProgrammeCalendar.Planned p : plan) {
            assertTrue(p.date().getDayOfWeek().getValue() <= 5, p + " falls on a weekend");
            LocalDate weekStart = WEDNESDAY.plusWeeks(p.week() - 1);
            assertTrue(!p.date().isBefore(weekStart) && p.date().isBefore(weekStart.plusWeeks(1)), p + " outside its week");
        }
        assertEquals(WEDNESDAY, plan.get(0).date());
        assertEquals("GROUP", plan.get(0).kind());
        assertEquals(LocalTime.of(9, 30), plan.get(0).startTime());
        assertEquals("Introduktion", plan.get(0).theme());
        assertEquals("Vecka 10-12", plan.get(plan.size() - 1).phase());
        // Sorted by day and time, and every session has a key of its own.
        for (int i = 1; i < plan.size(); i++) {
            ProgrammeCalendar.Planned a = plan.get(i - 1);
            ProgrammeCalendar.Planned b = plan.get(i);
            assertTrue(a.date().isBefore(b.date()) || a.date().equals(b.date()) && !a.startTime().isAfter(b.startTime()));
        }
        Set<String> keys = new HashSet<>();
        plan.forEach(p -> assertTrue(keys.add(p.key()), "duplicate key " + p.key()));
    }

    @Test
    void twelveStepAftercareHasItsOwnWeeklyGroupAndContinuesTheWeekNumbers() {
        ProgrammeTemplate t = shipped("tolvsteg-16-24");
        List<ProgrammeCalendar.Planned> primary = ProgrammeCalendar.plan(t, false, WEDNESDAY);
        assertEquals(16 * 5, primary.size());
        List<ProgrammeCalendar.Planned> aftercare = ProgrammeCalendar.plan(t, true, WEDNESDAY);
        assertEquals(24, aftercare.size());
        assertEquals(17, aftercare.get(0).week());
        assertEquals(40, aftercare.get(23).week());
        assertEquals(WEDNESDAY, aftercare.get(0).date());
        assertTrue(aftercare.stream().allMatch(p -> p.kind().equals("GROUP") && p.date().getDayOfWeek() == DayOfWeek.WEDNESDAY));
        assertEquals("Eftervård", aftercare.get(0).phase());
    }

    @Test
    void aTotalCapsTheSessionsOfAKindAndAProgrammeWithoutAftercareHasNone() {
        ProgrammeTemplate t = shipped("vackarklockan");
        assertEquals(22, ProgrammeCalendar.plan(t, false, WEDNESDAY).size());
        assertEquals(List.of(), ProgrammeCalendar.plan(t, true, WEDNESDAY));
        ProgrammeTemplate capped = shipped("vackarklockan");
        capped.sessions.get(0).total = 5;
        assertEquals(5, ProgrammeCalendar.plan(capped, false, WEDNESDAY).size());
    }

    @Test
    void templatesWithBadOutreachLaddersOrAftercareBeforePrimaryAreRefused() {
        ProgrammeTemplate t = shipped("kbt-12");
        t.outreach.get(0).method = "CARRIER_PIGEON";
        t.outreach.get(1).withinHours = 0;
        t.phases.get(0).aftercare = true;
        t.sessions.get(0).perWeek = 6;
        List<String> problems = t.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("CARRIER_PIGEON")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("withinHours")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("comes after aftercare")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("at most 5 per week")), problems.toString());
        assertEquals(List.of(), shipped("kbt-12").problems());
    }
}
