package se.kommunmeny.employment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Attendance over a period, with totals.
 *
 * @param absences days absent by reason
 */
public record AttendanceSummary(String placementId, LocalDate from, LocalDate to, List<AttendanceView> days,
        double totalHours, int daysPresent, Map<String, Integer> absences) {
}
