package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import se.kommunmeny.core.api.web.Html;

/**
 * An invoice or credit note as a readable HTML document, in Swedish or Danish by the seller's country: parties,
 * period, lines, total, the VAT exemption and how to pay. All text is escaped.
 */
public final class InvoiceHtml {
    private InvoiceHtml() {
    }

    /** The HTML document of an invoice or credit note. */
    public static String render(Invoice invoice) {
        Wording w = Wording.forCountry(invoice.seller().countryCode());
        boolean credit = invoice.creditNote();
        String title = w.text(credit ? "title.creditNote" : "title.invoice") + " " + invoice.number();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(w.text("language"))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                        + "table{border-collapse:collapse;width:100%}th,td{padding:.3em .5em;text-align:left;"
                        + "border-bottom:1px solid #ccc}.num{text-align:right}.parties{display:flex;gap:4em}"
                        + "</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");

        html.append("<dl>\n");
        term(html, w.text(credit ? "label.creditNumber" : "label.number"), invoice.number());
        term(html, w.text("label.issueDate"), w.date(invoice.issueDate()));
        if (!credit) {
            term(html, w.text("label.dueDate"), w.date(invoice.dueDate()));
        }
        if (invoice.month() != null) {
            term(html, w.text("label.period"), w.month(invoice.month()));
        }
        term(html, w.text("label.agreement"), invoice.agreementNumber());
        term(html, w.text("label.buyerReference"), invoice.buyerReference());
        if (credit) {
            term(html, w.text("label.credits"), invoice.creditedInvoice());
            term(html, w.text("label.reason"), invoice.note());
        }
        html.append("</dl>\n<div class=\"parties\">\n");
        party(html, w, w.text("label.seller"), invoice.seller());
        party(html, w, w.text("label.buyer"), invoice.buyer());
        html.append("</div>\n");

        lines(html, w, invoice);

        html.append("<p>").append(Html.escape(w.text("label.vat"))).append(": ")
                .append(Html.escape(w.text("vat.exemption"))).append(" (").append(Ubl.VAT_EXEMPTION_CODE).append(")</p>\n");
        if (credit) {
            html.append("<p>").append(Html.escape(w.format("credit.terms", invoice.creditedInvoice()))).append("</p>\n");
        } else {
            payment(html, w, invoice);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void party(StringBuilder html, Wording w, String role, Party party) {
        html.append("<section>\n<h2>").append(Html.escape(role)).append("</h2>\n<p>").append(Html.escape(party.name()));
        line(html, party.street());
        line(html, join(party.postalCode(), party.city(), " "));
        line(html, party.countryCode());
        html.append("</p>\n<dl>\n");
        term(html, w.text("label.legalId"), party.legalId());
        term(html, w.text("label.vatId"), party.vatId());
        term(html, w.text("label.endpoint"), party.endpointScheme() + ":" + party.endpointId());
        term(html, w.text("label.contact"), join(party.contactName(), party.contactEmail(), ", "));
        html.append("</dl>\n</section>\n");
    }

    private static void lines(StringBuilder html, Wording w, Invoice invoice) {
        html.append("<table>\n<thead><tr>");
        for (String column : new String[] {"id", "description", "orderRef", "period", "quantity", "unit", "unitPrice",
            "amount"}) {
            boolean number = column.equals("quantity") || column.equals("unitPrice") || column.equals("amount");
            html.append(number ? "<th class=\"num\">" : "<th>").append(Html.escape(w.text("col." + column)))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (InvoiceLine line : invoice.lines()) {
            String price = w.amount(line.unitPrice());
            if (line.baseQuantity().compareTo(BigDecimal.ONE) != 0) {
                price += " " + w.format("price.perBase", w.quantity(line.baseQuantity()), unit(w, line));
            }
            html.append("<tr>");
            cell(html, Integer.toString(line.id()), false);
            cell(html, line.description(), false);
            cell(html, line.orderRef(), false);
            cell(html, line.from() == null ? null : w.date(line.from()) + "–" + w.date(line.to()), false);
            cell(html, w.quantity(line.quantity()), true);
            cell(html, unit(w, line), false);
            cell(html, price, true);
            cell(html, w.amount(line.amount()), true);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th colspan=\"7\">").append(Html.escape(w.text("label.sum")))
                .append("</th><th class=\"num\">").append(Html.escape(w.amount(invoice.total()) + " " + invoice.currency()))
                .append("</th></tr></tfoot>\n</table>\n");
    }

    private static void payment(StringBuilder html, Wording w, Invoice invoice) {
        Party seller = invoice.seller();
        html.append("<h2>").append(Html.escape(w.text("label.payment"))).append("</h2>\n<dl>\n");
        if (seller.bankAccount() != null) {
            term(html, w.text(seller.bankgiro() ? "label.bankgiro" : "label.iban"), seller.bankAccount());
        }
        term(html, w.text("label.paymentReference"), invoice.number());
        term(html, w.text("label.dueDate"), w.date(invoice.dueDate()));
        term(html, w.text("label.total"), w.amount(invoice.total()) + " " + invoice.currency());
        html.append("</dl>\n<p>").append(Html.escape(w.format("payment.terms", w.date(invoice.dueDate()),
                invoice.number()))).append("</p>\n");
    }

    private static String unit(Wording w, InvoiceLine line) {
        return w.textOr("unit." + line.unitCode(), line.unitCode());
    }

    private static void term(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
        }
    }

    private static void line(StringBuilder html, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<br>").append(Html.escape(text));
        }
    }

    private static void cell(StringBuilder html, String text, boolean number) {
        html.append(number ? "<td class=\"num\">" : "<td>").append(Html.escape(text == null ? "" : text)).append("</td>");
    }

    private static String join(String first, String second, String separator) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + separator + second;
    }

}
