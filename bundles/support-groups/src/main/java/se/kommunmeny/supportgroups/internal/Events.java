package se.kommunmeny.supportgroups.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The offering's own events, posted when an EventAdmin is there; they carry ids only, no personal data. */
final class Events {
    private Events() {
    }

    static void post(EventAdmin events, String topic, String cohortId, String meetingId) {
        if (events == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("cohort.id", cohortId);
        if (meetingId != null) {
            props.put("meeting.id", meetingId);
        }
        events.postEvent(new Event(topic, props));
    }
}
