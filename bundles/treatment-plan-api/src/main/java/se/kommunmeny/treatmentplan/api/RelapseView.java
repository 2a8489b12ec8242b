package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lapse (slip) or relapse, linked to the plan revision whose relapse plan was followed.
 *
 * @param kind LAPSE or RELAPSE
 * @param relapsePlan the relapse plan of that revision, as it read then
 */
public record RelapseView(String id, String enrolmentId, LocalDate occurredOn, String kind, String substance,
        String description, String actionsTaken, String planId, Integer planRevision, String relapsePlan,
        String recordedBy, Instant recordedAt) {
}
