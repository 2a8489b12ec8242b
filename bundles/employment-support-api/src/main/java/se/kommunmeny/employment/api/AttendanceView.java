package se.kommunmeny.employment.api;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded day of attendance. */
public record AttendanceView(String placementId, LocalDate date, boolean present, double hours, String absenceReason,
        String recordedBy, Instant recordedAt, long version) {
}
