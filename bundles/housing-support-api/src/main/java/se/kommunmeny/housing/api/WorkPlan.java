package se.kommunmeny.housing.api;

import java.util.List;

/**
 * Arbetsplan: the individual work plan of a placement.
 *
 * @param supportGoals what the support aims at
 * @param adlTraining ADL training (activities of daily living) planned
 * @param conditions the conditions of the placement, e.g. sobriety, daily occupation, house rules
 * @param followUpIntervalDays days between follow-ups; the kind's default when {@code null}
 */
public record WorkPlan(List<String> supportGoals, List<String> adlTraining, List<String> conditions,
        Integer followUpIntervalDays) {
}
