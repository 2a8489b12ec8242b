package se.kommunmeny.treatmentplan.api;

/** A note to write; {@code sessionId} optional. */
public record NewNote(String sessionId, String text) {
}
