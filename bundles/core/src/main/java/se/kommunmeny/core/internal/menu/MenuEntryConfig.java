package se.kommunmeny.core.internal.menu;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny plain menu entry",
        description = "A service on the menu that no module runs (AA, NA, network work, user dialogue).")
public @interface MenuEntryConfig {
    @AttributeDefinition(description = "Stable identifier, e.g. aa")
    String id();

    String name();

    @AttributeDefinition(description = "MOTIVATING_ADVISORY, TREATING, MAINTAINING, WORK_SUPPORT, HOUSING_SUPPORT or OTHER")
    String type() default "OTHER";

    @AttributeDefinition(description = "ADULT_MEN, ADULT_WOMEN, YOUNG_ADULT_MEN, YOUNG_ADULT_WOMEN, RELATIVES_ADULTS, RELATIVES_CHILDREN")
    String[] targetGroups() default {"ADULT_MEN", "ADULT_WOMEN"};

    boolean anonymous() default false;

    boolean decisionRequired() default false;

    String need() default "";

    String offer() default "";

    String content() default "";

    String targetGroupText() default "";

    String scope() default "";

    String staff() default "";

    String since() default "";

    @AttributeDefinition(description = "OWN, PARTNER_MUNICIPALITY or PURCHASED")
    String providerKind() default "OWN";

    String providerName() default "";

    @AttributeDefinition(description = "Places, or -1 when not known")
    int capacity() default -1;

    String[] methods() default {};
}
