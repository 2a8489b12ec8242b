package se.kommunmeny.purchasing.internal.invoicing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;

class InvoiceHtmlTest {

    @Test
    void swedishInvoiceShowsPartiesLinesTotalExemptionAndPayment() {
        String html = InvoiceHtml.render(Fixtures.oliviaMarch());

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), html);
        assertTrue(html.contains("<title>Faktura 2026-0042</title>"), html);
        assertTrue(html.contains("<dt>Period</dt><dd>mars 2026</dd>"), html);
        assertTrue(html.contains("<h2>Säljare</h2>\n<p>Västerås stad, Olivia"), html);
        assertTrue(html.contains("<h2>Köpare</h2>\n<p>Sala kommun"), html);
        assertTrue(html.contains("<td>Heltid 2026-03-10–2026-03-31 (22 av 31 dagar)</td><td>SALA-2026-002</td>"),
                html);
        assertTrue(html.contains("17\u00a0500,00 per 31 dagar</td><td class=\"num\">12\u00a0419,35</td>"), html);
        assertTrue(html.contains("89\u00a0673,38 SEK"), html);
        assertTrue(html.contains("Social omsorg, undantagen från mervärdesskatt (VATEX-EU-132-1G)"), html);
        assertTrue(html.contains("<dt>Bankgiro</dt><dd>5555-1234</dd>"), html);
        assertTrue(html.contains("<dt>Förfallodag</dt><dd>2026-05-05</dd>"), html);
    }

    @Test
    void danishSellerGetsDanishLabels() {
        Invoice invoice = new InvoiceCalculator().compute("DK-1", Fixtures.ISSUED, Fixtures.MARCH, "AFT-1", "EK",
                new PriceTerms("DKK", money("52000.00"), null, null, null, null, Map.of(), 0, 0, money("40"), 0,
                        BigDecimal.ONE),
                List.of(Fixtures.stay("dk-1", "EK-17", LocalDate.of(2025, 1, 1), null, Extent.FULL_TIME)), List.of(),
                List.of(), Map.of(), Fixtures.SELLER_DK, Fixtures.BUYER_DK);

        String html = InvoiceHtml.render(invoice);

        assertTrue(html.contains("<html lang=\"da\">"), html);
        assertTrue(html.contains("<h2>Sælger</h2>"), html);
        assertTrue(html.contains("<dt>Forfaldsdato</dt><dd>05.05.2026</dd>"), html);
        assertTrue(html.contains("52.000,00 DKK"), html);
        assertTrue(html.contains("Social forsorg, fritaget for moms"), html);
        assertTrue(html.contains("<dt>IBAN</dt><dd>DK6100001234567890</dd>"), html);
    }

    @Test
    void allTextIsEscaped() {
        Invoice credit = CreditNotes.fullCredit(Fixtures.oliviaMarch(), "2026-0043", LocalDate.of(2026, 4, 9),
                "<script>alert('x')</script> & \"more\"");

        String html = InvoiceHtml.render(credit);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"), html);
        assertTrue(html.contains("<title>Kreditfaktura 2026-0043</title>"), html);
        assertTrue(html.contains("<dt>Krediterar faktura</dt><dd>2026-0042</dd>"), html);
    }
}
