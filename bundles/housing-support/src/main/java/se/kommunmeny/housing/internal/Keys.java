package se.kommunmeny.housing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which keys of a flat are out with the tenant, from its key events in the order recorded. */
final class Keys {
    static final String HANDED_OUT = "HANDED_OUT";
    static final String RETURNED = "RETURNED";
    static final List<String> EVENTS = List.of(HANDED_OUT, RETURNED, "STAFF_KEY_USED", "LOCKED_OUT", "LOCK_CHANGED");

    private Keys() {
    }

    /** A key event reduced to what counts here. */
    record Event(String event, String keyLabel) {
    }

    /** Labels handed out and not returned, in the order handed out. */
    static List<String> outstanding(List<Event> events) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.keyLabel() == null) {
                continue;
            }
            if (HANDED_OUT.equals(e.event())) {
                out.merge(e.keyLabel(), 1, Integer::sum);
            } else if (RETURNED.equals(e.event())) {
                out.computeIfPresent(e.keyLabel(), (k, n) -> n > 1 ? n - 1 : null);
            }
        }
        List<String> labels = new ArrayList<>();
        out.forEach((label, n) -> {
            for (int i = 0; i < n; i++) {
                labels.add(label);
            }
        });
        return labels;
    }
}
