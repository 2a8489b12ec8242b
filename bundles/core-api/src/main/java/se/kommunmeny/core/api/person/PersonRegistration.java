package se.kommunmeny.core.api.person;

/**
 * What a case officer enters to register a person.
 *
 * @param identityNumber personnummer, samordningsnummer or CPR number in any accepted form
 * @param givenName förnamn
 * @param familyName efternamn
 * @param address postal address, or {@code null}
 * @param protectedIdentity skyddad identitet: name and address hidden from every role but the case officer's
 */
public record PersonRegistration(String identityNumber, String givenName, String familyName, String address,
        boolean protectedIdentity) {
}
