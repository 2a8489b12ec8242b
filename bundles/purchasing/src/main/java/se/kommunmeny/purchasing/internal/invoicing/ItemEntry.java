package se.kommunmeny.purchasing.internal.invoicing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Priced items delivered on a placement, e.g. drug tests.
 *
 * @param code one of the agreement's item codes
 * @param quantity at least 1
 */
public record ItemEntry(String placementId, String orderRef, LocalDate day, String code, int quantity) {
    public ItemEntry {
        Objects.requireNonNull(placementId, "placement id");
        Objects.requireNonNull(orderRef, "order reference");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(code, "item code");
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity of " + code + " on " + day + " must be at least 1");
        }
    }
}
