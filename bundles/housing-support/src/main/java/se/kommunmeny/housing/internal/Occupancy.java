package se.kommunmeny.housing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.kommunmeny.housing.api.StatisticsView;

/**
 * Statistics arithmetic without identities. A stay occupies a place from its start day up to, not including, the
 * day it ended; a stay still running occupies it to the end of the period.
 */
final class Occupancy {
    private Occupancy() {
    }

    /**
     * One stay as counted.
     *
     * @param endedOn the day the place was given up, or {@code null} while it is held
     * @param status the end status, or ACTIVE
     * @param reason the move-out reason, or {@code null}
     */
    record Stay(LocalDate start, LocalDate endedOn, String status, String reason) {
    }

    static StatisticsView.Occupancy of(String id, String name, String kindId, int capacity, List<Stay> stays,
            LocalDate from, LocalDate to) {
        List<StatisticsView.MonthOccupancy> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(month(m, capacity, stays, from, to));
        }
        int started = 0;
        int ended = 0;
        long stayDays = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Stay s : stays) {
            if (!s.start().isBefore(from) && !s.start().isAfter(to)) {
                started++;
            }
            if (s.endedOn() != null && !s.endedOn().isBefore(from) && !s.endedOn().isAfter(to)) {
                ended++;
                stayDays += ChronoUnit.DAYS.between(s.start(), s.endedOn());
                outcomes.merge(s.status() + "|" + (s.reason() == null ? "" : s.reason()), 1, Integer::sum);
            }
        }
        List<StatisticsView.OutcomeCount> counts = new ArrayList<>();
        outcomes.forEach((key, n) -> {
            String[] parts = key.split("\\|", -1);
            counts.add(new StatisticsView.OutcomeCount(parts[0], parts[1].isEmpty() ? null : parts[1], n));
        });
        Double average = ended == 0 ? null : round((double) stayDays / ended, 1);
        return new StatisticsView.Occupancy(id, name, kindId, capacity, months, started, ended, average, counts);
    }

    /** The occupancy of the days of one month that lie in the period. */
    static StatisticsView.MonthOccupancy month(YearMonth month, int capacity, List<Stay> stays, LocalDate from,
            LocalDate to) {
        LocalDate first = later(month.atDay(1), from);
        LocalDate afterLast = earlier(month.atEndOfMonth(), to).plusDays(1);
        long days = ChronoUnit.DAYS.between(first, afterLast);
        long occupiedDays = 0;
        for (Stay s : stays) {
            LocalDate start = later(s.start(), first);
            LocalDate end = s.endedOn() == null ? afterLast : earlier(s.endedOn(), afterLast);
            if (start.isBefore(end)) {
                occupiedDays += ChronoUnit.DAYS.between(start, end);
            }
        }
        double average = days <= 0 ? 0 : (double) occupiedDays / days;
        Double rate = capacity > 0 ? round(average / capacity, 3) : null;
        return new StatisticsView.MonthOccupancy(month.toString(), round(average, 2), rate);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
