package se.kommunmeny.supportgroups.api;

import java.time.Instant;

/**
 * A participant of a cohort.
 *
 * @param code the generated code G-XXXX-XXXX of an anonymous or partner participant
 * @param ageYears the age on the first meeting (from the register for a registered participant)
 * @param status ACTIVE, WAITING or WITHDRAWN
 * @param waitingPosition 1-based place in the queue while waiting
 */
public record ParticipantView(String id, String cohortId, String way, String personRef, String relatedClientRef,
        boolean shareWithClientPractitioners, String alias, String code, Integer ageYears, String partnerCode,
        GuardianConsent guardianConsent, String contact, String status, Integer waitingPosition, String enrolledBy,
        Instant requestedAt, String withdrawalReason, long version) {
}
