package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report to the commissioner, generated from what was recorded and reviewed by the practitioner.
 *
 * @param kind ARRIVAL, MONTHLY or CLOSING
 * @param month for a monthly report, yyyy-mm
 * @param status DRAFT, REVIEWED or SENT
 */
public record ReportView(String id, String enrolmentId, String kind, String month, String status, LocalDate periodFrom,
        LocalDate periodTo, String programmeId, String programmeName, String commissionerCode,
        String commissionerName, String legalBasis, String enrolmentStatus, String startSituation,
        List<AttendanceCount> attendance, List<GoalProgress> goals, List<SkillRating> skills, int drugTests,
        int positiveDrugTests, int relapses, int outreachTasks, List<String> assessments, String summary,
        String generatedBy, Instant generatedAt, String reviewedBy, Instant reviewedAt, Instant sentAt, String sentTo,
        long version) {

    /** Sessions of a kind in the period. */
    public record AttendanceCount(String kind, int planned, int attended, int noShow, int cancelled, int excused) {
    }

    /** A goal of the plan and the practitioner's account of progress on it. */
    public record GoalProgress(String goal, String progress) {
    }

    /**
     * A monthly skills rating for re-entry (inslussning), 1 (needs full support) to 5 (manages on their own).
     *
     * @param area HOUSING, OCCUPATION, ECONOMY, NETWORK, HEALTH or DAILY_LIVING
     */
    public record SkillRating(String area, int rating, String comment) {
    }
}
