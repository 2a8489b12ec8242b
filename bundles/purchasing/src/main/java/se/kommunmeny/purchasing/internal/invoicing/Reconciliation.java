package se.kommunmeny.purchasing.internal.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.kommunmeny.purchasing.internal.invoicing.ReconciliationResult.Difference;
import se.kommunmeny.purchasing.internal.invoicing.ReconciliationResult.Kind;

/**
 * Reconciles a received invoice with the invoice the buyer expects, computed by {@link InvoiceCalculator} from its
 * own records. Lines are matched by the buyer's order reference and what they bill: the days of the stay (units DAY
 * and MON, both extents), the hours (HUR), or an item (its code, or its unit when the sender states no code); lines
 * that match alike are summed, so a sender may split or join them. Lines without an order reference are the vacant
 * reserved places and are compared as one group. Descriptions are the invoice's line texts; the vacancy group and
 * the total are named in the language of the expected invoice's seller.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /** The differences between a received invoice and the expected one. */
    public static ReconciliationResult compare(Invoice received, Invoice expected) {
        Wording wording = Wording.forCountry(expected.seller().countryCode());
        String vacancy = wording.text("line.vacantGroup");
        Map<Key, Group> invoiced = groups(received, vacancy);
        Map<Key, Group> wanted = groups(expected, vacancy);
        Set<Key> keys = new LinkedHashSet<>(wanted.keySet());
        keys.addAll(invoiced.keySet());
        List<Difference> differences = new ArrayList<>();
        for (Key key : keys) {
            Group want = wanted.get(key);
            Group got = invoiced.get(key);
            if (got == null) {
                differences.add(new Difference(Kind.MISSING_ON_INVOICE, key.orderRef, want.description, want.amount,
                        null));
            } else if (want == null) {
                differences.add(new Difference(Kind.NOT_EXPECTED, key.orderRef, got.description, null, got.amount));
            } else if (want.amount.compareTo(got.amount) != 0) {
                differences.add(new Difference(Kind.AMOUNT_DIFFERS, key.orderRef, got.description, want.amount,
                        got.amount));
            } else if (!want.quantities().equals(got.quantities())) {
                differences.add(new Difference(Kind.QUANTITY_DIFFERS, key.orderRef, got.description + " ("
                        + want.quantities() + " / " + got.quantities() + ")", want.amount, got.amount));
            }
        }
        if (received.total().compareTo(expected.total()) != 0) {
            differences.add(new Difference(Kind.TOTAL_DIFFERS, null, wording.text("label.sum"), expected.total(),
                    received.total()));
        }
        return new ReconciliationResult(differences.isEmpty(), differences);
    }

    private static Map<Key, Group> groups(Invoice invoice, String vacancy) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (InvoiceLine line : invoice.lines()) {
            Key key = line.vacancy() || line.orderRef() == null ? Key.VACANCY : new Key(line.orderRef(), what(line));
            groups.computeIfAbsent(key, k -> new Group(Key.VACANCY.equals(k) ? vacancy : line.description())).add(line);
        }
        return groups;
    }

    private static String what(InvoiceLine line) {
        return switch (line.unitCode()) {
            case InvoiceLine.DAY, InvoiceLine.MONTH -> "STAY";
            case InvoiceLine.HOUR -> "HOURS";
            default -> line.itemCode() != null ? line.itemCode() : line.unitCode();
        };
    }

    /** How lines are matched: the order reference and what is billed; {@link #VACANCY} for vacant places. */
    private record Key(String orderRef, String what) {
        static final Key VACANCY = new Key(null, "VACANCY");
    }

    /** The lines of one key, summed: amount, and quantity per unit code. */
    private static final class Group {
        final String description;
        BigDecimal amount = Money.ZERO;
        final Map<String, BigDecimal> quantities = new TreeMap<>();

        Group(String description) {
            this.description = Objects.requireNonNull(description);
        }

        void add(InvoiceLine line) {
            amount = amount.add(line.amount());
            quantities.merge(line.unitCode(), line.quantity(), BigDecimal::add);
        }

        /** The quantities in a comparable form, e.g. {DAY=22}. */
        Map<String, String> quantities() {
            return quantities.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stripTrailingZeros().toPlainString(), (a, b) -> a, TreeMap::new));
        }
    }
}
