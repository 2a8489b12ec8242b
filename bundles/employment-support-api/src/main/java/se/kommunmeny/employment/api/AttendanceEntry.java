package se.kommunmeny.employment.api;

/**
 * Närvaro: one day's attendance and hours.
 *
 * @param date yyyy-mm-dd; on a correction optional (the path's day)
 * @param hours more than 0 and at most 12 when present; 0 or absent when not
 * @param absenceReason SICK, NOTIFIED, UNNOTIFIED or OTHER, when not present
 */
public record AttendanceEntry(String date, Boolean present, Double hours, String absenceReason) {
}
