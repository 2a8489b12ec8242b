package se.kommunmeny.supportgroups.api;

import java.util.List;

/** Enkät: the end-of-group questionnaires of a cohort, counted and averaged per question. */
public record QuestionnaireSummary(String cohortId, int count, List<QuestionAverage> questions) {

    /**
     * @param answers how many answered the question
     * @param average the mean answer 1–5, or {@code null} when nobody answered
     */
    public record QuestionAverage(String id, String text, int answers, Double average) {
    }
}
