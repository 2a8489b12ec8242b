package se.kommunmeny.supportgroups.api;

import java.time.LocalDate;

/**
 * A meeting of a cohort.
 *
 * @param number 1.. for the group's meetings; the parents' meetings are numbered on their own
 * @param kind GROUP or PARENTS
 * @param status PLANNED, MOVED or CANCELLED
 * @param originalDate the day the calendar gave it, when moved
 */
public record MeetingView(String id, String cohortId, int number, String kind, LocalDate date, String startTime,
        int minutes, String theme, String status, LocalDate originalDate, String reason) {
}
