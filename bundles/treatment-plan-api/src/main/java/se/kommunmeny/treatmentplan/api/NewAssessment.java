package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * An assessment to score. {@code sex} (FEMALE or MALE) and {@code age} are taken from the person register for a
 * registered client when left out; an anonymous client's must be given.
 */
public record NewAssessment(String instrument, String takenOn, String sex, Integer age, List<Integer> answers) {
}
