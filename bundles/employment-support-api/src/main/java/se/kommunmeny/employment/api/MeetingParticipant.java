package se.kommunmeny.employment.api;

/**
 * A participant of a network meeting.
 *
 * @param organisation EMPLOYMENT_SERVICE (Arbetsförmedlingen), SOCIAL_INSURANCE (Försäkringskassan), EMPLOYER,
 *        HEALTH_CARE, SOCIAL_SERVICES or OTHER
 */
public record MeetingParticipant(String organisation, String name) {
}
