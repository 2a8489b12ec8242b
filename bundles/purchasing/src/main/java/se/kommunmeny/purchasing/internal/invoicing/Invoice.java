package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A monthly invoice, or a credit note when {@code creditedInvoice} is set. No VAT: social care is exempt (category
 * E), so the total is the sum of the lines and is what is payable.
 *
 * @param dueDate issue date + 30 days; {@code null} for a credit note
 * @param month the invoiced month
 * @param agreementNumber the agreement (contract reference)
 * @param buyerReference the buyer's reference (Peppol BT-10)
 * @param currency SEK or DKK
 * @param total the exact sum of the line amounts
 * @param vacancyRuns per reserved slot (1..reserved places), its vacant days in a row at the end of the month, to
 *        continue next month; empty on credit notes and received invoices
 * @param creditedInvoice for a credit note, the number of the invoice it credits; {@code null} for an invoice
 * @param note free text, e.g. the reason of a credit note, or {@code null}
 */
public record Invoice(String number, LocalDate issueDate, LocalDate dueDate, YearMonth month, String agreementNumber,
        String buyerReference, String currency, Party seller, Party buyer, List<InvoiceLine> lines, BigDecimal total,
        Map<Integer, Integer> vacancyRuns, String creditedInvoice, String note) {

    /** Days from issue to due date. */
    public static final int PAYMENT_DAYS = 30;

    public Invoice {
        Objects.requireNonNull(number, "invoice number");
        Objects.requireNonNull(issueDate, "issue date");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
        vacancyRuns = Collections.unmodifiableSortedMap(new TreeMap<>(vacancyRuns == null ? Map.of() : vacancyRuns));
    }

    /** Whether this is a credit note. */
    public boolean creditNote() {
        return creditedInvoice != null;
    }
}
