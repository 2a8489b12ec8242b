package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded charge on a placement. */
public record ChargeView(String id, String orderRef, LocalDate day, BigDecimal hours, String item, int quantity,
        Instant recordedAt) {
}
