package se.kommunmeny.core.api.identity;

/** The kinds of personal identity number the platform understands. */
public enum IdentityType {

    /** Swedish personnummer, assigned by Skatteverket to everyone folkbokförd in Sweden. */
    PERSONNUMMER("1.2.752.129.2.1.3.1", "http://electronichealth.se/identifier/personnummer"),

    /** Swedish samordningsnummer: like a personnummer but with 60 added to the day of month. */
    SAMORDNINGSNUMMER("1.2.752.129.2.1.3.3", "http://electronichealth.se/identifier/samordningsnummer"),

    /** Danish CPR number (personnummer in the Det Centrale Personregister). */
    CPR("1.2.208.176.1.2", "urn:oid:1.2.208.176.1.2");

    private final String oid;
    private final String fhirSystem;

    IdentityType(String oid, String fhirSystem) {
        this.oid = oid;
        this.fhirSystem = fhirSystem;
    }

    /** The OID that identifies this kind of number, e.g. in HL7 and SAML attributes. */
    public String oid() {
        return oid;
    }

    /** The FHIR {@code Identifier.system} URI for this kind of number. */
    public String fhirSystem() {
        return fhirSystem;
    }
}
