package se.kommunmeny.employment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded network meeting. */
public record MeetingView(String id, String placementId, LocalDate heldOn, List<MeetingParticipant> participants,
        String summary, LocalDate nextMeetingOn, String recordedBy, Instant recordedAt) {
}
