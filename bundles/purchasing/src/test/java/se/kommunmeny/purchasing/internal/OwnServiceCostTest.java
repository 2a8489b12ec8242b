package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OwnServiceCostTest {

    private static OwnServiceCost.Config config(String serviceId, String monthlyCost, String currency) {
        return new OwnServiceCost.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return OwnServiceCost.Config.class;
            }

            @Override
            public String serviceId() {
                return serviceId;
            }

            @Override
            public String monthlyCost() {
                return monthlyCost;
            }

            @Override
            public String currency() {
                return currency;
            }
        };
    }

    @Test
    void anOwnServicesMonthlyCostIsExactMoney() {
        OwnServiceCost cost = new OwnServiceCost(config("configured/oppenvard", "310000", "SEK"));
        assertEquals(new BigDecimal("310000.00"), cost.monthlyCost());
        assertEquals("configured/oppenvard", cost.serviceId());
        assertThrows(IllegalArgumentException.class, () -> new OwnServiceCost(config("x", "1.005", "SEK")));
        assertThrows(IllegalArgumentException.class, () -> new OwnServiceCost(config("x", "-1", "SEK")));
        assertThrows(IllegalArgumentException.class, () -> new OwnServiceCost(config("x", "mycket", "SEK")));
        assertThrows(IllegalArgumentException.class, () -> new OwnServiceCost(config("x", "1", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> new OwnServiceCost(config(" ", "1", "SEK")));
    }

    @Test
    void costsPerPlaceDayMakeOwnAndPurchasedComparable() {
        // 310 000 kr a month for 10 places in a 31-day month: 1 000 kr a place-day.
        assertEquals(new BigDecimal("1000.00"), Costs.perDay(new BigDecimal("310000.00"), 310));
        // Olivia's 17 500 kr a month over 31 days, rounded half up to öre.
        assertEquals(new BigDecimal("564.52"), Costs.perDay(new BigDecimal("17500.00"), 31));
        assertNull(Costs.perDay(BigDecimal.TEN, 0));
    }
}
