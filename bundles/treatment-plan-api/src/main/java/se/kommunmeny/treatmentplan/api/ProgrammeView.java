package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * A programme this municipality runs, from its template and configuration.
 *
 * @param id configured id, e.g. {@code kbt-12}
 * @param name the municipality's name for it
 * @param template the template it follows
 * @param weeks length in weeks, when the template gives one
 * @param phases phases or blocks of the template, with their lengths
 * @param capacity places, or {@code null} when unlimited
 * @param activePlans plans now active in it
 */
public record ProgrammeView(String id, String name, String template, Integer weeks, List<String> phases,
        Integer capacity, int activePlans) {
}
