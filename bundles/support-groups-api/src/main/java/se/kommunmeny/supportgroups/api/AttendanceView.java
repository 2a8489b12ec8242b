package se.kommunmeny.supportgroups.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort's attendance per participant and meeting.
 *
 * @param meetingsHeld the group's meetings not cancelled whose day has come
 */
public record AttendanceView(String cohortId, int meetingsHeld, List<Row> participants) {

    /** One participant's presence at each meeting recorded, and whether they completed (≥ 2/3 of those held). */
    public record Row(String participantId, String alias, String status, List<Presence> meetings, int attended,
            boolean completed) {
    }

    /** Presence at one meeting. */
    public record Presence(String meetingId, String participantId, int number, LocalDate date, boolean present) {
    }
}
