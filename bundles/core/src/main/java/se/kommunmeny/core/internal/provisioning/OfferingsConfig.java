package se.kommunmeny.core.internal.provisioning;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny offerings",
        description = "The offerings this municipality runs; reconciled with the installed features at start and on change.")
public @interface OfferingsConfig {
    @AttributeDefinition(description = "Comma-separated offering names, e.g. treatment-plan, housing-support. "
            + "Each is installed as the feature kommunmeny-<name>.")
    String offerings() default "";
}
