package se.kommunmeny.regionaloverview.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/se.kommunmeny.regionaloverview.platform-<id>.cfg}: one municipality platform the county reads. */
@ObjectClassDefinition(name = "Kommunmeny regional overview: platform",
        description = "A municipality platform whose menu the county overview reads; one configuration per platform")
public @interface PlatformConfig {
    @AttributeDefinition(description = "Base URL up to and including /kommunmeny, e.g. "
            + "http://127.0.0.1:8181/kommunmeny; the menu is read from <url>/api/menu")
    String url();

    @AttributeDefinition(description = "A user of that platform with a staff role (e.g. operator)")
    String user();

    @AttributeDefinition(type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "The name shown while the platform has never answered")
    String label() default "";
}
