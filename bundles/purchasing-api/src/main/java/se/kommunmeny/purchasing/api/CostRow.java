package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;

/**
 * One row of the month's costs, without identities.
 *
 * @param provision OWN (a service the municipality runs itself) or PURCHASED
 * @param supplier the supplier; for an own service, the municipality itself
 * @param placements purchased: placements billed in the month; own: the service's places
 * @param placementDays purchased: days of stay in the month; own: places × days of the month (an own unit costs what
 *        it costs, used or not)
 * @param perPlaceDay the amount per placement day, for comparing own and purchased care
 * @param source INVOICED (from a received invoice that stands), EXPECTED (from this platform's records, not yet
 *        invoiced) or BUDGET (an own service's configured monthly cost)
 */
public record CostRow(String month, String provision, String supplier, String service, String targetGroup,
        int placements, int placementDays, BigDecimal amount, BigDecimal perPlaceDay, String currency, String source) {
}
