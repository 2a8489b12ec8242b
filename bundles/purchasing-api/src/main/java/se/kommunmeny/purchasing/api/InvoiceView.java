package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note, issued by this platform (SELL side) or received from a supplier (BUY side).
 *
 * @param type INVOICE or CREDIT_NOTE
 * @param direction ISSUED or RECEIVED
 * @param month the invoiced month, yyyy-mm
 * @param credits for a credit note: the invoice number it credits
 * @param creditedBy for an invoice: the credit note that cancelled it, if any
 * @param reconciliation on the buyer's side: MATCHES or DIFFERS with {@code differences}; empty for issued invoices
 * @param delivery for an issued invoice: QUEUED, DELIVERED or REJECTED (a provider's invoices are not sent)
 */
public record InvoiceView(String id, String number, String type, String direction, String agreementId,
        String agreementNumber, String partnerName, String month, LocalDate issueDate, LocalDate dueDate,
        String currency, BigDecimal total, List<Line> lines, String credits, String creditedBy,
        String reconciliation, List<Difference> differences, String delivery, Instant createdAt) {

    /** One invoice line, traceable to a placement by the buyer's order reference (none for vacant reserved places). */
    public record Line(int id, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal amount, String orderRef, LocalDate from, LocalDate to) {
    }

    /** A difference between a received invoice and what the buyer's own records give. */
    public record Difference(String kind, String orderRef, String description, BigDecimal expected,
            BigDecimal invoiced) {
    }
}
