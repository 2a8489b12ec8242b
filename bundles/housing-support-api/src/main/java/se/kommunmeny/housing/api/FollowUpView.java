package se.kommunmeny.housing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded follow-up and the next one due after it. */
public record FollowUpView(String id, String placementId, LocalDate heldOn, List<String> participants,
        List<GoalProgress> goalProgress, String note, LocalDate nextDue, String recordedBy, Instant recordedAt) {
}
