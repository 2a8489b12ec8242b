package se.kommunmeny.employment.api;

/** Admission of a waiting placement: the start day (yyyy-mm-dd, today when absent). */
public record Admission(String startDate) {
}
