package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes invoices and credit notes as UBL 2.1 following Peppol BIS Billing 3.0: VAT category E (exempt) at 0 %
 * with exemption reason, the month as invoice period, each line's period and the buyer's order reference, payment
 * means when the seller has an account, and payment terms with the due date.
 */
public final class UblWriter {

    /** The UBL Invoice (type 380) of an invoice with at least one line. */
    public String invoice(Invoice invoice) {
        if (invoice.creditNote()) {
            throw new IllegalArgumentException(invoice.number() + " is a credit note");
        }
        return write(invoice, Ubl.INVOICE, "Invoice");
    }

    /** The UBL CreditNote (type 381) of a credit note, referring to the invoice it credits. */
    public String creditNote(Invoice creditNote) {
        if (!creditNote.creditNote()) {
            throw new IllegalArgumentException(creditNote.number() + " is not a credit note");
        }
        return write(creditNote, Ubl.CREDIT_NOTE, "CreditNote");
    }

    private static String write(Invoice invoice, String namespace, String root) {
        if (invoice.lines().isEmpty()) {
            throw new IllegalArgumentException("Invoice " + invoice.number() + " has no lines and is not issued");
        }
        if (invoice.buyerReference() == null || invoice.buyerReference().isBlank()) {
            throw new IllegalArgumentException("Invoice " + invoice.number() + " needs the buyer's reference");
        }
        if (invoice.seller().vatId() == null) {
            throw new IllegalArgumentException("A VAT-exempt Peppol invoice needs the seller's VAT number: "
                    + invoice.seller().name());
        }
        Wording wording = Wording.forCountry(invoice.seller().countryCode());
        boolean credit = invoice.creditNote();
        String currency = invoice.currency();
        XmlOut out = new XmlOut(namespace, root);
        out.leaf("CustomizationID", Ubl.CUSTOMIZATION_ID)
                .leaf("ProfileID", Ubl.PROFILE_ID)
                .leaf("ID", invoice.number())
                .leaf("IssueDate", date(invoice.issueDate()));
        if (credit) {
            out.leaf("CreditNoteTypeCode", Ubl.CREDIT_NOTE_TYPE);
        } else {
            out.leaf("DueDate", date(invoice.dueDate())).leaf("InvoiceTypeCode", Ubl.INVOICE_TYPE);
        }
        out.leaf("Note", invoice.note())
                .leaf("DocumentCurrencyCode", currency)
                .leaf("BuyerReference", invoice.buyerReference());
        if (invoice.month() != null) {
            period(out, invoice.month().atDay(1), invoice.month().atEndOfMonth());
        }
        if (credit) {
            out.start("BillingReference").start("InvoiceDocumentReference").leaf("ID", invoice.creditedInvoice())
                    .end().end();
        }
        if (invoice.agreementNumber() != null) {
            out.start("ContractDocumentReference").leaf("ID", invoice.agreementNumber()).end();
        }
        out.start("AccountingSupplierParty");
        party(out, invoice.seller());
        out.end().start("AccountingCustomerParty");
        party(out, invoice.buyer());
        out.end();
        if (!credit && invoice.seller().bankAccount() != null) {
            paymentMeans(out, invoice);
        }
        out.start("PaymentTerms")
                .leaf("Note", credit ? wording.format("credit.terms", invoice.creditedInvoice())
                        : wording.format("payment.terms", wording.date(invoice.dueDate()), invoice.number()))
                .end();
        String total = amount(invoice.total());
        out.start("TaxTotal").leaf("TaxAmount", amount(Money.ZERO), "currencyID", currency)
                .start("TaxSubtotal")
                .leaf("TaxableAmount", total, "currencyID", currency)
                .leaf("TaxAmount", amount(Money.ZERO), "currencyID", currency)
                .start("TaxCategory")
                .leaf("ID", Ubl.VAT_EXEMPT)
                .leaf("Percent", "0")
                .leaf("TaxExemptionReasonCode", Ubl.VAT_EXEMPTION_CODE)
                .leaf("TaxExemptionReason", wording.text("vat.exemption"));
        vatScheme(out).end().end().end();
        out.start("LegalMonetaryTotal")
                .leaf("LineExtensionAmount", total, "currencyID", currency)
                .leaf("TaxExclusiveAmount", total, "currencyID", currency)
                .leaf("TaxInclusiveAmount", total, "currencyID", currency)
                .leaf("PayableAmount", total, "currencyID", currency)
                .end();
        for (InvoiceLine line : invoice.lines()) {
            line(out, line, credit, currency);
        }
        return out.finish();
    }

