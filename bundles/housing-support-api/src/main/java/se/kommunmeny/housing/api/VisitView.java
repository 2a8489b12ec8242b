package se.kommunmeny.housing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded home visit. */
public record VisitView(String id, String placementId, LocalDate visitedOn, List<String> visitors,
        List<String> activities, String support, String control, String note, String recordedBy,
        Instant recordedAt) {
}
