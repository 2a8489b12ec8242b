package se.kommunmeny.supportgroups.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny support-group programme",
        description = "A group programme for relatives or children this municipality runs; one configuration per programme.")
public @interface ProgrammeConfig {
    @AttributeDefinition(description = "Programme id on this instance, lower case, e.g. dropp")
    String id();

    @AttributeDefinition(description = "The template (programmes/<id>.json or etc/kommunmeny/groups/<id>.json)")
    String template();

    @AttributeDefinition(description = "The municipality's name for it; the template's name when empty")
    String name() default "";

    @AttributeDefinition(description = "The menu row")
    String type() default "TREATING";

    @AttributeDefinition(description = "Menu columns; from the audience when empty (children and teenagers: "
            + "RELATIVES_CHILDREN, adults and couples: RELATIVES_ADULTS)")
    String[] targetGroups() default {};

    @AttributeDefinition(description = "true or false; the template's setting when empty")
    String anonymous() default "";

    boolean decisionRequired() default false;

    String staff() default "";

    String since() default "";

    @AttributeDefinition(description = "Omfattning; the template's when empty")
    String scope() default "";

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY or PURCHASED")
    String providerKind() default "OWN";

    String providerName() default "";

    @AttributeDefinition(description = "The municipalities it is run jointly with, e.g. K\u00f6ping, Kungs\u00f6r")
    String jointWith() default "";

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
}
