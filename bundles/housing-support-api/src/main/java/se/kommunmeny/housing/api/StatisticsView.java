package se.kommunmeny.housing.api;

import java.time.LocalDate;
import java.util.List;

/** Occupancy and outcomes per unit and per kind over a period, without identities. */
public record StatisticsView(LocalDate from, LocalDate to, List<Occupancy> units, List<Occupancy> kinds) {

    /**
     * The figures of one unit or kind.
     *
     * @param id the unit's or kind's id
     * @param kindId the kind (the same as {@code id} for a kind)
     * @param averageStayDays mean length of the stays that ended in the period, or {@code null} when none did
     */
    public record Occupancy(String id, String name, String kindId, int capacity, List<MonthOccupancy> months,
            int started, int ended, Double averageStayDays, List<OutcomeCount> outcomes) {
    }

    /**
     * One calendar month (yyyy-mm), counted over the days of it that lie in the period.
     *
     * @param averageOccupied occupied places on an average day
     * @param rate averageOccupied / capacity, or {@code null} without capacity
     */
    public record MonthOccupancy(String month, double averageOccupied, Double rate) {
    }

    /** Ended placements by end status and, for a move-out, its reason. */
    public record OutcomeCount(String status, String reason, int count) {
    }
}
