package se.kommunmeny.employment.api;

import java.util.List;
import java.util.Map;

/**
 * Statistics of a work place, or the totals of a kind ({@code workPlaceId} then {@code null}); no identities.
 *
 * @param averageDaysOfEndedStays average length in days of the stays that ended in the period, or {@code null}
 * @param outcomes ended placements by outcome
 */
public record PlaceStatistics(String kindId, String workPlaceId, String name, int capacity,
        List<MonthlyOccupancy> months, int started, int ended, Double averageDaysOfEndedStays,
        Map<String, Integer> outcomes) {
}
