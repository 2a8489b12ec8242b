package se.kommunmeny.purchasing.internal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.APRIL;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.MARCH;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.compute;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.money;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.olivia;
import static se.kommunmeny.purchasing.internal.invoicing.Fixtures.stay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kommunmeny.purchasing.internal.invoicing.PriceTerms.ItemPrice;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Segment;

class InvoiceCalculatorTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 9, 1);

    @Test
    void fullMonthIsExactlyTheMonthPrice() {
        Invoice invoice = compute(MARCH, olivia(), List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.FULL_TIME)),
                List.of(), List.of(), Map.of());

        InvoiceLine line = single(invoice);
        assertEquals(money("17500.00"), line.amount());
        assertEquals(BigDecimal.ONE, line.quantity());
        assertEquals("MON", line.unitCode());
        assertEquals("SALA-1", line.orderRef());
        assertEquals("p-1", line.placementId());
        assertEquals(LocalDate.of(2026, 3, 1), line.from());
        assertEquals(LocalDate.of(2026, 3, 31), line.to());
        assertEquals(money("17500.00"), invoice.total());
    }

    @Test
    void placementStartingOnTheTenthIsProRataToTheÖre() {
        Invoice invoice = compute(MARCH, olivia(),
                List.of(stay("p-1", "SALA-1", LocalDate.of(2026, 3, 10), null, Extent.FULL_TIME)), List.of(),
                List.of(), Map.of());

        InvoiceLine line = single(invoice);
        // 17 500 × 22 / 31 = 12 419.354…
        assertEquals(money("12419.35"), line.amount());
        assertEquals(BigDecimal.valueOf(22), line.quantity());
        assertEquals("DAY", line.unitCode());
        assertEquals(money("17500.00"), line.unitPrice());
        assertEquals(BigDecimal.valueOf(31), line.baseQuantity());
        assertEquals("Heltid 2026-03-10–2026-03-31 (22 av 31 dagar)", line.description());
    }

    @Test
    void changeToHalfTimeOnTheSixteenthGivesTwoLinesEachRoundedOnItsOwn() {
        Stay stay = new Stay("p-1", "SALA-1", List.of(
                new Segment(LONG_AGO, LocalDate.of(2026, 3, 15), Extent.FULL_TIME),
                new Segment(LocalDate.of(2026, 3, 16), null, Extent.HALF_TIME)), null, null);

        Invoice invoice = compute(MARCH, olivia(), List.of(stay), List.of(), List.of(), Map.of());

        assertEquals(2, invoice.lines().size());
        InvoiceLine full = invoice.lines().get(0);
        InvoiceLine half = invoice.lines().get(1);
        assertEquals(money("8467.74"), full.amount()); // 17 500 × 15 / 31 = 8 467.741…
        assertEquals(LocalDate.of(2026, 3, 15), full.to());
        assertEquals(money("5419.35"), half.amount()); // 10 500 × 16 / 31 = 5 419.354…
        assertEquals("HALF_TIME", half.itemCode());
        assertEquals(LocalDate.of(2026, 3, 16), half.from());
        assertEquals(money("13887.09"), invoice.total());
    }

    @Test
    void noticeIsBilledThroughTheNoticePeriodAfterTheClientLeft() {
        Stay stay = new Stay("p-1", "SALA-1", List.of(new Segment(LONG_AGO, null, Extent.FULL_TIME)),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 22));

        Invoice march = compute(MARCH, olivia(), List.of(stay), List.of(), List.of(), Map.of());
        Invoice april = compute(APRIL, olivia(), List.of(stay), List.of(), List.of(), Map.of());

        // 14 days from the 20th: the 20th through 2 April, although the client left on the 22nd.
        assertEquals(money("17500.00"), single(march).amount());
        assertTrue(single(march).description().contains("uppsägning 2026-03-20, uppsägningstid t.o.m. 2026-04-02"),
                single(march).description());
        InvoiceLine inApril = single(april);
        assertEquals(LocalDate.of(2026, 4, 1), inApril.from());
        assertEquals(LocalDate.of(2026, 4, 2), inApril.to());
        assertEquals(money("1166.67"), inApril.amount()); // 17 500 × 2 / 30
        assertTrue(inApril.description().contains("uppsägningstid t.o.m. 2026-04-02"), inApril.description());
    }

    @Test
    void noticePeriodContinuesInTheExtentOfTheLastSegment() {
        Stay stay = new Stay("p-1", "SALA-1", List.of(
                new Segment(LONG_AGO, LocalDate.of(2026, 3, 9), Extent.FULL_TIME),
                new Segment(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), Extent.HALF_TIME)),
                LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12));

        Invoice invoice = compute(MARCH, olivia(), List.of(stay), List.of(), List.of(), Map.of());

        InvoiceLine half = invoice.lines().get(1);
        assertEquals(LocalDate.of(2026, 3, 25), half.to());
        assertEquals(BigDecimal.valueOf(16), half.quantity());
        assertEquals(money("5419.35"), half.amount());
    }

    @Test
    void stayEndingWithoutNoticeIsBilledToItsLastDay() {
        Stay stay = new Stay("p-1", "SALA-1", List.of(new Segment(LONG_AGO, null, Extent.FULL_TIME)), null,
                LocalDate.of(2026, 3, 10));

        InvoiceLine line = single(compute(MARCH, olivia(), List.of(stay), List.of(), List.of(), Map.of()));

        assertEquals(LocalDate.of(2026, 3, 10), line.to());
        assertEquals(money("5645.16"), line.amount()); // 17 500 × 10 / 31 = 5 645.161…
    }

    @Test
    void hoursOfAPlacementMakeOneLineAtTheHourPrice() {
        List<HourEntry> hours = List.of(new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 3), money("1.5")),
                new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 24), money("1.25")),
                new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 2, 24), money("1")));

        InvoiceLine line = single(compute(MARCH, olivia(), List.of(), hours, List.of(), Map.of()));

        assertEquals(money("2.75"), line.quantity());
        assertEquals("HUR", line.unitCode());
        assertEquals("Psykoterapi", line.description());
        assertEquals(money("1925.00"), line.amount());
        assertEquals(LocalDate.of(2026, 3, 3), line.from());
        assertEquals(LocalDate.of(2026, 3, 24), line.to());
    }

    @Test
    void itemsMakeOneLinePerPlacementAndCode() {
        List<ItemEntry> items = List.of(new ItemEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 4), "drogtest", 2),
                new ItemEntry("p-2", "SALA-2", LocalDate.of(2026, 3, 5), "drogtest", 1),
                new ItemEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 18), "drogtest", 1));

        Invoice invoice = compute(MARCH, olivia(), List.of(), List.of(), items, Map.of());

        assertEquals(2, invoice.lines().size());
        InvoiceLine first = invoice.lines().get(0);
        assertEquals("SALA-1", first.orderRef());
        assertEquals(BigDecimal.valueOf(3), first.quantity());
        assertEquals("C62", first.unitCode());
        assertEquals(money("1050.00"), first.amount());
        assertEquals(money("350.00"), invoice.lines().get(1).amount());
    }

    @Test
    void linesAreNumberedPerPlacementWithVacancyLast() {
        Invoice invoice = Fixtures.oliviaMarch();

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), invoice.lines().stream().map(InvoiceLine::id).toList());
        assertEquals(List.of("FULL_TIME", "HOURS", "drogtest", "FULL_TIME", "FULL_TIME", "HALF_TIME", "FULL_TIME",
                "VACANT_FULL", "VACANT_REDUCED"), invoice.lines().stream().map(InvoiceLine::itemCode).toList());
        BigDecimal sum = invoice.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum, invoice.total());
        assertEquals(money("89673.38"), invoice.total());
    }

    @Test
    void reservedPlacesVacantBeyondTheGraceDaysArePaidAtTheVacancyPercent() {
        List<Stay> twoUsed = List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.FULL_TIME),
                stay("p-2", "SALA-2", LONG_AGO, null, Extent.HALF_TIME));

        // Four reserved, two used: slot 3 was vacant 25 days and slot 4 40 days at the end of February.
        Invoice invoice = compute(MARCH, olivia(4, "1"), twoUsed, List.of(), List.of(), Map.of(3, 25, 4, 40));

        InvoiceLine full = invoice.lines().get(2);
        InvoiceLine reduced = invoice.lines().get(3);
        assertEquals("Reserverad plats, vakant, 100 %", full.description());
        assertEquals(BigDecimal.valueOf(5), full.quantity()); // slot 3, vacant days 26–30
        assertEquals(money("2822.58"), full.amount()); // 17 500 × 5 / 31
        assertNull(full.orderRef());
        assertEquals("Reserverad plats, vakant, 50 %", reduced.description());
        assertEquals(BigDecimal.valueOf(57), reduced.quantity()); // 26 of slot 3 and 31 of slot 4
        assertEquals(money("8750.00"), reduced.unitPrice());
        assertEquals(money("16088.71"), reduced.amount()); // 8 750 × 57 / 31
        assertEquals(Map.of(1, 0, 2, 0, 3, 56, 4, 71), invoice.vacancyRuns());
    }

    @Test
    void vacancyRunsContinueIntoTheNextMonth() {
        List<Stay> twoUsed = List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.FULL_TIME),
                stay("p-2", "SALA-2", LONG_AGO, null, Extent.FULL_TIME));
        Invoice february = compute(YearMonth.of(2026, 2), olivia(3, "1"), twoUsed, List.of(), List.of(), Map.of());
        Invoice march = compute(MARCH, olivia(3, "1"), twoUsed, List.of(), List.of(), february.vacancyRuns());

        assertEquals(Map.of(1, 0, 2, 0, 3, 28), february.vacancyRuns());
        assertEquals(BigDecimal.valueOf(28), february.lines().get(2).quantity());
        InvoiceLine full = march.lines().get(2);
        InvoiceLine reduced = march.lines().get(3);
        assertEquals(BigDecimal.valueOf(2), full.quantity()); // vacant days 29 and 30
        assertEquals(LocalDate.of(2026, 3, 2), full.to());
        assertEquals(BigDecimal.valueOf(29), reduced.quantity());
        assertEquals(LocalDate.of(2026, 3, 3), reduced.from());
        assertEquals(Map.of(1, 0, 2, 0, 3, 59), march.vacancyRuns());
    }

    @Test
    void placeVacatedMidMonthIsPaidInFullWithinTheGraceDays() {
        Stay leaving = new Stay("p-1", "SALA-1", List.of(new Segment(LONG_AGO, null, Extent.FULL_TIME)), null,
                LocalDate.of(2026, 3, 10));

        Invoice invoice = compute(MARCH, olivia(1, "1"), List.of(leaving), List.of(), List.of(), Map.of());

        InvoiceLine vacant = invoice.lines().get(1);
        assertEquals(2, invoice.lines().size());
        assertEquals(BigDecimal.valueOf(21), vacant.quantity());
        assertEquals(LocalDate.of(2026, 3, 11), vacant.from());
        assertEquals(money("11854.84"), vacant.amount()); // 17 500 × 21 / 31
        assertEquals(Map.of(1, 21), invoice.vacancyRuns());
    }

    @Test
    void februaryHasTwentyEightDaysAndALeapYearTwentyNine() {
        LocalDate midFebruary = LocalDate.of(2026, 2, 15);
        LocalDate midLeapFebruary = LocalDate.of(2028, 2, 15);

        InvoiceLine february = single(compute(YearMonth.of(2026, 2), olivia(),
                List.of(stay("p-1", "SALA-1", midFebruary, null, Extent.FULL_TIME)), List.of(), List.of(), Map.of()));
        InvoiceLine leap = single(compute(YearMonth.of(2028, 2), olivia(),
                List.of(stay("p-1", "SALA-1", midLeapFebruary, null, Extent.FULL_TIME)), List.of(), List.of(),
                Map.of()));
        InvoiceLine fullLeap = single(compute(YearMonth.of(2028, 2), olivia(),
                List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.FULL_TIME)), List.of(), List.of(), Map.of()));

        assertEquals(money("8750.00"), february.amount()); // 17 500 × 14 / 28
        assertEquals(BigDecimal.valueOf(28), february.baseQuantity());
        assertEquals(money("9051.72"), leap.amount()); // 17 500 × 15 / 29 = 9 051.724…
        assertEquals(BigDecimal.valueOf(29), leap.baseQuantity());
        assertEquals(money("17500.00"), fullLeap.amount());
        assertEquals(LocalDate.of(2028, 2, 29), fullLeap.to());
    }

    @Test
    void pricesAreIndexedAndRoundedBeforeUse() {
        List<HourEntry> hours = List.of(new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 3), money("1")));
        Invoice invoice = compute(MARCH, olivia(0, "1.0350"),
                List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.FULL_TIME)), hours, List.of(), Map.of());

        assertEquals(money("18112.50"), invoice.lines().get(0).amount());
        assertEquals(money("724.50"), invoice.lines().get(1).unitPrice());
    }

    @Test
    void dayPriceBillsDaysTimesThePrice() {
        PriceTerms terms = new PriceTerms("SEK", null, null, money("1450.00"), null, null, Map.of(), 0, 0,
                money("0"), 0, BigDecimal.ONE);

        InvoiceLine line = single(compute(MARCH, terms,
                List.of(stay("p-1", "SALA-1", LocalDate.of(2026, 3, 5), null, Extent.HALF_TIME)), List.of(),
                List.of(), Map.of()));

        assertEquals(BigDecimal.valueOf(27), line.quantity());
        assertEquals(BigDecimal.ONE, line.baseQuantity());
        assertEquals(money("39150.00"), line.amount());
    }

    @Test
    void danishSellerGetsDanishLineTexts() {
        Invoice invoice = new InvoiceCalculator().compute("DK-1", Fixtures.ISSUED, MARCH, "AFT-1", "EK",
                new PriceTerms("DKK", money("52000.00"), null, null, null, null, Map.of(), 1, 0, money("40"), 0,
                        BigDecimal.ONE),
                List.of(stay("dk-1", "EK-17", LocalDate.of(2026, 3, 10), null, Extent.FULL_TIME)), List.of(),
                List.of(), Map.of(), Fixtures.SELLER_DK, Fixtures.BUYER_DK);

        assertEquals("DKK", invoice.currency());
        assertEquals("Fuld tid 10.03.2026–31.03.2026 (22 af 31 dage)", invoice.lines().get(0).description());
        assertEquals("Reserveret plads, ledig, 40 %", invoice.lines().get(1).description());
        assertEquals(money("36903.23"), invoice.lines().get(0).amount()); // 52 000 × 22 / 31
        assertEquals(money("6038.71"), invoice.lines().get(1).amount()); // 52 000 × 0.4 × 9 / 31
    }

    @Test
    void monthWithNothingToBillGivesAnInvoiceWithoutLines() {
        Stay ended = new Stay("p-1", "SALA-1", List.of(new Segment(LONG_AGO, null, Extent.FULL_TIME)), null,
                LocalDate.of(2026, 2, 27));

        Invoice invoice = compute(MARCH, olivia(), List.of(ended), List.of(), List.of(), Map.of());

        assertEquals(List.of(), invoice.lines());
        assertEquals(money("0.00"), invoice.total());
        assertEquals(LocalDate.of(2026, 5, 5), invoice.dueDate());
    }

    @Test
    void moneyWithThreeDecimalsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PriceTerms("SEK", money("17500.005"), null, null, null, null, Map.of(), 0, 0, money("50"),
                        14, BigDecimal.ONE));
        assertTrue(e.getMessage().contains("more than two decimals"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new ItemPrice("Drogtest", money("350.001")));
        assertThrows(IllegalArgumentException.class,
                () -> new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 3), money("1.255")));
    }

    @Test
    void negativeMoneyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PriceTerms("SEK", money("-17500.00"), null, null, null, null, Map.of(), 0, 0, money("50"),
                        14, BigDecimal.ONE));
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> new HourEntry("p-1", "SALA-1", LocalDate.of(2026, 3, 3), money("-1")));
    }

    @Test
    void overlappingSegmentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stay("p-1", "SALA-1",
                List.of(new Segment(LONG_AGO, LocalDate.of(2026, 3, 16), Extent.FULL_TIME),
                        new Segment(LocalDate.of(2026, 3, 16), null, Extent.HALF_TIME)), null, null));
        assertTrue(e.getMessage().contains("overlapping"), e.getMessage());
    }

    @Test
    void extentWithoutAPriceIsRejected() {
        PriceTerms fullTimeOnly = new PriceTerms("SEK", money("17500.00"), null, null, null, null, Map.of(), 0, 0,
                money("50"), 14, BigDecimal.ONE);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compute(MARCH, fullTimeOnly,
                List.of(stay("p-1", "SALA-1", LONG_AGO, null, Extent.HALF_TIME)), List.of(), List.of(), Map.of()));
        assertTrue(e.getMessage().contains("HALF_TIME"), e.getMessage());
    }

    @Test
    void creditNoteHasTheSameLinesAndReferstoTheInvoice() {
        Invoice invoice = Fixtures.oliviaMarch();

        Invoice credit = CreditNotes.fullCredit(invoice, "2026-0043", LocalDate.of(2026, 4, 9), "Fel avtal");

        assertTrue(credit.creditNote());
        assertEquals("2026-0042", credit.creditedInvoice());
        assertEquals(invoice.lines(), credit.lines());
        assertEquals(invoice.total(), credit.total());
        assertTrue(credit.total().signum() > 0);
        assertEquals("Fel avtal", credit.note());
        assertThrows(IllegalArgumentException.class,
                () -> CreditNotes.fullCredit(credit, "2026-0044", LocalDate.of(2026, 4, 9), "Igen"));
    }

    private static InvoiceLine single(Invoice invoice) {
        assertEquals(1, invoice.lines().size(), invoice.lines().toString());
        return invoice.lines().get(0);
    }
}
