package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vacant reserved places (reserverade platser): the buyer pays for reserved places whether used or not. Each day,
 * slot k (1..reserved) is vacant when fewer than k stays are billed that day. A slot's vacant days in a row are paid
 * at the full-time day rate up to the grace days, and at the vacancy percent from the day after.
 */
final class ReservedPlaces {
    private final PriceTerms terms;
    private final YearMonth month;
    private final Wording wording;

    /** The vacancy lines of a month (without ids) and each slot's run of vacant days at its end. */
    record Vacancy(List<InvoiceLine> lines, Map<Integer, Integer> runs) {
    }

    ReservedPlaces(PriceTerms terms, YearMonth month, Wording wording) {
        this.terms = terms;
        this.month = month;
        this.wording = wording;
    }

    /**
     * @param occupied per day of the month (index 0 = the 1st), the number of stays billed that day
     * @param runBefore per slot, its vacant days in a row at the end of the previous month
     */
    Vacancy count(int[] occupied, Map<Integer, Integer> runBefore) {
        Map<Integer, Integer> runs = new TreeMap<>();
        Days full = new Days();
        Days reduced = new Days();
        for (int slot = 1; slot <= terms.reservedPlaces(); slot++) {
            int run = runBefore.getOrDefault(slot, 0);
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                if (occupied[day - 1] >= slot) {
                    run = 0;
                } else {
                    run++;
                    (run <= terms.vacancyGraceDays() ? full : reduced).add(month.atDay(day));
                }
            }
            runs.put(slot, run);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        if (full.count > 0) {
            lines.add(line(full, InvoiceLine.VACANT_FULL, BigDecimal.valueOf(100)));
        }
        if (reduced.count > 0) {
            lines.add(line(reduced, InvoiceLine.VACANT_REDUCED, terms.vacancyPercent()));
        }
        return new Vacancy(lines, runs);
    }

    private InvoiceLine line(Days days, String itemCode, BigDecimal percent) {
        // The full-time day rate: the month price per days in month (as base quantity, so it stays exact), or the
        // day price.
        BigDecimal price = terms.monthPriced() ? terms.monthPrice(Stay.Extent.FULL_TIME) : terms.dayPrice();
        BigDecimal base = terms.monthPriced() ? BigDecimal.valueOf(month.lengthOfMonth()) : BigDecimal.ONE;
        price = price.multiply(percent).movePointLeft(2);
        price = price.setScale(Math.max(2, price.stripTrailingZeros().scale()));
        BigDecimal quantity = BigDecimal.valueOf(days.count);
        BigDecimal amount = quantity.multiply(price).divide(base, 2, RoundingMode.HALF_UP);
        String description = wording.format("line.vacant", percent.stripTrailingZeros().toPlainString());
        return new InvoiceLine(0, description, itemCode, quantity, InvoiceLine.DAY, price, base, amount, null, null,
                days.first, days.last);
    }

    /** Slot-days at one rate, and the first and last day they fall on. */
    private static final class Days {
        int count;
        LocalDate first;
        LocalDate last;

        void add(LocalDate day) {
            count++;
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
    }
}
