package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.kommunmeny.employment.api.MonthlyOccupancy;
import se.kommunmeny.employment.api.PlaceStatistics;

/**
 * Statistics arithmetic over stays, without identities: occupied places per calendar month, placements started and
 * ended, the length of ended stays and their outcomes. A stay occupies a place from its first day up to, not
 * including, the day it ended (the place is taken again that day), so its length is the days between the two.
 */
final class Occupancy {
    private Occupancy() {
    }

    /** A stay as the statistics see it: first day, the day it ended ({@code null} while active), outcome once ended. */
    record Stay(LocalDate from, LocalDate to, String outcome) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** Average occupied places and rate for every calendar month touched by the period, over its days in the period. */
    static List<MonthlyOccupancy> monthly(Collection<Stay> stays, int capacity, LocalDate from, LocalDate to) {
        List<MonthlyOccupancy> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            long placeDays = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                LocalDate day = d;
                placeDays += stays.stream().filter(s -> s.covers(day)).count();
            }
            double average = (double) placeDays / (ChronoUnit.DAYS.between(first, last) + 1);
            months.add(new MonthlyOccupancy(m.toString(), round(average), capacity <= 0 ? 0 : round(average / capacity)));
        }
        return months;
    }

    /** The statistics of one work place or kind over the period. */
    static PlaceStatistics of(String kindId, String workPlaceId, String name, int capacity, Collection<Stay> stays,
            LocalDate from, LocalDate to) {
        int started = 0;
        int ended = 0;
        long days = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Stay s : stays) {
            if (!s.from().isBefore(from) && !s.from().isAfter(to)) {
                started++;
            }
            if (s.to() != null && !s.to().isBefore(from) && !s.to().isAfter(to)) {
                ended++;
                days += ChronoUnit.DAYS.between(s.from(), s.to());
                outcomes.merge(s.outcome(), 1, Integer::sum);
            }
        }
        return new PlaceStatistics(kindId, workPlaceId, name, capacity, monthly(stays, capacity, from, to), started,
                ended, ended == 0 ? null : round((double) days / ended), outcomes);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
