package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.kommunmeny.purchasing.internal.invoicing.Stay.Segment;

/** The lines of a month for the days of stays: one per placement and extent segment. */
final class StayLines {
    private final PriceTerms terms;
    private final YearMonth month;
    private final Wording wording;

    StayLines(PriceTerms terms, YearMonth month, Wording wording) {
        this.terms = terms;
        this.month = month;
        this.wording = wording;
    }

    /** The billed segments of a stay that fall in the month, clipped to it. */
    List<Segment> billedInMonth(Stay stay) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Segment> inMonth = new ArrayList<>();
        for (Segment segment : stay.billedSegments(terms.noticeDays())) {
            LocalDate from = segment.from().isBefore(first) ? first : segment.from();
            LocalDate to = segment.toInclusive() == null || segment.toInclusive().isAfter(last) ? last
                    : segment.toInclusive();
            if (!from.isAfter(to)) {
                inMonth.add(new Segment(from, to, segment.extent()));
            }
        }
        return inMonth;
    }

    /** The lines of a stay in the month, without ids. */
    List<InvoiceLine> lines(Stay stay) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (Segment segment : billedInMonth(stay)) {
            lines.add(line(stay, segment));
        }
        return lines;
    }

    private InvoiceLine line(Stay stay, Segment segment) {
        int days = (int) ChronoUnit.DAYS.between(segment.from(), segment.toInclusive()) + 1;
        int monthDays = month.lengthOfMonth();
        String description = wording.format("line.period", wording.text("extent." + segment.extent()),
                wording.date(segment.from()), wording.date(segment.toInclusive()));
        BigDecimal quantity;
        String unit;
        BigDecimal price;
        BigDecimal base;
        BigDecimal amount;
        if (!terms.monthPriced()) {
            quantity = BigDecimal.valueOf(days);
            unit = InvoiceLine.DAY;
            price = terms.dayPrice();
            base = BigDecimal.ONE;
            amount = price.multiply(quantity);
        } else if (days == monthDays) {
            quantity = BigDecimal.ONE;
            unit = InvoiceLine.MONTH;
            price = terms.monthPrice(segment.extent());
            base = BigDecimal.ONE;
            amount = price;
        } else {
            // Pro rata per day, exact: price × days / days in month, rounded once.
            quantity = BigDecimal.valueOf(days);
            unit = InvoiceLine.DAY;
            price = terms.monthPrice(segment.extent());
            base = BigDecimal.valueOf(monthDays);
            amount = price.multiply(quantity).divide(base, 2, RoundingMode.HALF_UP);
            description = wording.format("line.partMonth", description, days, monthDays);
        }
        LocalDate noticeEnd = stay.noticeEnd(terms.noticeDays());
        if (noticeEnd != null && !segment.toInclusive().isBefore(stay.noticeGivenOn())) {
            description = wording.format("line.notice", description, wording.date(stay.noticeGivenOn()),
                    wording.date(noticeEnd));
        }
        String itemCode = segment.extent() == Stay.Extent.FULL_TIME ? InvoiceLine.FULL_TIME : InvoiceLine.HALF_TIME;
        return new InvoiceLine(0, description, itemCode, quantity, unit, price, base, Money.round(amount),
                stay.placementId(), stay.orderRef(), segment.from(), segment.toInclusive());
    }
}
