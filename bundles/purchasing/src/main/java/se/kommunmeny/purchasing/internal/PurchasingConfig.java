package se.kommunmeny.purchasing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/se.kommunmeny.purchasing.cfg}: this municipality as a seller, and how messages to partners travel. */
@ObjectClassDefinition(name = "Kommunmeny purchasing", description = "Seller details for invoices and the federation's "
        + "delivery settings")
public @interface PurchasingConfig {
    String PID = "se.kommunmeny.purchasing";

    @AttributeDefinition(description = "Directory of the platform's signing and sealing keys; relative to karaf.etc")
    String keysDirectory() default "kommunmeny/purchasing";

    @AttributeDefinition(description = "This municipality's organisation number (Swedish) or CVR (Danish)")
    String organisationNumber() default "";

    @AttributeDefinition(description = "Peppol EAS scheme of this municipality's electronic address: 0007, 0184 or 0088")
    String endpointScheme() default "0007";

    @AttributeDefinition(description = "This municipality's Peppol electronic address; its organisation number when empty")
    String endpointId() default "";

    String street() default "";

    String postalCode() default "";

    String city() default "";

    @AttributeDefinition(description = "Account invoices are paid to: IBAN or bankgiro")
    String bankAccount() default "";

    @AttributeDefinition(description = "How often the outbox looks for messages to send, in milliseconds")
    long pollMillis() default 1000;

    @AttributeDefinition(description = "The first retry's delay in milliseconds; doubled on every failure")
    long retryBaseMillis() default 2000;

    @AttributeDefinition(description = "The longest delay between retries, in milliseconds")
    long retryMaxMillis() default 300000;

    @AttributeDefinition(description = "Time allowed for one call to a partner platform, in milliseconds")
    long callTimeoutMillis() default 15000;

    @AttributeDefinition(description = "Mutual TLS: this platform's key and certificate (PKCS12) presented to partner "
            + "platforms that ask for one; relative to karaf.etc; none when empty")
    String tlsKeyStore() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The key store's password; write "
            + "$[secret:kommunmeny/tls/keystore.password] to read it from that file")
    String tlsKeyStorePassword() default "";

    @AttributeDefinition(description = "The certificate authorities (or partners' certificates) trusted for partner "
            + "platforms' HTTPS (PKCS12); relative to karaf.etc; the JDK's authorities when empty")
    String tlsTrustStore() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The trust store's password")
    String tlsTrustStorePassword() default "";

    @AttributeDefinition(description = "How often purchased services' free places are read from suppliers, in seconds")
    long availabilitySeconds() default 60;

    @AttributeDefinition(description = "Hour of the day (0-23) the month's invoices are issued, on the first five "
            + "days of a month; -1 turns the automatic run off")
    int invoiceHour() default 3;
}
