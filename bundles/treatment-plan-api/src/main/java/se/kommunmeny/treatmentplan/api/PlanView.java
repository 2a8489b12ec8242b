package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An implementation plan as stored.
 *
 * @param goals the goals from the decision
 * @param revision the current revision of the content (0 before the first)
 * @param content the current content, or {@code null} before the first revision
 * @param approvedRevision the revision the client approved, or {@code null}
 * @param approvedOn the day the client approved it
 * @param nextFollowUpDue the next monthly follow-up with the commissioner
 * @param nextReviewDue the next review of the plan (every third month)
 * @param enrolmentId the enrolment the plan belongs to, or {@code null}
 * @param sentRevision the revision last sent to the commissioner, or {@code null}
 * @param sentTo the commissioning municipality's code it was sent to
 */
public record PlanView(String id, String personRef, String programmeId, String status, List<String> goals,
        LocalDate startDate, Instant createdAt, String createdBy, long version, int revision, PlanContent content,
        Integer approvedRevision, LocalDate approvedOn, LocalDate nextFollowUpDue, LocalDate nextReviewDue,
        String enrolmentId, Integer sentRevision, String sentTo) {
}
