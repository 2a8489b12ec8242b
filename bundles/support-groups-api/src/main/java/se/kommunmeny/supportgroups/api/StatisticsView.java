package se.kommunmeny.supportgroups.api;

import java.util.List;

/** Counts per programme for the cohorts whose first meeting lies in a year; no names, aliases, codes or ids. */
public record StatisticsView(int year, List<ProgrammeFigures> programmes) {

    /**
     * @param completed participants present at ≥ 2/3 of their cohort's held meetings
     * @param averageAttendanceRate present per participant and held meeting, or {@code null}
     */
    public record ProgrammeFigures(String programmeId, String name, int cohorts, int meetingsHeld, int participants,
            int registered, int anonymous, int partner, List<PartnerCount> byPartner, int completed,
            Double averageAttendanceRate, int withdrawals, int waiting, int questionnaires,
            List<QuestionnaireSummary.QuestionAverage> questionnaireAverages) {
    }

    /** Participants by partner municipality. */
    public record PartnerCount(String code, String name, int participants) {
    }
}
