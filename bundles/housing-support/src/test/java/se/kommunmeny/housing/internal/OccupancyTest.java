package se.kommunmeny.housing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.housing.api.StatisticsView;

class OccupancyTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private static Occupancy.Stay stay(LocalDate start, LocalDate end, String status, String reason) {
        return new Occupancy.Stay(start, end, status, reason);
    }

    @Test
    void aWholeMonthStayOccupiesOnePlaceOnAverage() {
        var m = Occupancy.month(YearMonth.of(2025, 1), 2,
                List.of(stay(LocalDate.of(2024, 12, 1), null, "ACTIVE", null)), FROM, TO);
        assertEquals("2025-01", m.month());
        assertEquals(1.0, m.averageOccupied());
        assertEquals(0.5, m.rate());
    }

    @Test
    void aStayEndsOnTheDayItEndedSoHalfAMonthCountsHalf() {
        // April has 30 days; from the 1st up to, not including, the 16th: 15 days.
        var m = Occupancy.month(YearMonth.of(2025, 4), 1,
                List.of(stay(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 16), "MOVED_OUT", "OWN_LEASE")),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertEquals(0.5, m.averageOccupied());
        assertEquals(0.5, m.rate());
    }

    @Test
    void onlyTheDaysOfTheMonthInThePeriodCount() {
        // Period starts on the 11th of January: 21 days; the stay covers the 11th..20th = 10 days.
        var m = Occupancy.month(YearMonth.of(2025, 1), 1,
                List.of(stay(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 21), "EVICTED", null)),
                LocalDate.of(2025, 1, 11), TO);
        assertEquals(Occupancy.round(10.0 / 21, 2), m.averageOccupied());
    }

    @Test
    void withoutCapacityThereIsNoRate() {
        var m = Occupancy.month(YearMonth.of(2025, 1), 0, List.of(), FROM, TO);
        assertEquals(0.0, m.averageOccupied());
        assertNull(m.rate());
    }

    @Test
    void countsStartsEndsAverageStayAndOutcomesInThePeriod() {
        List<Occupancy.Stay> stays = List.of(
                stay(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31), "MOVED_OUT", "OWN_LEASE"),
                stay(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 11), "EVICTED", null),
                stay(LocalDate.of(2025, 2, 15), null, "ACTIVE", null),
                stay(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 21), "MOVED_OUT", "OWN_LEASE"),
                stay(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), "MOVED_OUT", "LEFT"));
        StatisticsView.Occupancy o = Occupancy.of("u1", "Markörgatan 2", "traningslagenhet", 3, stays, FROM, TO);
        assertEquals(3, o.months().size());
        assertEquals(3, o.started());
        assertEquals(3, o.ended());
        // 61 + 10 + 20 days over three ended stays.
        assertEquals(30.3, o.averageStayDays());
        assertEquals(List.of(new StatisticsView.OutcomeCount("EVICTED", null, 1),
                new StatisticsView.OutcomeCount("MOVED_OUT", "OWN_LEASE", 2)), o.outcomes());
    }

    @Test
    void noEndedStayGivesNoAverage() {
        StatisticsView.Occupancy o = Occupancy.of("k", "Boendestöd", "k", 20,
                List.of(stay(LocalDate.of(2025, 1, 1), null, "ACTIVE", null)), FROM, TO);
        assertNull(o.averageStayDays());
        assertEquals(1, o.started());
        assertEquals(0, o.ended());
        assertEquals(1.0, o.months().get(2).averageOccupied());
        assertEquals(0.05, o.months().get(2).rate());
    }

    @Test
    void aPeriodWithinOneMonthHasOneMonth() {
        StatisticsView.Occupancy o = Occupancy.of("k", "k", "k", 1, List.of(), LocalDate.of(2025, 5, 3),
                LocalDate.of(2025, 5, 9));
        assertEquals(1, o.months().size());
        assertEquals("2025-05", o.months().get(0).month());
    }
}
