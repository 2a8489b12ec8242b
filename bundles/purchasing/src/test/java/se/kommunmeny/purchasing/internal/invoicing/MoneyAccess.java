package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;

/** Opens invoicing's package-private money rule to the fuzz test of the agreements' money rule beside it. */
public final class MoneyAccess {
    private MoneyAccess() {
    }

    public static BigDecimal requireValid(BigDecimal amount) {
        return Money.requireValid(amount, "amount");
    }
}
