package se.kommunmeny.core.api.municipality;

import java.util.Optional;

/**
 * The municipality this instance serves, read from ConfigAdmin ({@code etc/se.kommunmeny.kommun.cfg}). When the
 * configuration is missing or invalid, {@link #current()} is empty and {@link #problem()} says what is wrong;
 * the platform then refuses work rather than run half-configured.
 */
public interface MunicipalityService {

    Optional<Municipality> current();

    /** Why the municipality is not available, or empty when it is. */
    Optional<String> problem();
}
