package se.kommunmeny.regionaloverview.internal;

import java.util.Map;

import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured platform ({@code etc/se.kommunmeny.regionaloverview.platform-<id>.cfg}). It comes and goes with its
 * configuration; a changed configuration is a new component, so the overview never mixes two URLs' menus. An
 * invalid configuration still registers, carrying its problem, so that the overview can show it. When its
 * configuration is deleted (the platform is no longer read), its saved last good menu is deleted with it; when it
 * only stops (a restart of the bundle or of Karaf) the menu stays for the next start.
 */
@Component(service = PlatformConfiguration.class, configurationPid = PlatformSettings.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = PlatformConfig.class, factory = true)
public class PlatformConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformConfiguration.class);

    private final PlatformSettings settings;

    @Activate
    public PlatformConfiguration(PlatformConfig config, Map<String, Object> properties) {
        this(PlatformSettings.of(PlatformSettings.idOf(properties), config.url(), config.user(), config.password(),
                config.label()));
        if (!settings.valid()) {
            LOG.warn("Regional overview: platform configuration {} is not used: {}", settings.id(),
                    settings.problem());
        }
    }

    PlatformConfiguration(PlatformSettings settings) {
        this.settings = settings;
    }

    /**
     * Called after the overview has let the platform go (the service is unregistered first), so nothing saves it
     * again afterwards. The component is immediate so that this is called with the reason: a delayed component is
     * deactivated, reason unspecified, as soon as the overview releases its service, before SCR says why.
     */
    @Deactivate
    void deactivate(int reason) {
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            LastGoodStore.inKarafData().forget(settings.id());
        }
    }

    public PlatformSettings settings() {
        return settings;
    }
}
