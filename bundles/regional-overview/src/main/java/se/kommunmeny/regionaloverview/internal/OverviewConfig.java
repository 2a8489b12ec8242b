package se.kommunmeny.regionaloverview.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/se.kommunmeny.regionaloverview.cfg}, optional: how the county overview reads the platforms. */
@ObjectClassDefinition(name = "Kommunmeny regional overview",
        description = "The county overview of the municipalities' menus (l\u00e4nsbild)")
public @interface OverviewConfig {
    @AttributeDefinition(description = "The page's title")
    String title() default OverviewSettings.DEFAULT_TITLE;

    @AttributeDefinition(description = "How long to wait for one platform's menu, in milliseconds")
    long timeoutMillis() default OverviewSettings.DEFAULT_TIMEOUT_MILLIS;

    @AttributeDefinition(description = "A menu read less than this many seconds ago is served from memory; "
            + "?refresh=true reads it now")
    long maxAgeSeconds() default OverviewSettings.DEFAULT_MAX_AGE_SECONDS;

    @AttributeDefinition(description = "How many ?refresh=true requests a minute read the platforms at once (all "
            + "callers together); beyond that a refresh is served like any request, from the menus read in the "
            + "last maxAgeSeconds, so that no caller can make the overview hammer the municipalities' platforms")
    int refreshesPerMinute() default OverviewSettings.DEFAULT_REFRESHES_PER_MINUTE;

    @AttributeDefinition(description = "Mutual TLS: the county's key and certificate (PKCS12) presented to platforms "
            + "that ask for one; relative to karaf.etc; none when empty")
    String tlsKeyStore() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The key store's password; write "
            + "$[secret:kommunmeny/tls/keystore.password] to read it from that file")
    String tlsKeyStorePassword() default "";

    @AttributeDefinition(description = "The certificate authorities (or platforms' certificates) trusted for the "
            + "platforms' HTTPS (PKCS12); relative to karaf.etc; the JDK's authorities when empty")
    String tlsTrustStore() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The trust store's password")
    String tlsTrustStorePassword() default "";
}
