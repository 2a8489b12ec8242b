package se.kommunmeny.core.internal.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.municipality.MunicipalityService;

/**
 * Reads {@code etc/se.kommunmeny.kommun.cfg}. A missing or invalid configuration gives one clear log line and a
 * health status that says what is wrong; the platform then answers 503 to everything but health.
 */
@Component(service = MunicipalityService.class, configurationPid = MunicipalityServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MunicipalityConfig.class)
public class MunicipalityServiceImpl implements MunicipalityService {
    public static final String PID = "se.kommunmeny.kommun";
    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityServiceImpl.class);

    private volatile Optional<Municipality> current = Optional.empty();
    private volatile Optional<String> problem = Optional.of("not configured");

    @Activate
    @Modified
    void configure(MunicipalityConfig config) {
        Result result = validate(config);
        current = Optional.ofNullable(result.municipality());
        problem = result.problem() == null ? Optional.empty() : Optional.of(result.problem());
        if (result.problem() != null) {
            LOG.error("Municipality not configured: {} Edit etc/{}.cfg (code, name, county, country).",
                    result.problem(), PID);
        } else {
            LOG.info("Serving municipality {}", result.municipality());
        }
    }

    record Result(Municipality municipality, String problem) {
    }

    static Result validate(MunicipalityConfig config) {
        List<String> problems = new ArrayList<>();
        String code = config.code().trim();
        String name = config.name().trim();
        String county = config.county().trim();
        String countryText = config.country().trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty() && name.isEmpty() && countryText.isEmpty()) {
            return new Result(null, "the configuration " + PID + " is missing.");
        }
        Country country = null;
        try {
            country = countryText.isEmpty() ? null : Country.valueOf(countryText);
        } catch (IllegalArgumentException e) {
            country = null;
        }
        if (country == null) {
            problems.add("country must be SE or DK");
        }
        if (country == Country.SE && !code.matches("\\d{4}|\\d{2}")) {
            problems.add("a Swedish municipality code has four digits (a county's two)");
        } else if (country == Country.DK && !code.matches("\\d{3,4}")) {
            problems.add("a Danish municipality code has three digits");
        }
        if (name.isEmpty()) {
            problems.add("name is required");
        }
        if (county.isEmpty()) {
            problems.add("county is required");
        }
        if (!problems.isEmpty()) {
            return new Result(null, "the configuration " + PID + " is invalid: " + String.join("; ", problems) + ".");
        }
        String normalised = country == Country.DK ? String.format("%04d", Integer.parseInt(code)) : code;
        return new Result(new Municipality(normalised, name, county, country, config.district()), null);
    }

    @Override
    public Optional<Municipality> current() {
        return current;
    }

    @Override
    public Optional<String> problem() {
        return problem;
    }
}
