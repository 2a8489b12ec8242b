package se.kommunmeny.supportgroups.api;

/**
 * A participant to enrol, one of three ways in.
 *
 * @param way REGISTERED, ANONYMOUS or PARTNER
 * @param personRef REGISTERED: the person register's id; must be absent otherwise
 * @param identityNumber never accepted: present only so that a request carrying one is refused plainly
 * @param relatedClientRef REGISTERED: the client whose relative the participant is (a register id)
 * @param shareWithClientPractitioners REGISTERED: the relative's consent to be known to the client's practitioners
 * @param guardianConsent required under 18
 * @param alias ANONYMOUS, PARTNER: a first name or made-up name, 1–40 letters
 * @param ageYears ANONYMOUS, PARTNER: required for children's and teenagers' programmes
 * @param partnerCode PARTNER: the share's municipality code
 * @param waitIfFull join the waiting list when there is no free place (default false: 409)
 */
public record ParticipantRequest(String way, String personRef, String identityNumber, String relatedClientRef,
        Boolean shareWithClientPractitioners, GuardianConsent guardianConsent, String contact, String alias,
        Integer ageYears, String partnerCode, Boolean waitIfFull) {
}
