package se.kommunmeny.purchasing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import se.kommunmeny.purchasing.api.OrderView;

/** A stay's extent (FULL_TIME or HALF_TIME) from each day on, stored as JSON, oldest first. */
final class Extents {
    static final String FULL_TIME = "FULL_TIME";
    static final String HALF_TIME = "HALF_TIME";
    private static final TypeReference<List<OrderView.Extent>> LIST = new TypeReference<>() { };

    private Extents() {
    }

    static boolean isExtent(String s) {
        return FULL_TIME.equals(s) || HALF_TIME.equals(s);
    }

    static List<OrderView.Extent> read(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(Json.read(json, LIST));
    }

    static String of(String extent, LocalDate from) {
        return Json.write(List.of(new OrderView.Extent(extent, from)));
    }

    /** The extents with a change from {@code from} on: later changes are replaced by this one. */
    static String change(String json, String extent, LocalDate from) {
        List<OrderView.Extent> list = new ArrayList<>(read(json));
        list.removeIf(e -> !e.from().isBefore(from));
        list.add(new OrderView.Extent(extent, from));
        list.sort(Comparator.comparing(OrderView.Extent::from));
        return Json.write(list);
    }

    /** The extent on a day. */
    static String on(String json, LocalDate day) {
        String current = FULL_TIME;
        for (OrderView.Extent e : read(json)) {
            if (!e.from().isAfter(day)) {
                current = e.extent();
            }
        }
        return current;
    }
}
