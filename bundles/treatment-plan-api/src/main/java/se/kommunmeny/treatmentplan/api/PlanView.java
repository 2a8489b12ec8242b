package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An implementation plan as stored. */
public record PlanView(String id, String personRef, String programmeId, String status, List<String> goals,
        LocalDate startDate, Instant createdAt, String createdBy, long version) {
}