    private static void party(XmlOut out, Party party) {
        out.start("Party").leaf("EndpointID", party.endpointId(), "schemeID", party.endpointScheme())
                .start("PartyName").leaf("Name", party.name()).end()
                .start("PostalAddress")
                .leaf("StreetName", party.street())
                .leaf("CityName", party.city())
                .leaf("PostalZone", party.postalCode())
                .start("Country").leaf("IdentificationCode", party.countryCode()).end()
                .end();
        if (party.vatId() != null) {
            out.start("PartyTaxScheme").leaf("CompanyID", party.vatId());
            vatScheme(out).end();
        }
        out.start("PartyLegalEntity")
                .leaf("RegistrationName", party.name())
                .leaf("CompanyID", party.legalId(), "schemeID", party.legalIdScheme())
                .end();
        if (party.contactName() != null || party.contactEmail() != null) {
            out.start("Contact").leaf("Name", party.contactName()).leaf("ElectronicMail", party.contactEmail())
                    .end();
        }
        out.end();
    }

    private static void paymentMeans(XmlOut out, Invoice invoice) {
        Party seller = invoice.seller();
        out.start("PaymentMeans")
                .leaf("PaymentMeansCode", seller.paymentMeansCode())
                .leaf("PaymentID", invoice.number())
                .start("PayeeFinancialAccount")
                .leaf("ID", seller.bankAccount().replaceAll("[\\s-]", ""));
        if (seller.bankgiro()) {
            out.start("FinancialInstitutionBranch").leaf("ID", Ubl.BANKGIRO).end();
        }
        out.end().end();
    }

    private static void line(XmlOut out, InvoiceLine line, boolean credit, String currency) {
        out.start(credit ? "CreditNoteLine" : "InvoiceLine")
                .leaf("ID", Integer.toString(line.id()))
                .leaf(credit ? "CreditedQuantity" : "InvoicedQuantity", number(line.quantity()),
                        "unitCode", line.unitCode())
                .leaf("LineExtensionAmount", amount(line.amount()), "currencyID", currency);
        if (line.from() != null && line.to() != null) {
            period(out, line.from(), line.to());
        }
        if (line.orderRef() != null) {
            out.start("OrderLineReference").leaf("LineID", line.orderRef()).end();
        }
        out.start("Item").leaf("Name", line.description());
        if (line.itemCode() != null) {
            out.start("SellersItemIdentification").leaf("ID", line.itemCode()).end();
        }
        out.start("ClassifiedTaxCategory").leaf("ID", Ubl.VAT_EXEMPT).leaf("Percent", "0");
        vatScheme(out).end().end();
        out.start("Price").leaf("PriceAmount", price(line.unitPrice()), "currencyID", currency);
        if (line.baseQuantity().compareTo(BigDecimal.ONE) != 0) {
            out.leaf("BaseQuantity", number(line.baseQuantity()), "unitCode", line.unitCode());
        }
        out.end().end();
    }

    private static void period(XmlOut out, LocalDate from, LocalDate to) {
        out.start("InvoicePeriod").leaf("StartDate", date(from)).leaf("EndDate", date(to)).end();
    }

    private static XmlOut vatScheme(XmlOut out) {
        return out.start("TaxScheme").leaf("ID", "VAT").end();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static String price(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return price.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    private static String number(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
