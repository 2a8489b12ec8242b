package se.kommunmeny.employment.api;

import java.time.Instant;
import java.time.LocalDate;

/** A supervisor's note (arbetshandledarens anteckning). */
public record NoteView(String id, String placementId, LocalDate writtenOn, String text, String writtenBy,
        Instant writtenAt) {
}
