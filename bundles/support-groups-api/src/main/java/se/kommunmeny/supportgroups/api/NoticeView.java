package se.kommunmeny.supportgroups.api;

import java.time.Instant;

/**
 * A notice of a moved or cancelled meeting waiting in the outbox; the platform sends nothing itself.
 *
 * @param participantAlias the participant's alias or code (never a name from the register)
 * @param contact the guardian's contact for a child, else the participant's own
 * @param status PENDING or SENT
 */
public record NoticeView(String id, String cohortId, String meetingId, String participantAlias, String contact,
        String message, Instant createdAt, String status, Instant sentAt) {
}
