package se.kommunmeny.treatmentplan.api;

import java.time.Instant;

/**
 * An outreach task after a missed session (Danish guideline 2.8.4: SMS, letter, phone, home visit).
 *
 * @param level 1 for the first step of the ladder
 * @param method SMS, PHONE, LETTER, HOME_VISIT or CASE_OFFICER (the commissioner's case officer is told)
 * @param status OPEN, REACHED, NOT_REACHED or ESCALATED (deadline passed with nothing recorded)
 */
public record OutreachTaskView(String id, String enrolmentId, String sessionId, int level, String method,
        Instant dueAt, String status, String outcome, String doneBy, Instant doneAt, String nextTaskId, long version) {
}
