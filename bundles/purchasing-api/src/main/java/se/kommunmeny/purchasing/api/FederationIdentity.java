package se.kommunmeny.purchasing.api;

/**
 * What a platform tells its partners about itself: who it is and the key its messages are signed with.
 *
 * @param publicKey base64 X.509 encoding of the Ed25519 signing key
 * @param fingerprint SHA-256 of the key, hex, for comparing over the telephone
 */
public record FederationIdentity(String municipalityCode, String municipalityName, String country, String publicKey,
        String fingerprint, String algorithm) {
}
