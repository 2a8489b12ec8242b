package se.kommunmeny.regionaloverview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    @Test
    void aValidPlatform() {
        PlatformSettings s = PlatformSettings.of("arboga", " https://arboga.example.se/kommunmeny/ ", "lan", "pw", "");
        assertTrue(s.valid());
        assertNull(s.problem());
        assertEquals("https://arboga.example.se/kommunmeny", s.url());
        assertEquals("arboga", s.displayName());
        assertFalse(s.toString().contains("pw"), "no password in toString");
    }

    @Test
    void invalidConfigurationsSayWhy() {
        assertEquals("url is empty", PlatformSettings.of("a", null, "lan", "", "").problem());
        assertEquals("url must be an http or https URL",
                PlatformSettings.of("a", "ftp://host/kommunmeny", "lan", "", "").problem());
        assertEquals("url is not a URL", PlatformSettings.of("a", "http://host/a b", "lan", "", "").problem());
        assertEquals("url has no host", PlatformSettings.of("a", "http:///kommunmeny", "lan", "", "").problem());
        assertEquals("user is empty", PlatformSettings.of("a", "http://host/kommunmeny", " ", "", "").problem());
        PlatformSettings withCredentials = PlatformSettings.of("a", "http://lan:hemligt@host/kommunmeny", "lan", "",
                "");
        assertEquals("url must not carry credentials (use user and password)", withCredentials.problem());
        assertFalse(withCredentials.url().contains("hemligt"), "the URL shown carries no credential");
    }

    @Test
    void theIdIsTheConfigurationsAlias() {
        assertEquals("arboga", PlatformSettings.idOf(Map.of("service.pid",
                "se.kommunmeny.regionaloverview.platform~arboga")));
        assertEquals("skultuna", PlatformSettings.idOf(Map.of("service.pid",
                "se.kommunmeny.regionaloverview.platform.8a3c1f", "felix.fileinstall.filename",
                "file:/opt/kommunmeny/etc/se.kommunmeny.regionaloverview.platform-skultuna.cfg")));
        assertEquals("se.kommunmeny.regionaloverview.platform.8a3c1f", PlatformSettings.idOf(Map.of("service.pid",
                "se.kommunmeny.regionaloverview.platform.8a3c1f")));
    }
}
