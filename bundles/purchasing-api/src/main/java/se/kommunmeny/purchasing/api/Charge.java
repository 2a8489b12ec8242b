package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;

/**
 * Something billed on a placement besides its days: hours of the hourly service or a priced item.
 *
 * @param day yyyy-mm-dd, not in the future
 * @param hours hours of the agreement's hourly service (at most two decimals), or absent
 * @param item the code of one of the agreement's items, or absent
 * @param quantity how many items (default 1)
 */
public record Charge(String day, BigDecimal hours, String item, Integer quantity) {
}
