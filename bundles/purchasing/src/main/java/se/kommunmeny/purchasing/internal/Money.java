package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

import se.kommunmeny.core.api.problem.ValidationException;

/** Amounts as they are accepted: exact decimals, never negative, at most two decimals (öre / øre). */
final class Money {
    private Money() {
    }

    static void check(ValidationException.Collector problems, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(field, "must not be negative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(field, "has more than two decimals");
        } else if (amount.compareTo(new BigDecimal("100000000")) >= 0) {
            problems.add(field, "is too large");
        }
    }
}
