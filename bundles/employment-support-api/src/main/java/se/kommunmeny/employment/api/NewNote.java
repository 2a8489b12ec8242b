package se.kommunmeny.employment.api;

/** A supervisor's note to write; {@code writtenOn} yyyy-mm-dd, today when absent. */
public record NewNote(String writtenOn, String text) {
}
