package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of reconciling a received invoice with what the buyer's own records give.
 *
 * @param matches whether there are no differences
 */
public record ReconciliationResult(boolean matches, List<Difference> differences) {

    /** What kind of difference. */
    public enum Kind {
        /** Expected from the buyer's records, not on the invoice. */
        MISSING_ON_INVOICE,
        /** On the invoice, not expected. */
        NOT_EXPECTED,
        /** On both, with different amounts. */
        AMOUNT_DIFFERS,
        /** On both with the same amount, but different quantities or units. */
        QUANTITY_DIFFERS,
        /** The invoice's total differs from the expected total. */
        TOTAL_DIFFERS
    }

    /**
     * One difference.
     *
     * @param orderRef the buyer's order reference, {@code null} for vacant reserved places and the total
     * @param expected the expected amount, {@code null} when not expected
     * @param invoiced the invoiced amount, {@code null} when not on the invoice
     */
    public record Difference(Kind kind, String orderRef, String description, BigDecimal expected,
            BigDecimal invoiced) {
    }

    public ReconciliationResult {
        differences = List.copyOf(differences);
        if (matches != differences.isEmpty()) {
            throw new IllegalArgumentException("A result matches exactly when it has no differences");
        }
    }
}
