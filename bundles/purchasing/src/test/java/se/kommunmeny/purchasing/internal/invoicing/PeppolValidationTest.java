package se.kommunmeny.purchasing.internal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.purchasing.internal.invoicing.PriceTerms.ItemPrice;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;

/** Every UBL document the invoicing writes passes the official Peppol BIS Billing 3.0 rules. */
class PeppolValidationTest {
    private final UblWriter writer = new UblWriter();

    @Test
    void swedishInvoiceWithEveryKindOfLinePassesThePeppolRules() {
        String xml = writer.invoice(Fixtures.oliviaMarch());

        assertValid(PeppolRules.validateInvoice(xml));
    }

    @Test
    void danishInvoiceInKronerWithCvrAndEanEndpointsPassesThePeppolRules() {
        String xml = writer.invoice(danishInvoice());

        assertTrue(xml.contains("<cbc:EndpointID schemeID=\"0184\">29999996</cbc:EndpointID>"), xml);
        assertTrue(xml.contains("<cbc:EndpointID schemeID=\"0088\">5790000000012</cbc:EndpointID>"), xml);
        assertValid(PeppolRules.validateInvoice(xml));
    }

    @Test
    void creditNotePassesThePeppolRules() {
        Invoice credit = CreditNotes.fullCredit(Fixtures.oliviaMarch(), "2026-0043", LocalDate.of(2026, 4, 9),
                "Fel avtal angivet");

        assertValid(PeppolRules.validateCreditNote(writer.creditNote(credit)));
    }

    @Test
    void danishCreditNotePassesThePeppolRules() {
        Invoice credit = CreditNotes.fullCredit(danishInvoice(), "DK-2026-0100", LocalDate.of(2026, 4, 9),
                "Forkert periode");

        assertValid(PeppolRules.validateCreditNote(writer.creditNote(credit)));
    }

    @Test
    void invoiceWhoseTotalsDoNotAddUpIsReportedInvalid() {
        String xml = writer.invoice(Fixtures.oliviaMarch());
        String broken = xml.replaceFirst("<cbc:PayableAmount currencyID=\"SEK\">[0-9.]+</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"SEK\">1.00</cbc:PayableAmount>");
        assertFalse(broken.equals(xml));

        for (PeppolRules.Report report : PeppolRules.validateInvoice(broken)) {
            assertTrue(report.errors().stream().anyMatch(e -> e.startsWith("[BR-CO-16]")), report.toString());
        }
    }

    @Test
    void invoiceWithAnInvalidSwedishOrganisationNumberIsReportedInvalid() {
        String xml = writer.invoice(Fixtures.oliviaMarch()).replace(">2120009994<", ">2120009995<");

        for (PeppolRules.Report report : PeppolRules.validateInvoice(xml)) {
            assertFalse(report.errors().isEmpty(), report.toString());
        }
    }

    private static Invoice danishInvoice() {
        PriceTerms terms = new PriceTerms("DKK", null, null, money("1450.00"), money("950.00"), "Samtaleterapi",
                Map.of("urinprove", new ItemPrice("Urinprøve", money("225.00"))), 2, 14, money("60"), 30,
                money("1"));
        Stay stay = Fixtures.stay("dk-1", "EK-2026-17", LocalDate.of(2026, 3, 5), null, Extent.FULL_TIME);
        List<HourEntry> hours = List.of(new HourEntry("dk-1", "EK-2026-17", LocalDate.of(2026, 3, 12),
                money("1.5")));
        List<ItemEntry> items = List.of(new ItemEntry("dk-1", "EK-2026-17", LocalDate.of(2026, 3, 12), "urinprove",
                1));
        return new InvoiceCalculator().compute("DK-2026-0099", LocalDate.of(2026, 4, 2), Fixtures.MARCH,
                "AFT-400-12", "EK socialforvaltning", terms, List.of(stay), hours, items, Map.of(), Fixtures.SELLER_DK,
                Fixtures.BUYER_DK);
    }

    private static void assertValid(List<PeppolRules.Report> reports) {
        for (PeppolRules.Report report : reports) {
            assertEquals(3, report.layersRun(), "XML Schema, EN 16931 and Peppol rules all run: " + report);
            assertEquals(List.of(), report.errors(), report.release());
        }
    }
}
