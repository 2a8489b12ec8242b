package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Only the refusals that happen before the JAAS realm is asked; a successful login needs a running Karaf. */
class RestGuardFilterTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noHeader() {
        assertNull(RestGuardFilter.authenticate(null));
        assertNull(RestGuardFilter.authenticate(""));
    }

    @Test
    void notBasic() {
        assertNull(RestGuardFilter.authenticate("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"));
        assertNull(RestGuardFilter.authenticate("Digest username=\"a\""));
        assertNull(RestGuardFilter.authenticate("Basic"));
        assertNull(RestGuardFilter.authenticate("BasicdXNlcjpwYXNz"));
    }

    @Test
    void badBase64() {
        assertNull(RestGuardFilter.authenticate("Basic !!!not-base64!!!"));
        assertNull(RestGuardFilter.authenticate("Basic dXNlcjpwYXNz*"));
    }

    @Test
    void missingColonOrEmptyUser() {
        assertNull(RestGuardFilter.authenticate(basic("userwithoutpassword")));
        assertNull(RestGuardFilter.authenticate("basic " + Base64.getEncoder().encodeToString(
                "nocolon".getBytes(StandardCharsets.UTF_8))));
        assertNull(RestGuardFilter.authenticate(basic(":password")));
        assertNull(RestGuardFilter.authenticate("Basic "));
    }

    @Test
    void overlongCredentialsAreRefusedBeforeTheRealm() {
        assertNull(RestGuardFilter.authenticate(basic("u".repeat(257) + ":p")));
        assertNull(RestGuardFilter.authenticate(basic("user:" + "p".repeat(257))));
    }
}
