package se.kommunmeny.employment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.employment.api.MonthlyOccupancy;
import se.kommunmeny.employment.api.PlaceStatistics;

class OccupancyTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void occupancyIsTheAverageOfTheDaysOfEachMonthInThePeriod() {
        // One place held all April, one from April 16 on: 30 + 15 place-days over 30 days = 1.5 of 2 places.
        List<Occupancy.Stay> stays = List.of(new Occupancy.Stay(d(3, 1), null, null),
                new Occupancy.Stay(d(4, 16), null, null));
        List<MonthlyOccupancy> months = Occupancy.monthly(stays, 2, d(4, 1), d(5, 31));
        assertEquals(List.of(new MonthlyOccupancy("2026-04", 1.5, 0.75), new MonthlyOccupancy("2026-05", 2.0, 1.0)),
                months);
    }

    @Test
    void aMonthCutByThePeriodCountsOnlyItsDaysInside() {
        List<Occupancy.Stay> stays = List.of(new Occupancy.Stay(d(6, 20), d(6, 25), "JOB"));
        List<MonthlyOccupancy> months = Occupancy.monthly(stays, 4, d(6, 21), d(6, 30));
        // June 21-24 held (the place is free again on the 25th): 4 place-days over 10 days.
        assertEquals(List.of(new MonthlyOccupancy("2026-06", 0.4, 0.1)), months);
    }

    @Test
    void noCapacityGivesRateZero() {
        assertEquals(0.0, Occupancy.monthly(List.of(new Occupancy.Stay(d(1, 1), null, null)), 0, d(1, 1), d(1, 31))
                .get(0).rate());
    }

    @Test
    void startsEndsLengthsAndOutcomesCountWithinThePeriod() {
        List<Occupancy.Stay> stays = List.of(
                new Occupancy.Stay(d(1, 10), d(3, 1), "JOB"),          // started before, ended inside: 50 days
                new Occupancy.Stay(d(2, 1), d(2, 11), "STUDIES"),      // started and ended inside: 10 days
                new Occupancy.Stay(d(2, 15), null, null),              // started inside, still active
                new Occupancy.Stay(d(2, 20), d(4, 2), "ENDED"));       // ended after the period
        PlaceStatistics s = Occupancy.of("stegmodell", "w1", "Snickeriet", 5, stays, d(2, 1), d(3, 31));
        assertEquals(3, s.started());
        assertEquals(2, s.ended());
        assertEquals(30.0, s.averageDaysOfEndedStays());
        assertEquals(Map.of("JOB", 1, "STUDIES", 1), s.outcomes());
        assertEquals(2, s.months().size());
        assertEquals(5, s.capacity());
    }

    @Test
    void withoutEndedStaysThereIsNoAverageLength() {
        PlaceStatistics s = Occupancy.of("k", null, "Kind", 1, List.of(), d(1, 1), d(1, 31));
        assertNull(s.averageDaysOfEndedStays());
        assertEquals(0, s.started());
        assertEquals(List.of(new MonthlyOccupancy("2026-01", 0.0, 0.0)), s.months());
    }
}
