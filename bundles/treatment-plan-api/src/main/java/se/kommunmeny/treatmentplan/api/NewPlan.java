package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * A new implementation plan (genomförandeplan).
 *
 * @param personRef the person register's id of the client, or an anonymous contact's code
 * @param programmeId a programme this municipality runs
 * @param goals the goals from the decision, in order; at least one
 * @param startDate planned start, ISO date (yyyy-mm-dd), or {@code null} for today
 * @param enrolmentId the client's enrolment the plan belongs to (same person and programme), or {@code null}
 */
public record NewPlan(String personRef, String programmeId, List<String> goals, String startDate, String enrolmentId) {
}
