package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a UBL 2.1 Invoice or CreditNote, from any sender, into an {@link Invoice}: enough to reconcile it (number,
 * month, references, parties, lines with the buyer's order reference, quantity, price, amount and period, total).
 * The month is that of the invoice period's start. The document is parsed securely (see {@link XmlElement}); one
 * that is not well-formed or lacks what an invoice must state is refused with {@link IllegalArgumentException}.
 */
public final class UblReader {

    /** The invoice or credit note of a UBL document. */
    public Invoice read(String xml) {
        XmlElement root = XmlElement.parse(xml);
        boolean credit = switch (root.name()) {
            case "Invoice" -> false;
            case "CreditNote" -> true;
            default -> throw new IllegalArgumentException("Not a UBL Invoice or CreditNote: " + root.name());
        };
        if (!(credit ? Ubl.CREDIT_NOTE : Ubl.INVOICE).equals(root.namespace())) {
            throw new IllegalArgumentException("Not in the UBL 2 namespace: " + root.namespace());
        }
        String creditedInvoice = null;
        LocalDate dueDate = date(root.text("DueDate"), "DueDate");
        if (credit) {
            creditedInvoice = required(root, "BillingReference", "InvoiceDocumentReference", "ID");
            dueDate = date(root.text("PaymentMeans", "PaymentDueDate"), "PaymentDueDate");
        }
        String periodStart = root.text("InvoicePeriod", "StartDate");
        String payableAmount = required(root, "LegalMonetaryTotal", "PayableAmount");
        List<InvoiceLine> lines = new ArrayList<>();
        for (XmlElement line : root.children(credit ? "CreditNoteLine" : "InvoiceLine")) {
            lines.add(line(line, credit, lines.size() + 1));
        }
        return new Invoice(required(root, "ID"), date(required(root, "IssueDate"), "IssueDate"), dueDate,
                periodStart == null ? null : YearMonth.from(date(periodStart, "InvoicePeriod")),
                root.text("ContractDocumentReference", "ID"), root.text("BuyerReference"),
                required(root, "DocumentCurrencyCode"),
                party(root, "AccountingSupplierParty", root.at("PaymentMeans")),
                party(root, "AccountingCustomerParty", null), lines, decimal(payableAmount, "PayableAmount"),
                Map.of(), creditedInvoice, root.text("Note"));
    }

    private static InvoiceLine line(XmlElement line, boolean credit, int position) {
        String quantityName = credit ? "CreditedQuantity" : "InvoicedQuantity";
        XmlElement quantity = line.at(quantityName);
        if (quantity == null || quantity.attribute("unitCode") == null) {
            throw new IllegalArgumentException("Line " + position + " has no " + quantityName + " with a unit code");
        }
        String id = required(line, "ID");
        String base = line.text("Price", "BaseQuantity");
        return new InvoiceLine(id.matches("\\d{1,9}") ? Integer.parseInt(id) : position,
                required(line, "Item", "Name"), line.text("Item", "SellersItemIdentification", "ID"),
                decimal(required(line, quantityName), quantityName), quantity.attribute("unitCode"),
                decimal(required(line, "Price", "PriceAmount"), "PriceAmount"),
                base == null ? BigDecimal.ONE : decimal(base, "BaseQuantity"),
                decimal(required(line, "LineExtensionAmount"), "LineExtensionAmount"), null,
                line.text("OrderLineReference", "LineID"), date(line.text("InvoicePeriod", "StartDate"), "StartDate"),
                date(line.text("InvoicePeriod", "EndDate"), "EndDate"));
    }

    /** A party; the seller's bank account comes from the document's payment means. */
    private static Party party(XmlElement root, String role, XmlElement payment) {
        XmlElement party = root.at(role, "Party");
        if (party == null) {
            throw new IllegalArgumentException("The document has no " + role);
        }
        String endpoint = required(party, "EndpointID");
        String scheme = party.at("EndpointID").attribute("schemeID");
        if (scheme == null) {
            throw new IllegalArgumentException("The endpoint of the " + role + " has no schemeID");
        }
        String name = party.text("PartyName", "Name");
        String vatId = party.children("PartyTaxScheme").stream()
                .filter(taxScheme -> "VAT".equals(taxScheme.text("TaxScheme", "ID")))
                .map(taxScheme -> taxScheme.text("CompanyID")).findFirst().orElse(null);
        return new Party(name != null ? name : required(party, "PartyLegalEntity", "RegistrationName"),
                party.text("PartyLegalEntity", "CompanyID"), vatId, endpoint, scheme,
                party.text("PostalAddress", "StreetName"), party.text("PostalAddress", "CityName"),
                party.text("PostalAddress", "PostalZone"),
                required(party, "PostalAddress", "Country", "IdentificationCode"),
                payment == null ? null : payment.text("PayeeFinancialAccount", "ID"),
                payment == null ? null : payment.text("PaymentMeansCode"), party.text("Contact", "Name"),
                party.text("Contact", "ElectronicMail"));
    }

    private static String required(XmlElement element, String... path) {
        String value = element.text(path);
        if (value == null) {
            throw new IllegalArgumentException("The document has no " + String.join("/", path));
        }
        return value;
    }

    private static LocalDate date(String text, String what) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not a date: " + text, e);
        }
    }

    private static BigDecimal decimal(String text, String what) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + text, e);
        }
    }
}
