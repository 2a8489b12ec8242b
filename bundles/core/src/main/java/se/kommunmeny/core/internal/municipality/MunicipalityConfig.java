package se.kommunmeny.core.internal.municipality;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kommunmeny municipality", description = "The municipality this instance serves.")
public @interface MunicipalityConfig {
    @AttributeDefinition(description = "Municipality code: four digits (Sweden, e.g. 1984) or three or four digits (Denmark, e.g. 400); "
            + "a county instance has the county's two digits (Sweden, e.g. 19).")
    String code() default "";

    @AttributeDefinition(description = "Name of the municipality, e.g. Arboga.")
    String name() default "";

    @AttributeDefinition(description = "County (län) or region, e.g. Västmanlands län.")
    String county() default "";

    @AttributeDefinition(description = "Country: SE or DK.")
    String country() default "";

    @AttributeDefinition(description = "The district (kommundel) this platform serves, when it serves a part of the "
            + "municipality, e.g. Skultuna in Västerås; empty for the whole municipality.")
    String district() default "";
}
