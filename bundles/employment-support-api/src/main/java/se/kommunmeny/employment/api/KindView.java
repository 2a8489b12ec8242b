package se.kommunmeny.employment.api;

import java.util.List;

/**
 * A configured kind of employment support as it stands now.
 *
 * @param kind WORK_TRAINING (arbetsträning), ADAPTED_OCCUPATION (anpassad sysselsättning), INTERNSHIP
 *        (praktikplats) or STEP_PROGRAMME
 * @param steps the step model's rules, empty for a kind without one
 * @param capacity the places of the kind's active work places
 * @param freePlaces capacity minus the active placements
 */
public record KindView(String id, String name, String kind, List<StepRule> steps, int maxHoursPerWeek,
        int followUpIntervalDays, int capacity, int freePlaces) {
}
