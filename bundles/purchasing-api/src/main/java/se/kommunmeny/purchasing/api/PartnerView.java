package se.kommunmeny.purchasing.api;

import java.time.Instant;

/** A registered partner; its password is never shown. */
public record PartnerView(String id, String code, String name, String kind, String country, String organisationNumber,
        String endpointScheme, String endpointId, String street, String postalCode, String city, String platformUrl,
        String username, boolean hasPassword, String publicKeyFingerprint, String inboundUser, String transport,
        String bankAccount, Instant registeredAt, String registeredBy) {
}
