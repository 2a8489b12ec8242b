package se.kommunmeny.purchasing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.problem.UnavailableException;

/** This platform in the federation: its municipality, its keys and its settings. */
@Component(service = PlatformIdentity.class, configurationPid = PurchasingConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PurchasingConfig.class)
public class PlatformIdentity {
    private final MunicipalityService municipalities;
    private final PlatformKeys keys;
    private final PurchasingConfig config;

    @Activate
    public PlatformIdentity(@Reference MunicipalityService municipalities, PurchasingConfig config)
            throws IOException, GeneralSecurityException {
        this.municipalities = municipalities;
        this.config = config;
        String etc = System.getProperty("karaf.etc", "etc");
        this.keys = PlatformKeys.openOrCreate(Path.of(etc).resolve(config.keysDirectory()));
    }

    PlatformKeys keys() {
        return keys;
    }

    PurchasingConfig config() {
        return config;
    }

    /** The municipality this platform serves; refuses work while it is not configured. */
    Municipality municipality() {
        return municipalities.current().orElseThrow(() -> new UnavailableException(
                "The platform's municipality is not configured: " + municipalities.problem().orElse("")));
    }
}
