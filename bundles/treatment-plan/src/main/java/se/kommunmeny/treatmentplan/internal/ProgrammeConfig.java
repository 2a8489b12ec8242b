package se.kommunmeny.treatmentplan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny treatment programme",
        description = "A programme this municipality runs, from a template; one configuration per programme.")
public @interface ProgrammeConfig {
    @AttributeDefinition(description = "Programme id on this instance, e.g. kbt-12")
    String id();

    @AttributeDefinition(description = "Template id: kbt-12, tolvsteg-16-24, cannabis-4-steg, olivia-faser, vackarklockan")
    String template();

    @AttributeDefinition(description = "The municipality's name for it; the template's name when empty")
    String name() default "";

    @AttributeDefinition(description = "Places; -1 for no limit")
    int capacity() default -1;

    @AttributeDefinition(description = "Target groups; the template's when empty")
    String[] targetGroups() default {};

    boolean anonymous() default false;

    boolean decisionRequired() default true;

    String staff() default "";

    String since() default "";

    @AttributeDefinition(description = "Scope; the template's when empty")
    String scope() default "";

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY or PURCHASED")
    String providerKind() default "OWN";

    String providerName() default "";
}
