package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import se.kommunmeny.purchasing.internal.invoicing.Stay.Segment;

/**
 * Computes one month's invoice of an agreement from the seller's records; the buyer computes what it expects with
 * the same calculator from its own records (see {@link Reconciliation}).
 *
 * <p>Rounding: every line amount is rounded to öre/øre (two decimals, half up) on its own; a part month at a month
 * price is {@code price × billed days / days in month}, computed exactly and rounded once per line. The total is the
 * exact sum of the lines and is what is payable: there is no rounding to whole kronor and no VAT (social care is
 * exempt, VAT category E).
 *
 * <p>Lines come per placement (in the order of the stays, then of the entries): its extent segments, its hours, its
 * items; then the vacant reserved places. Hour and item entries outside the month are ignored.
 */
public final class InvoiceCalculator {

    /**
     * @param vacancyRunBefore per reserved slot (1..reserved places), its vacant days in a row at the end of the
     *        previous month ({@link Invoice#vacancyRuns()} of that month's invoice); missing slots count 0
     * @return the invoice; without lines when there is nothing to bill (the caller then issues none)
     * @throws IllegalArgumentException when the terms do not price what is to be billed
     */
    public Invoice compute(String invoiceNumber, LocalDate issueDate, YearMonth month, String agreementNumber,
            String buyerReference, PriceTerms terms, List<Stay> stays, List<HourEntry> hours, List<ItemEntry> items,
            Map<Integer, Integer> vacancyRunBefore, Party seller, Party buyer) {
        Objects.requireNonNull(month, "month");
        Wording wording = Wording.forCountry(seller.countryCode());
        StayLines stayLines = new StayLines(terms, month, wording);
        ChargeLines chargeLines = new ChargeLines(terms);

        Map<String, List<InvoiceLine>> byPlacement = new LinkedHashMap<>();
        int[] occupied = new int[month.lengthOfMonth()];
        for (Stay stay : stays) {
            byPlacement.computeIfAbsent(stay.placementId(), p -> new ArrayList<>()).addAll(stayLines.lines(stay));
            for (Segment segment : stayLines.billedInMonth(stay)) {
                for (int day = segment.from().getDayOfMonth(); day <= segment.toInclusive().getDayOfMonth(); day++) {
                    occupied[day - 1]++;
                }
            }
        }
        inMonth(hours, HourEntry::day, HourEntry::placementId, month).forEach((placement, entries) ->
                byPlacement.computeIfAbsent(placement, p -> new ArrayList<>()).add(chargeLines.hours(entries)));
        inMonth(items, ItemEntry::day, ItemEntry::placementId, month).forEach((placement, entries) ->
                byPlacement.computeIfAbsent(placement, p -> new ArrayList<>()).addAll(chargeLines.items(entries)));

        List<InvoiceLine> drafts = new ArrayList<>();
        byPlacement.values().forEach(drafts::addAll);
        ReservedPlaces.Vacancy vacancy = new ReservedPlaces(terms, month, wording).count(occupied,
                vacancyRunBefore == null ? Map.of() : vacancyRunBefore);
        drafts.addAll(vacancy.lines());

        List<InvoiceLine> lines = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (InvoiceLine draft : drafts) {
            lines.add(draft.withId(lines.size() + 1));
            total = total.add(draft.amount());
        }
        return new Invoice(invoiceNumber, issueDate, issueDate.plusDays(Invoice.PAYMENT_DAYS), month,
                agreementNumber, buyerReference, terms.currency(), seller, buyer, lines, total, vacancy.runs(), null,
                null);
    }

    /** The entries of the month, by placement in the order first met. */
    private static <T> Map<String, List<T>> inMonth(List<T> entries, Function<T, LocalDate> day,
            Function<T, String> placement, YearMonth month) {
        Map<String, List<T>> byPlacement = new LinkedHashMap<>();
        for (T entry : entries) {
            if (YearMonth.from(day.apply(entry)).equals(month)) {
                byPlacement.computeIfAbsent(placement.apply(entry), p -> new ArrayList<>()).add(entry);
            }
        }
        return byPlacement;
    }
}
