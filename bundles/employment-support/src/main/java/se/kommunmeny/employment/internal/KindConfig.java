package se.kommunmeny.employment.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny employment-support kind",
        description = "A kind of employment support (sysselsättningsstöd) this municipality runs; one configuration "
                + "per kind, each a menu entry.")
public @interface KindConfig {
    @AttributeDefinition(description = "Kind id on this instance: lower-case letters, digits and -, e.g. arbetstraning")
    String id();

    @AttributeDefinition(description = "WORK_TRAINING, ADAPTED_OCCUPATION, INTERNSHIP or STEP_PROGRAMME")
    String kind() default "WORK_TRAINING";

    @AttributeDefinition(description = "The municipality's name for it; the kind's Swedish name when empty")
    String name() default "";

    @AttributeDefinition(description = "The menu row: WORK_SUPPORT unless the municipality lists it elsewhere, e.g. MAINTAINING "
            + "for a home for life")
    String type() default "WORK_SUPPORT";

    @AttributeDefinition(description = "Step model, e.g. I:1-6,II:2-12,III (months); when empty, that one for "
            + "STEP_PROGRAMME and none for the other kinds; 'none' for no step model")
    String stepModel() default "";

    @AttributeDefinition(description = "Most hours a week a placement may have")
    int maxHoursPerWeek() default 40;

    @AttributeDefinition(description = "Days between follow-up meetings")
    int followUpIntervalDays() default 30;

    @AttributeDefinition(description = "Target groups")
    String[] targetGroups() default {"ADULT_MEN", "ADULT_WOMEN"};

    boolean anonymous() default false;

    boolean decisionRequired() default true;

    @AttributeDefinition(description = "Behov; the kind's default when empty")
    String need() default "";

    @AttributeDefinition(description = "Erbjudande; the kind's default when empty")
    String offer() default "";

    @AttributeDefinition(description = "Innehåll; the kind's default when empty")
    String content() default "";

    @AttributeDefinition(description = "Målgrupp as text; the kind's default when empty")
    String targetGroupText() default "";

    @AttributeDefinition(description = "Omfattning; the step model's text when empty")
    String scope() default "";

    String staff() default "";

    String since() default "";

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY or PURCHASED")
    String providerKind() default "OWN";

    String providerName() default "";
}
