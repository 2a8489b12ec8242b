package se.kommunmeny.employment.api;

import java.time.Instant;

/**
 * Something another offering reported about the person, shown on the placement.
 *
 * @param source e.g. {@code treatment-plan}
 * @param topic the topic's last segment: COMPLETED, DISCHARGED, RELAPSE or ENDED
 * @param detail the reason or kind the event carried
 */
public record CaseEventView(String id, String placementId, String source, String topic, String detail,
        String enrolmentId, Instant occurredAt) {
}
