package se.kommunmeny.supportgroups.api;

/**
 * Vårdnadshavares samtycke: a guardian's consent to a child's participation.
 *
 * @param consentedOn yyyy-mm-dd, not in the future
 * @param scope what the consent covers
 */
public record GuardianConsent(String guardianName, String guardianContact, String consentedOn, String scope) {
}
