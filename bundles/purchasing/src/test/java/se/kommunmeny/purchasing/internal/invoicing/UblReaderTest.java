package se.kommunmeny.purchasing.internal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UblReaderTest {
    private final UblWriter writer = new UblWriter();
    private final UblReader reader = new UblReader();

    @Test
    void invoiceReadsBackAsWritten() {
        Invoice written = Fixtures.oliviaMarch();

        Invoice read = reader.read(writer.invoice(written));

        assertEquals(written.number(), read.number());
        assertEquals(written.issueDate(), read.issueDate());
        assertEquals(written.dueDate(), read.dueDate());
        assertEquals(written.month(), read.month());
        assertEquals(written.agreementNumber(), read.agreementNumber());
        assertEquals(written.buyerReference(), read.buyerReference());
        assertEquals(written.currency(), read.currency());
        assertEquals(written.total(), read.total());
        // A bankgiro number travels as digits only.
        assertEquals(new Party("Västerås stad, Olivia", "2120009994", "SE212000999401", "2120009994", "0007",
                "Exempelgatan 1", "Västerås", "72187", "SE", "55551234", "30", "Olivia", "olivia@example.se"),
                read.seller());
        assertEquals(new Party("Sala kommun", "2120008889", "SE212000888901", "2120008889", "0007",
                "Stora torget 1", "Sala", "73330", "SE", null, null, null, null), read.buyer());
        assertNull(read.creditedInvoice());
        assertEquals(Map.of(), read.vacancyRuns());
        // The placement is the seller's own; the buyer's order reference is what travels.
        assertEquals(withoutPlacements(written.lines()), read.lines().stream().map(UblReaderTest::normalised).toList());
    }

    @Test
    void creditNoteReadsBackWithTheCreditedInvoice() {
        Invoice credit = CreditNotes.fullCredit(Fixtures.oliviaMarch(), "2026-0043", LocalDate.of(2026, 4, 9),
                "Fel avtal");

        Invoice read = reader.read(writer.creditNote(credit));

        assertTrue(read.creditNote());
        assertEquals("2026-0042", read.creditedInvoice());
        assertEquals("Fel avtal", read.note());
        assertEquals(credit.total(), read.total());
        assertEquals(credit.lines().size(), read.lines().size());
    }

    @Test
    void documentTypeDeclarationIsRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>
                """;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(xml));
        assertEquals("A DOCTYPE is not accepted", e.getMessage());
    }

    @Test
    void externalEntityIsNeverResolved() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&secret;</ID></Invoice>
                """;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(xml));
        assertEquals("A DOCTYPE is not accepted", e.getMessage());
    }

    @Test
    void undeclaredEntityIsRefused() {
        String xml = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>&x;</ID>"
                + "</Invoice>";

        assertThrows(IllegalArgumentException.class, () -> reader.read(xml));
    }

    @Test
    void malformedDocumentIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.read("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">"));
        assertTrue(e.getMessage().startsWith("Not well-formed XML"), e.getMessage());
    }

    @Test
    void otherDocumentsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.read("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>"));
        assertTrue(e.getMessage().contains("Order"), e.getMessage());
    }

    @Test
    void invoiceWithoutATotalIsRefused() {
        String xml = writer.invoice(Fixtures.oliviaMarch()).replaceAll("<cbc:PayableAmount[^<]*</cbc:PayableAmount>",
                "");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(xml));
        assertTrue(e.getMessage().contains("PayableAmount"), e.getMessage());
    }

    private static List<InvoiceLine> withoutPlacements(List<InvoiceLine> lines) {
        return lines.stream().map(l -> normalised(new InvoiceLine(l.id(), l.description(), l.itemCode(),
                l.quantity(), l.unitCode(), l.unitPrice(), l.baseQuantity(), l.amount(), null, l.orderRef(),
                l.from(), l.to()))).toList();
    }

    /** Numbers compared by value, not by scale (1 and 1.00 read back alike). */
    private static InvoiceLine normalised(InvoiceLine l) {
        return new InvoiceLine(l.id(), l.description(), l.itemCode(), l.quantity().stripTrailingZeros(),
                l.unitCode(), l.unitPrice().stripTrailingZeros(), l.baseQuantity().stripTrailingZeros(),
                l.amount().stripTrailingZeros(), l.placementId(), l.orderRef(), l.from(), l.to());
    }
}
