package se.kommunmeny.treatmentplan.api;

/**
 * Attendance at a session.
 *
 * @param status ATTENDED, NO_SHOW, CANCELLED or EXCUSED
 * @param version the session's version as read
 * @param travelCost travel cost claimed for a return day, whole kronor
 */
public record Attendance(String status, String note, Long version, Integer travelCost) {
}
