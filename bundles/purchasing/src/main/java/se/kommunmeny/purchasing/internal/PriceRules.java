package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.purchasing.api.PriceModel;

/** What makes a price model usable: month prices or a day price, amounts in öre, a stated index. */
final class PriceRules {
    /** The largest index value accepted (price indices such as OPI and KPI are in the hundreds or thousands). */
    static final BigDecimal MAX_INDEX = new BigDecimal("1000000");

    private PriceRules() {
    }

    static void check(ValidationException.Collector problems, PriceModel p) {
        String currency = p.currency() == null ? "SEK" : p.currency();
        if (!"SEK".equals(currency) && !"DKK".equals(currency)) {
            problems.add("price.currency", "must be SEK or DKK");
        }
        Money.check(problems, "price.monthFullTime", p.monthFullTime());
        Money.check(problems, "price.monthHalfTime", p.monthHalfTime());
        Money.check(problems, "price.perDay", p.perDay());
        Money.check(problems, "price.perHour", p.perHour());
        if (p.monthFullTime() == null && p.perDay() == null && p.perHour() == null) {
            problems.add("price", "needs a month price, a day price or an hour price");
        }
        if (p.monthFullTime() != null && p.perDay() != null) {
            problems.add("price.perDay", "an agreement prices by the month or by the day, not both");
        }
        if (p.monthHalfTime() != null && p.monthFullTime() == null) {
            problems.add("price.monthHalfTime", "needs a full-time month price too");
        }
        if (p.perHour() != null && (p.hourServiceName() == null || p.hourServiceName().isBlank())) {
            problems.add("price.hourServiceName", "is required with an hour price");
        }
        Set<String> codes = new HashSet<>();
        List<PriceModel.Item> items = p.items() == null ? List.of() : p.items();
        for (int i = 0; i < items.size(); i++) {
            PriceModel.Item item = items.get(i);
            String field = "price.items[" + i + "]";
            if (item == null || item.code() == null || !item.code().matches("[a-z0-9-]{1,50}")) {
                problems.add(field + ".code", "is required: lower-case letters, digits and -");
            } else if (!codes.add(item.code())) {
                problems.add(field + ".code", "appears twice");
            }
            if (item != null) {
                if (item.name() == null || item.name().isBlank()) {
                    problems.add(field + ".name", "is required");
                }
                if (item.unitPrice() == null) {
                    problems.add(field + ".unitPrice", "is required");
                }
                Money.check(problems, field + ".unitPrice", item.unitPrice());
            }
        }
        if (p.indexName() != null && !p.indexName().isBlank()) {
            index(problems, "price.indexBase", p.indexBase());
            index(problems, "price.indexCurrent", p.indexCurrent());
            if (problems.isEmpty() && indexFactor(p).signum() <= 0) {
                problems.add("price.indexCurrent", "is too small against indexBase: the prices would become 0");
            }
        }
    }

    /**
     * An index value: positive, below {@link #MAX_INDEX}, at most four decimals. Bounded because the index factor is
     * computed from it: {@code 1E+999999999} is a short number in JSON but would take the division minutes and
     * gigabytes.
     */
    private static void index(ValidationException.Collector problems, String field, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            problems.add(field, "is required and positive with an index");
        } else if (value.compareTo(MAX_INDEX) >= 0 || value.stripTrailingZeros().scale() > 4) {
            problems.add(field, "must be below " + MAX_INDEX.toPlainString() + " with at most four decimals");
        }
    }

    static PriceModel normalised(PriceModel p) {
        return new PriceModel(p.currency() == null ? "SEK" : p.currency(), p.monthFullTime(), p.monthHalfTime(),
                p.perDay(), p.perHour(), p.hourServiceName(), p.items() == null ? List.of() : p.items(),
                p.indexName() == null || p.indexName().isBlank() ? null : p.indexName(), p.indexBase(),
                p.indexCurrent());
    }

    /** current / base to four decimals, 1 without an index. */
    static BigDecimal indexFactor(PriceModel p) {
        if (p.indexName() == null || p.indexBase() == null || p.indexCurrent() == null) {
            return BigDecimal.ONE;
        }
        return p.indexCurrent().divide(p.indexBase(), 4, java.math.RoundingMode.HALF_UP);
    }
}
