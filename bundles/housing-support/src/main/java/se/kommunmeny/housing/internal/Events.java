package se.kommunmeny.housing.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.kommunmeny.housing.api.PlacementView;

/** The offering's own events, posted when an EventAdmin is there. */
final class Events {
    private Events() {
    }

    static void post(EventAdmin events, String topic, PlacementView view, String reason) {
        if (events == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("placement.id", view.id());
        props.put("kind.id", view.kindId());
        props.put("person.ref", view.personRef());
        if (reason != null) {
            props.put("reason", reason);
        }
        events.postEvent(new Event(topic, props));
    }
}
