package se.kommunmeny.housing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny housing kind",
        description = "A form of housing support (boendeform) this municipality offers; one configuration per kind.")
public @interface KindConfig {
    @AttributeDefinition(description = "Kind id on this instance, lower case, e.g. traningslagenhet")
    String id();

    @AttributeDefinition(description = "SOCIAL_CONTRACT, TRAINING_FLAT, EXIT_FLAT, SUPPORTED_HOUSING, SHELTER, "
            + "CATEGORY_HOUSING or HOME_SUPPORT")
    String kind();

    @AttributeDefinition(description = "The municipality's name for it; the kind's Swedish name when empty")
    String name() default "";

    @AttributeDefinition(description = "The menu row: HOUSING_SUPPORT unless the municipality lists it elsewhere, e.g. MAINTAINING "
            + "for a home for life")
    String type() default "HOUSING_SUPPORT";

    @AttributeDefinition(description = "Longest stay in months for the kind's units; -1 for none")
    int maxStayMonths() default -1;

    @AttributeDefinition(description = "Months after which the contract may pass to the tenant; -1 for never")
    int contractTransferAfterMonths() default -1;

    @AttributeDefinition(description = "Notice of an eviction in hours; -1 when the rules allow no eviction")
    int evictionNoticeHours() default -1;

    @AttributeDefinition(description = "Staffing, e.g. dygnet runt")
    String staffing() default "";

    @AttributeDefinition(description = "Clients taken at once by a kind without units (HOME_SUPPORT); -1 for no limit")
    int caseload() default -1;

    @AttributeDefinition(description = "Places the municipality states for a kind with units, shown on the menu until "
            + "its units are registered (free places unknown until then); -1 for none stated")
    int places() default -1;

    @AttributeDefinition(description = "Days between follow-ups of a work plan")
    int followUpIntervalDays() default Rules.DEFAULT_FOLLOW_UP_DAYS;

    String[] targetGroups() default {"ADULT_MEN", "ADULT_WOMEN"};

    boolean anonymous() default false;

    boolean decisionRequired() default true;

    @AttributeDefinition(description = "Behov; the kind's default when empty")
    String need() default "";

    @AttributeDefinition(description = "Erbjudande; the kind's default when empty")
    String offer() default "";

    @AttributeDefinition(description = "Innehåll; the kind's default when empty")
    String content() default "";

    @AttributeDefinition(description = "Målgrupp; the kind's default when empty")
    String targetGroupText() default "";

    @AttributeDefinition(description = "Omfattning; the kind's default when empty")
    String scope() default "";

    String staff() default "";

    String since() default "";

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY or PURCHASED")
    String providerKind() default "OWN";

    String providerName() default "";
}
