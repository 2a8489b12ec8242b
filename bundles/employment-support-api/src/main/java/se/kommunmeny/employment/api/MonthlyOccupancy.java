package se.kommunmeny.employment.api;

/**
 * Occupancy in one calendar month (the days of it inside the period asked for).
 *
 * @param month yyyy-mm
 * @param averageOccupied average occupied places over the days
 * @param rate averageOccupied / capacity, 0 when there is no capacity
 */
public record MonthlyOccupancy(String month, double averageOccupied, double rate) {
}
