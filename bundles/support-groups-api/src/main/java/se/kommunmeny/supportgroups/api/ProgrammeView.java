package se.kommunmeny.supportgroups.api;

import java.util.List;

/**
 * A configured group programme (a menu entry) with its template's rules.
 *
 * @param audience ADULT_RELATIVES, CHILDREN, TEENAGERS or COUPLES
 * @param minAge youngest age in years on a cohort's first meeting
 * @param maxAge oldest age in years on a cohort's first meeting
 * @param parallelParentMeetings parents' meetings run alongside a cohort, 0 if none
 * @param providerKind OWN, PARTNER_MUNICIPALITY or PURCHASED
 * @param jointWith the municipalities it is run jointly with, as text
 */
public record ProgrammeView(String id, String templateId, String name, String audience, int minAge, int maxAge,
        int meetings, int minutesPerMeeting, List<String> themes, int maxParticipants, boolean anonymous,
        int parallelParentMeetings, String method, List<Question> questions, List<String> targetGroups,
        boolean decisionRequired, String providerKind, String providerName, String jointWith) {

    /** A question of the end-of-group questionnaire, answered 1–5. */
    public record Question(String id, String text) {
    }
}
