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

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY, PURCHASED or OTHER_ORGANISATION")
    String providerKind() default "OWN";

    String providerName() default "";

    @AttributeDefinition(description = "The menu row; the template's when empty")
    String type() default "";

    @AttributeDefinition(description = "Need (behov) as the municipality describes it; the template's when empty")
    String need() default "";

    @AttributeDefinition(description = "Offer (erbjudande); the template's when empty")
    String offer() default "";

    @AttributeDefinition(description = "Content (innehåll); the template's when empty")
    String content() default "";

    @AttributeDefinition(description = "Target group in words (målgrupp); the template's when empty")
    String targetGroupText() default "";

    @AttributeDefinition(description = "Methods; the template's when empty")
    String[] methods() default {};

    @AttributeDefinition(description = "Outreach ladder after a missed session, e.g. SMS:24, LETTER:48, HOME_VISIT:72, "
            + "CASE_OFFICER:120 (method and hours); the template's when empty")
    String[] outreach() default {};
}
