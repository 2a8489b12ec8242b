package se.kommunmeny.housing.api;

import java.time.Instant;

/**
 * Something another offering reported about the person of a placement.
 *
 * @param source the offering, e.g. {@code treatment-plan}
 * @param topic the topic's last segment: COMPLETED, DISCHARGED, RELAPSE, ENDED
 * @param detail the reason (ENDED, COMPLETED, DISCHARGED) or kind (RELAPSE: LAPSE or RELAPSE)
 */
public record CaseEventView(String id, String placementId, String source, String topic, String detail,
        String enrolmentId, Instant occurredAt) {
}
