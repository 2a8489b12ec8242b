package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice line. {@code amount} is {@code quantity × unitPrice / baseQuantity} rounded to two decimals: a part
 * month at a month price is billed as days at the month price per days-in-month (base quantity), so the line
 * states the exact price instead of a rounded day price.
 *
 * @param id 1..n
 * @param itemCode what is billed: {@link #FULL_TIME}, {@link #HALF_TIME}, {@link #HOURS}, {@link #VACANT_FULL},
 *        {@link #VACANT_REDUCED} or an agreement's item code; {@code null} when a received invoice does not say
 * @param unitCode UN/ECE recommendation 20: {@link #DAY}, {@link #MONTH}, {@link #HOUR}, {@link #PIECE}
 * @param placementId the seller's placement, {@code null} for vacant reserved places and on received invoices
 * @param orderRef the buyer's order reference, {@code null} for vacant reserved places
 * @param from the first day the line covers
 * @param to the last day the line covers
 */
public record InvoiceLine(int id, String description, String itemCode, BigDecimal quantity, String unitCode,
        BigDecimal unitPrice, BigDecimal baseQuantity, BigDecimal amount, String placementId, String orderRef,
        LocalDate from, LocalDate to) {

    public static final String DAY = "DAY";
    public static final String MONTH = "MON";
    public static final String HOUR = "HUR";
    public static final String PIECE = "C62";

    public static final String FULL_TIME = "FULL_TIME";
    public static final String HALF_TIME = "HALF_TIME";
    public static final String HOURS = "HOURS";
    public static final String VACANT_FULL = "VACANT_FULL";
    public static final String VACANT_REDUCED = "VACANT_REDUCED";

    public InvoiceLine {
        Objects.requireNonNull(description, "line description");
        Objects.requireNonNull(quantity, "line quantity");
        Objects.requireNonNull(unitCode, "line unit code");
        Objects.requireNonNull(unitPrice, "line unit price");
        Objects.requireNonNull(baseQuantity, "line base quantity");
        Objects.requireNonNull(amount, "line amount");
    }

    /** Whether the line bills a vacant reserved place. */
    public boolean vacancy() {
        return VACANT_FULL.equals(itemCode) || VACANT_REDUCED.equals(itemCode);
    }

    InvoiceLine withId(int newId) {
        return new InvoiceLine(newId, description, itemCode, quantity, unitCode, unitPrice, baseQuantity, amount,
                placementId, orderRef, from, to);
    }
}
