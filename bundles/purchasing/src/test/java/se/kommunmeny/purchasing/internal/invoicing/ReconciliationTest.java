package se.kommunmeny.purchasing.internal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.purchasing.internal.invoicing.ReconciliationResult.Difference;
import se.kommunmeny.purchasing.internal.invoicing.ReconciliationResult.Kind;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;

/** The buyer reconciles a received Peppol invoice with what its own records give. */
class ReconciliationTest {
    private final Invoice expected = Fixtures.oliviaMarch();

    @Test
    void identicalInvoiceReceivedOverPeppolMatches() {
        Invoice received = new UblReader().read(new UblWriter().invoice(expected));

        ReconciliationResult result = Reconciliation.compare(received, expected);

        assertTrue(result.matches(), result.differences().toString());
        assertEquals(List.of(), result.differences());
    }

    @Test
    void invoiceFromAnotherSystemMatchesWhenItBillsTheSame() {
        Stay stay = Fixtures.stay("p-1", "SALA-1", LocalDate.of(2026, 1, 12), null, Extent.FULL_TIME);
        HourEntry hours = new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 3), money("2"));
        Invoice ownRecords = Fixtures.compute(Fixtures.MARCH, Fixtures.olivia(), List.of(stay), List.of(hours),
                List.of(), Map.of());
        // Other prefixes, line ids that are not numbers, no item codes, the hours split in two lines.
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                    xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <b:ID>A-77</b:ID><b:IssueDate>2026-04-01</b:IssueDate>
                  <b:DocumentCurrencyCode>SEK</b:DocumentCurrencyCode>
                  <b:BuyerReference>Sala IFO 4711</b:BuyerReference>
                  <a:AccountingSupplierParty><a:Party><b:EndpointID schemeID="0007">2120009994</b:EndpointID>
                    <a:PartyLegalEntity><b:RegistrationName>Olivia</b:RegistrationName></a:PartyLegalEntity>
                    <a:PostalAddress><a:Country><b:IdentificationCode>SE</b:IdentificationCode></a:Country>
                    </a:PostalAddress>
                  </a:Party></a:AccountingSupplierParty>
                  <a:AccountingCustomerParty><a:Party><b:EndpointID schemeID="0007">2120008889</b:EndpointID>
                    <a:PartyName><b:Name>Sala kommun</b:Name></a:PartyName>
                    <a:PostalAddress><a:Country><b:IdentificationCode>SE</b:IdentificationCode></a:Country>
                    </a:PostalAddress>
                  </a:Party></a:AccountingCustomerParty>
                  <a:LegalMonetaryTotal><b:PayableAmount currencyID="SEK">18900.00</b:PayableAmount>
                  </a:LegalMonetaryTotal>
                  <a:InvoiceLine><b:ID>L1</b:ID><b:InvoicedQuantity unitCode="MON">1</b:InvoicedQuantity>
                    <b:LineExtensionAmount currencyID="SEK">17500.00</b:LineExtensionAmount>
                    <a:OrderLineReference><b:LineID>SALA-1</b:LineID></a:OrderLineReference>
                    <a:Item><b:Name>Behandling mars</b:Name></a:Item>
                    <a:Price><b:PriceAmount currencyID="SEK">17500</b:PriceAmount></a:Price>
                  </a:InvoiceLine>
                  <a:InvoiceLine><b:ID>L2</b:ID><b:InvoicedQuantity unitCode="HUR">1.5</b:InvoicedQuantity>
                    <b:LineExtensionAmount currencyID="SEK">1050.00</b:LineExtensionAmount>
                    <a:OrderLineReference><b:LineID>SALA-1</b:LineID></a:OrderLineReference>
                    <a:Item><b:Name>Terapi</b:Name></a:Item>
                    <a:Price><b:PriceAmount currencyID="SEK">700</b:PriceAmount></a:Price>
                  </a:InvoiceLine>
                  <a:InvoiceLine><b:ID>L3</b:ID><b:InvoicedQuantity unitCode="HUR">0.5</b:InvoicedQuantity>
                    <b:LineExtensionAmount currencyID="SEK">350.00</b:LineExtensionAmount>
                    <a:OrderLineReference><b:LineID>SALA-1</b:LineID></a:OrderLineReference>
                    <a:Item><b:Name>Terapi</b:Name></a:Item>
                    <a:Price><b:PriceAmount currencyID="SEK">700</b:PriceAmount></a:Price>
                  </a:InvoiceLine>
                </ubl:Invoice>
                """;

        Invoice received = new UblReader().read(xml);
        ReconciliationResult result = Reconciliation.compare(received, ownRecords);

        assertEquals(List.of(1, 2, 3), received.lines().stream().map(InvoiceLine::id).toList());
        assertTrue(result.matches(), result.differences().toString());
    }

    @Test
    void changedAmountIsFound() {
        List<InvoiceLine> lines = new ArrayList<>(expected.lines());
        InvoiceLine hours = lines.get(1);
        lines.set(1, new InvoiceLine(hours.id(), hours.description(), hours.itemCode(), money("5.75"),
                hours.unitCode(), hours.unitPrice(), hours.baseQuantity(), money("4025.00"), null, hours.orderRef(),
                hours.from(), hours.to()));

        ReconciliationResult result = Reconciliation.compare(received(lines), expected);

        assertFalse(result.matches());
        assertEquals(List.of(
                new Difference(Kind.AMOUNT_DIFFERS, "SALA-2026-001", "Psykoterapi", money("3325.00"),
                        money("4025.00")),
                new Difference(Kind.TOTAL_DIFFERS, null, "Summa", money("89673.38"), money("90373.38"))),
                result.differences());
    }

    @Test
    void missingLineIsFound() {
        List<InvoiceLine> lines = new ArrayList<>(expected.lines());
        InvoiceLine started = lines.remove(3);

        ReconciliationResult result = Reconciliation.compare(received(lines), expected);

        assertEquals(Kind.MISSING_ON_INVOICE, result.differences().get(0).kind());
        assertEquals("SALA-2026-002", result.differences().get(0).orderRef());
        assertEquals(started.amount(), result.differences().get(0).expected());
        assertEquals(Kind.TOTAL_DIFFERS, result.differences().get(1).kind());
    }

    @Test
    void unexpectedLineIsFound() {
        List<InvoiceLine> lines = new ArrayList<>(expected.lines());
        lines.add(new InvoiceLine(10, "Drogtest", "drogtest", money("1"), "C62", money("350.00"), money("1"),
                money("350.00"), null, "SALA-2026-009", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3)));

        ReconciliationResult result = Reconciliation.compare(received(lines), expected);

        assertEquals(new Difference(Kind.NOT_EXPECTED, "SALA-2026-009", "Drogtest", null, money("350.00")),
                result.differences().get(0));
        assertEquals(2, result.differences().size());
    }

    @Test
    void sameAmountForDifferentDaysIsAQuantityDifference() {
        List<InvoiceLine> lines = new ArrayList<>(expected.lines());
        InvoiceLine started = lines.get(3);
        lines.set(3, new InvoiceLine(4, started.description(), started.itemCode(), money("21"), "DAY",
                started.unitPrice(), started.baseQuantity(), started.amount(), null, started.orderRef(),
                started.from(), started.to()));

        ReconciliationResult result = Reconciliation.compare(received(lines), expected);

        assertEquals(1, result.differences().size());
        assertEquals(Kind.QUANTITY_DIFFERS, result.differences().get(0).kind());
        assertEquals("SALA-2026-002", result.differences().get(0).orderRef());
    }

    @Test
    void vacantPlacesAreComparedAsAGroup() {
        Invoice sellerSays = Fixtures.compute(Fixtures.MARCH, Fixtures.olivia(4, "1"), List.of(
                Fixtures.stay("p-1", "SALA-1", LocalDate.of(2025, 9, 1), null, Extent.FULL_TIME)), List.of(),
                List.of(), Map.of(2, 40, 3, 40, 4, 40));
        Invoice buyerSays = Fixtures.compute(Fixtures.MARCH, Fixtures.olivia(4, "1"), List.of(
                Fixtures.stay("p-1", "SALA-1", LocalDate.of(2025, 9, 1), null, Extent.FULL_TIME)), List.of(),
                List.of(), Map.of(2, 10, 3, 40, 4, 40));

        ReconciliationResult result = Reconciliation.compare(sellerSays, buyerSays);

        Difference vacancy = result.differences().get(0);
        assertEquals(Kind.AMOUNT_DIFFERS, vacancy.kind());
        assertEquals(null, vacancy.orderRef());
        assertEquals("Reserverade platser, vakanta", vacancy.description());
        assertTrue(vacancy.expected().compareTo(vacancy.invoiced()) > 0, vacancy.toString());
    }

    private Invoice received(List<InvoiceLine> lines) {
        return new Invoice(expected.number(), expected.issueDate(), expected.dueDate(), expected.month(),
                expected.agreementNumber(), expected.buyerReference(), expected.currency(), expected.seller(),
                expected.buyer(), lines, lines.stream().map(InvoiceLine::amount).reduce(money("0.00"),
                        BigDecimal::add), Map.of(), null, null);
    }
}
