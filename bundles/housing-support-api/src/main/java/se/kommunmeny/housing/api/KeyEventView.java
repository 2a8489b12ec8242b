package se.kommunmeny.housing.api;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded key event. */
public record KeyEventView(String id, String placementId, String event, String keyLabel, LocalDate occurredOn,
        String note, String recordedBy, Instant recordedAt) {
}
