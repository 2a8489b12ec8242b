package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours of the agreement's hourly service given on a placement, e.g. psychotherapy.
 *
 * @param hours positive, at most two decimals
 */
public record HourEntry(String placementId, String orderRef, LocalDate day, BigDecimal hours) {
    public HourEntry {
        Objects.requireNonNull(placementId, "placement id");
        Objects.requireNonNull(orderRef, "order reference");
        Objects.requireNonNull(day, "day");
        Money.requireValid(Objects.requireNonNull(hours, "hours"), "Hours on " + day);
        if (hours.signum() == 0) {
            throw new IllegalArgumentException("Hours on " + day + " must be more than zero");
        }
    }
}
