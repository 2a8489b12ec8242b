package se.kommunmeny.treatmentplan.api;

/** What an outreach did: whether the client was reached, and a note. */
public record OutreachOutcome(Boolean reached, String note) {
}
