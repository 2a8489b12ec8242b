package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money rules of invoicing: input with at most two decimals and never negative, results rounded to öre/øre. */
final class Money {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** The amount itself when it is a valid input amount; {@code null} passes (an absent price). */
    static BigDecimal requireValid(BigDecimal amount, String what) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + amount.toPlainString());
        }
        return amount;
    }

    /** Rounded to two decimals, half up. */
    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
