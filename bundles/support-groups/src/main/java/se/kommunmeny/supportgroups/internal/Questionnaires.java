package se.kommunmeny.supportgroups.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.supportgroups.api.QuestionnaireSummary.QuestionAverage;

/** The end-of-group questionnaire (enkät): answers 1–5 to the template's questions, averaged per question. */
final class Questionnaires {
    static final int MIN = 1;
    static final int MAX = 5;

    private Questionnaires() {
    }

    /** Checks one form's answers: known questions only, each 1–5, at least one. */
    static void check(ValidationException.Collector problems, Map<String, Integer> answers,
            List<GroupTemplate.Question> questions) {
        if (answers == null || answers.isEmpty()) {
            problems.add("answers", "needs at least one answer");
            return;
        }
        Set<String> known = questions.stream().map(q -> q.id).collect(Collectors.toSet());
        answers.forEach((id, value) -> {
            if (!known.contains(id)) {
                problems.add("answers." + id, "is not a question of the programme's questionnaire");
            } else if (value == null || value < MIN || value > MAX) {
                problems.add("answers." + id, "must be " + MIN + "-" + MAX);
            }
        });
    }

    /** The average per question over the forms, in the template's order. */
    static List<QuestionAverage> averages(List<GroupTemplate.Question> questions, List<Map<String, Integer>> forms) {
        List<QuestionAverage> averages = new ArrayList<>();
        for (GroupTemplate.Question q : questions) {
            int count = 0;
            int sum = 0;
            for (Map<String, Integer> form : forms) {
                Integer value = form.get(q.id);
                if (value != null) {
                    count++;
                    sum += value;
                }
            }
            averages.add(new QuestionAverage(q.id, q.text, count, count == 0 ? null : Participation.round(sum / (double) count)));
        }
        return averages;
    }
}
