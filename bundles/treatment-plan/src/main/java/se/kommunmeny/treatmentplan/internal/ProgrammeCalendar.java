package se.kommunmeny.treatmentplan.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions a programme's template prescribes for one phase of a client's course: week by week from the day the
 * client started, each kind of session on fixed weekdays and times, with the phase's theme of the week. Week 1 is
 * the seven days from the start day; aftercare weeks continue the programme's numbering after primary treatment.
 */
final class ProgrammeCalendar {
    /** A session the calendar prescribes; {@code key} identifies it so that generating twice creates it once. */
    record Planned(String key, String kind, LocalDate date, LocalTime startTime, int week, String phase, String theme) {
    }

    private static final Map<Integer, List<DayOfWeek>> DAYS = Map.of(
            1, List.of(DayOfWeek.WEDNESDAY),
            2, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            3, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            4, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            5, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    private ProgrammeCalendar() {
    }

    static LocalTime defaultTime(String kind) {
        return switch (kind) {
            case "GROUP" -> LocalTime.of(9, 30);
            case "INDIVIDUAL" -> LocalTime.of(13, 0);
            case "CONTACT_PERSON" -> LocalTime.of(14, 30);
            case "DRUG_TEST" -> LocalTime.of(8, 30);
            case "SUPPORT_GROUP" -> LocalTime.of(18, 0);
            default -> LocalTime.of(10, 0);
        };
    }

    /** Every session of the phases for {@code aftercare} (or primary treatment), from {@code start}, in date order. */
    static List<Planned> plan(ProgrammeTemplate template, boolean aftercare, LocalDate start) {
        List<Planned> planned = new ArrayList<>();
        int weekOffset = 0;
        int phaseStartWeek = 1;
        boolean first = true;
        Map<String, Integer> countByKind = new HashMap<>();
        for (ProgrammeTemplate.Phase phase : template.phases) {
            int weeks = phase.weeks == null ? 0 : phase.weeks;
            if (phase.aftercare != aftercare) {
                weekOffset += weeks;
                continue;
            }
            if (first) {
                phaseStartWeek = weekOffset + 1;
                first = false;
            }
            List<ProgrammeTemplate.Session> sessions = phase.sessions.isEmpty() ? template.sessions : phase.sessions;
            for (int w = 1; w <= weeks; w++) {
                int programmeWeek = weekOffset + w;
                LocalDate weekStart = start.plusWeeks(programmeWeek - phaseStartWeek);
                String theme = phase.themes.isEmpty() ? null
                        : phase.themes.get(Math.min(phase.themes.size() - 1, (w - 1) * phase.themes.size() / weeks));
                for (ProgrammeTemplate.Session session : sessions) {
                    int perWeek = session.perWeek == null ? 0 : Math.min(5, session.perWeek);
                    List<DayOfWeek> days = perWeek == 0 ? List.of() : DAYS.get(perWeek);
                    for (int n = 0; n < days.size(); n++) {
                        int count = countByKind.merge(session.kind, 1, Integer::sum);
                        if (session.total != null && count > session.total) {
                            break;
                        }
                        LocalDate date = weekStart;
                        while (date.getDayOfWeek() != days.get(n)) {
                            date = date.plusDays(1);
                        }
                        planned.add(new Planned(session.kind + "|" + programmeWeek + "|" + (n + 1), session.kind, date,
                                defaultTime(session.kind), programmeWeek, phase.name, theme));
                    }
                }
            }
            weekOffset += weeks;
        }
        planned.sort((a, b) -> a.date().equals(b.date()) ? a.startTime().compareTo(b.startTime())
                : a.date().compareTo(b.date()));
        return planned;
    }
}
