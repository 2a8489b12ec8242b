package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session in a client's course.
 *
 * @param kind GROUP, INDIVIDUAL, CONTACT_PERSON, DRUG_TEST, PLANNING_TALK, FOLLOW_UP, RETURN_DAY, SUPPORT_GROUP
 * @param week the programme week (1 = the first), or {@code null} for sessions outside the calendar
 * @param status PLANNED, ATTENDED, NO_SHOW, CANCELLED or EXCUSED
 * @param travelCostClaimed what the client claimed for travel to a return day, in whole kronor
 * @param travelCostReimbursed what is paid: the claim up to the programme's cap
 */
public record SessionView(String id, String enrolmentId, String kind, LocalDate date, LocalTime startTime,
        Integer week, String phase, String theme, String status, String attendanceNote, String recordedBy,
        Instant recordedAt, boolean fromCalendar, Integer travelCostClaimed, Integer travelCostReimbursed,
        long version) {
}
