package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What one of the municipality's own services costs a month (staff, premises), for comparing own and purchased care:
 * {@code etc/se.kommunmeny.purchasing.owncost-<id>.cfg} naming the service as the menu does.
 */
@Component(service = OwnServiceCost.class, configurationPid = OwnServiceCost.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OwnServiceCost.Config.class, factory = true)
public class OwnServiceCost {
    static final String FACTORY_PID = "se.kommunmeny.purchasing.owncost";

    /** The configuration. */
    @ObjectClassDefinition(name = "Kommunmeny own service cost")
    public @interface Config {
        @AttributeDefinition(description = "The service as the menu names it, e.g. treatment-plan/kbt-12")
        String serviceId();

        @AttributeDefinition(description = "What the service costs a month, at most two decimals")
        String monthlyCost();

        String currency() default "SEK";
    }

    private final String serviceId;
    private final BigDecimal monthlyCost;
    private final String currency;

    @Activate
    public OwnServiceCost(Config config) {
        if (config.serviceId() == null || config.serviceId().isBlank()) {
            throw new IllegalArgumentException(FACTORY_PID + ": serviceId is required");
        }
        BigDecimal cost;
        try {
            cost = new BigDecimal(config.monthlyCost().trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(FACTORY_PID + " " + config.serviceId() + ": monthlyCost is not a number",
                    e);
        }
        if (cost.signum() < 0 || cost.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(FACTORY_PID + " " + config.serviceId()
                    + ": monthlyCost must not be negative and has at most two decimals");
        }
        if (!"SEK".equals(config.currency()) && !"DKK".equals(config.currency())) {
            throw new IllegalArgumentException(FACTORY_PID + " " + config.serviceId() + ": currency is SEK or DKK");
        }
        this.serviceId = config.serviceId().trim();
        this.monthlyCost = cost.setScale(2);
        this.currency = config.currency();
    }

    String serviceId() {
        return serviceId;
    }

    BigDecimal monthlyCost() {
        return monthlyCost;
    }

    String currency() {
        return currency;
    }
}
