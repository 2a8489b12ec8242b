package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * The practitioner's part of a report: progress on every goal, skills ratings (required in monthly reports) and a
 * summary; {@code version} is the report's version as read.
 */
public record ReportReview(Long version, String summary, List<ReportView.GoalProgress> goals,
        List<ReportView.SkillRating> skills) {
}
