package se.kommunmeny.purchasing.internal.invoicing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** Credit notes (kreditfakturor / kreditnotaer) for issued invoices. */
public final class CreditNotes {
    private CreditNotes() {
    }

    /**
     * A credit note cancelling a whole invoice: the same lines with the same, positive amounts (a UBL CreditNote
     * states amounts positive; its type is what makes them credits).
     *
     * @param reason why the invoice is credited; stated on the credit note
     */
    public static Invoice fullCredit(Invoice original, String number, LocalDate issueDate, String reason) {
        if (original.creditNote()) {
            throw new IllegalArgumentException(original.number() + " is a credit note, not an invoice");
        }
        if (original.lines().isEmpty()) {
            throw new IllegalArgumentException("Invoice " + original.number() + " has no lines to credit");
        }
        Objects.requireNonNull(reason, "reason");
        return new Invoice(number, issueDate, null, original.month(), original.agreementNumber(),
                original.buyerReference(), original.currency(), original.seller(), original.buyer(),
                original.lines(), original.total(), Map.of(), original.number(), reason);
    }
}
