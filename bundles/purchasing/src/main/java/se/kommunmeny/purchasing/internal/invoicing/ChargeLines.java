package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kommunmeny.purchasing.internal.invoicing.PriceTerms.ItemPrice;

/** The lines of a placement's hours (one line) and items (one line per item code) in a month. */
final class ChargeLines {
    private final PriceTerms terms;

    ChargeLines(PriceTerms terms) {
        this.terms = terms;
    }

    /** The hours line of one placement's entries, without an id. */
    InvoiceLine hours(List<HourEntry> entries) {
        BigDecimal hours = entries.stream().map(HourEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal price = terms.hourPrice();
        HourEntry first = entries.get(0);
        List<LocalDate> days = entries.stream().map(HourEntry::day).toList();
        return new InvoiceLine(0, terms.hourServiceName(), InvoiceLine.HOURS, hours, InvoiceLine.HOUR, price,
                BigDecimal.ONE, Money.round(hours.multiply(price)), first.placementId(), first.orderRef(),
                first(days), last(days));
    }

    /** The item lines of one placement's entries, one per code in the order first delivered, without ids. */
    List<InvoiceLine> items(List<ItemEntry> entries) {
        Map<String, List<ItemEntry>> byCode = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(ItemEntry::day))
                .forEach(e -> byCode.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(e));
        List<InvoiceLine> lines = new ArrayList<>();
        byCode.forEach((code, ofCode) -> {
            ItemPrice item = terms.item(code);
            BigDecimal quantity = BigDecimal.valueOf(ofCode.stream().mapToInt(ItemEntry::quantity).sum());
            List<LocalDate> days = ofCode.stream().map(ItemEntry::day).toList();
            lines.add(new InvoiceLine(0, item.name(), code, quantity, InvoiceLine.PIECE, item.unitPrice(),
                    BigDecimal.ONE, Money.round(quantity.multiply(item.unitPrice())), ofCode.get(0).placementId(),
                    ofCode.get(0).orderRef(), first(days), last(days)));
        });
        return lines;
    }

    private static LocalDate first(List<LocalDate> days) {
        return days.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static LocalDate last(List<LocalDate> days) {
        return days.stream().max(Comparator.naturalOrder()).orElseThrow();
    }
}
