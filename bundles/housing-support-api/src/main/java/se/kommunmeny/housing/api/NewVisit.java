package se.kommunmeny.housing.api;

import java.util.List;

/**
 * Hembesök: a home visit.
 *
 * @param visitedOn yyyy-mm-dd, not in the future, not before the placement's start
 * @param visitors who visited
 * @param activities what was done: ADL training, conversation, finances, doctor's appointment, drug test…
 * @param support the support given
 * @param control what was checked (tillsyn)
 */
public record NewVisit(String visitedOn, List<String> visitors, List<String> activities, String support,
        String control, String note) {
}
