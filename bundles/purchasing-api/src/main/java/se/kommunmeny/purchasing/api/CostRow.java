package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;

/**
 * One row of the month's costs, without identities.
 *
 * @param provision OWN or PURCHASED
 * @param source INVOICED (from received invoices) or EXPECTED (from this platform's records, not yet invoiced)
 */
public record CostRow(String month, String provision, String supplier, String service, String targetGroup,
        int placements, int placementDays, BigDecimal amount, String currency, String source) {
}
