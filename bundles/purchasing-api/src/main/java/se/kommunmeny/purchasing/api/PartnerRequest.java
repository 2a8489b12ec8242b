package se.kommunmeny.purchasing.api;

/**
 * A partner to register (unit manager): another municipality's platform, or an external provider without one.
 *
 * @param code the partner's municipality code (e.g. 1981 for Sala) or, for a provider, its organisation number
 * @param kind MUNICIPALITY (a Kommunmeny platform reached over the federation) or PROVIDER (no platform)
 * @param country SE or DK
 * @param organisationNumber Swedish organisation number or Danish CVR
 * @param endpointScheme the Peppol EAS scheme of its electronic address: 0007 (Swedish org. no.), 0184 (CVR) or
 *        0088 (GLN/EAN)
 * @param endpointId its Peppol electronic address in that scheme
 * @param platformUrl a municipality's platform, e.g. {@code https://kommunmeny.sala.se/kommunmeny}
 * @param username the user this platform calls the partner's platform as (a {@code partner} user there)
 * @param password that user's password; stored encrypted, never shown again
 * @param publicKey the partner platform's message-signing key (base64 X.509, from its {@code federation/identity})
 * @param inboundUser the user of this platform the partner calls it as (holds the {@code partner} role here)
 * @param transport SOAP (default) or REST: how messages to the partner's platform travel
 * @param bankAccount IBAN or Swedish bankgiro (nnn-nnnn / nnnn-nnnn) for invoices the partner pays
 */
public record PartnerRequest(String code, String name, String kind, String country, String organisationNumber,
        String endpointScheme, String endpointId, String street, String postalCode, String city, String platformUrl,
        String username, String password, String publicKey, String inboundUser, String transport,
        String bankAccount) {
}
