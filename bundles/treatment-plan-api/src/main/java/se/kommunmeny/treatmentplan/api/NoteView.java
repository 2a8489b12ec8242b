package se.kommunmeny.treatmentplan.api;

import java.time.Instant;

/** A note in a client's course, as written: who wrote it and when. */
public record NoteView(String id, String enrolmentId, String sessionId, String text, String writtenBy,
        Instant writtenAt) {
}
