package se.kommunmeny.treatmentplan.api;

/** A referral to record; {@code consentGiven} must be true, with the day and the scope of the consent. */
public record NewReferral(String service, String reason, Boolean consentGiven, String consentGivenOn,
        String consentScope) {
}
