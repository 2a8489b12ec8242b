package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.kommunmeny.purchasing.internal.invoicing.PriceTerms.ItemPrice;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Extent;
import se.kommunmeny.purchasing.internal.invoicing.Stay.Segment;

/**
 * Test data: Olivia's prices from the survey (17 500 kr/month full time, 10 500 half time, 700 kr/h psychotherapy,
 * drug tests extra, 14 days' notice) and fictitious municipalities with numbers that pass the format checks.
 */
final class Fixtures {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final LocalDate ISSUED = LocalDate.of(2026, 4, 5);

    static final Party SELLER_SE = new Party("Västerås stad, Olivia", "2120009994", "SE212000999401",
            "2120009994", "0007", "Exempelgatan 1", "Västerås", "72187", "SE", "5555-1234", "30", "Olivia",
            "olivia@example.se");
    static final Party BUYER_SE = new Party("Sala kommun", "2120008889", "SE212000888901", "2120008889", "0007",
            "Stora torget 1", "Sala", "73330", "SE", null, null, null, null);
    static final Party SELLER_DK = new Party("Bornholms Regionskommune", "29999996", "DK29999996", "29999996",
            "0184", "Eksempelvej 1", "Rønne", "3700", "DK", "DK6100001234567890", "58", null, null);
    static final Party BUYER_DK = new Party("Eksempel Kommune", "12999992", null, "5790000000012", "0088",
            "Rådhuspladsen 1", "Eksempelby", "4000", "DK", null, null, null, null);

    private Fixtures() {
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** Olivia's terms: no reserved places, fixed prices. */
    static PriceTerms olivia() {
        return olivia(0, "1");
    }

    /** Olivia's terms with reserved places (grace 30 days, then 50 %) and an index factor. */
    static PriceTerms olivia(int reservedPlaces, String indexFactor) {
        return new PriceTerms("SEK", money("17500.00"), money("10500.00"), null, money("700.00"), "Psykoterapi",
                Map.of("drogtest", new ItemPrice("Drogtest", money("350.00"))), reservedPlaces, 30, money("50"),
                14, new BigDecimal(indexFactor));
    }

    static Stay stay(String placementId, String orderRef, LocalDate from, LocalDate to, Extent extent) {
        return new Stay(placementId, orderRef, List.of(new Segment(from, to, extent)), null, null);
    }

    static Invoice compute(YearMonth month, PriceTerms terms, List<Stay> stays, List<HourEntry> hours,
            List<ItemEntry> items, Map<Integer, Integer> runsBefore) {
        return new InvoiceCalculator().compute("2026-0042", ISSUED, month, "AVT-2026-7", "Sala IFO 4711", terms,
                stays, hours, items, runsBefore, SELLER_SE, BUYER_SE);
    }

    /**
     * A March invoice with everything: a full month with hours and drug tests, a start on the 10th, a change to half
     * time on the 16th, notice on the 20th with the client leaving on the 22nd, and vacant reserved places.
     */
    static Invoice oliviaMarch() {
        Stay full = stay("p-1", "SALA-2026-001", LocalDate.of(2026, 1, 12), null, Extent.FULL_TIME);
        Stay started = stay("p-2", "SALA-2026-002", LocalDate.of(2026, 3, 10), null, Extent.FULL_TIME);
        Stay halved = new Stay("p-3", "SALA-2026-003", List.of(
                new Segment(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15), Extent.FULL_TIME),
                new Segment(LocalDate.of(2026, 3, 16), null, Extent.HALF_TIME)), null, null);
        Stay leaving = new Stay("p-4", "SALA-2026-004", List.of(
                new Segment(LocalDate.of(2025, 11, 3), null, Extent.FULL_TIME)), LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 22));
        List<HourEntry> hours = List.of(
                new HourEntry("p-1", "SALA-2026-001", LocalDate.of(2026, 3, 3), money("1.5")),
                new HourEntry("p-1", "SALA-2026-001", LocalDate.of(2026, 3, 10), money("2")),
                new HourEntry("p-1", "SALA-2026-001", LocalDate.of(2026, 3, 17), money("1.25")));
        List<ItemEntry> items = List.of(
                new ItemEntry("p-1", "SALA-2026-001", LocalDate.of(2026, 3, 4), "drogtest", 2),
                new ItemEntry("p-1", "SALA-2026-001", LocalDate.of(2026, 3, 18), "drogtest", 1));
        return compute(MARCH, olivia(6, "1"), List.of(full, started, halved, leaving), hours, items,
                Map.of(5, 25, 6, 40));
    }
}
