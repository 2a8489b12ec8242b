package se.kommunmeny.supportgroups.api;

/** Närvaro: whether a participant was present at a meeting. */
public record AttendanceEntry(String participantId, Boolean present) {
}
