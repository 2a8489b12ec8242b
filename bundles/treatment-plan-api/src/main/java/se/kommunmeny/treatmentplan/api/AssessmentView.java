package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scored assessment.
 *
 * @param instrument AUDIT, DUDIT or ASI
 * @param answers item answers as given (AUDIT 10, DUDIT 11), or the ASI interviewer severity ratings per domain
 * @param score the sum (AUDIT 0-40, DUDIT 0-44); for ASI the highest domain rating
 * @param level NO_INDICATION, HAZARDOUS, HARMFUL, PROBABLE_DEPENDENCE (AUDIT/DUDIT) or the ASI severity band
 * @param cutOff the rule that decided the level, e.g. {@code AUDIT women 18-64: hazardous >= 6}
 * @param domains for ASI, the domains in the order of {@code answers}
 */
public record AssessmentView(String id, String enrolmentId, String instrument, LocalDate takenOn, String sex, int age,
        List<Integer> answers, int score, String level, String cutOff, List<String> domains, String recordedBy,
        Instant recordedAt) {
}
