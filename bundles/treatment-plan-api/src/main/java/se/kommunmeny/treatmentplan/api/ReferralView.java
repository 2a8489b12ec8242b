package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A specialist referral of a complex case (VISO in Denmark), with the client's consent.
 *
 * @param service VISO or another specialist service
 * @param consentScope what the client consented to share
 */
public record ReferralView(String id, String enrolmentId, String service, String reason, LocalDate consentGivenOn,
        String consentScope, String recordedBy, Instant recordedAt) {
}
