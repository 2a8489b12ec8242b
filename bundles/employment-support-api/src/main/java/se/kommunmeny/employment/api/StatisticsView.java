package se.kommunmeny.employment.api;

import java.time.LocalDate;
import java.util.List;

/** Statistics for the unit manager over a period: per work place and per kind, without identities. */
public record StatisticsView(LocalDate from, LocalDate to, List<PlaceStatistics> workPlaces,
        List<PlaceStatistics> kinds) {
}
