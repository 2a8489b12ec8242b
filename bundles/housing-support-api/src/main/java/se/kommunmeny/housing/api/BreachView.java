package se.kommunmeny.housing.api;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded breach; {@code moveOutBy} is set for an eviction. */
public record BreachView(String id, String placementId, LocalDate occurredOn, String description, String condition,
        String consequence, String reason, String decisionMaker, LocalDate moveOutBy, String recordedBy,
        Instant recordedAt) {
}
