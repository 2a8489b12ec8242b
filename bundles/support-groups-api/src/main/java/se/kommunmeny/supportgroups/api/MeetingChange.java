package se.kommunmeny.supportgroups.api;

/**
 * A meeting moved to another day or time.
 *
 * @param date yyyy-mm-dd within the cohort's period, not in the past
 * @param startTime HH:mm, unchanged when empty
 */
public record MeetingChange(String date, String startTime, String reason) {
}
