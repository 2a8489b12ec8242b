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
        assertNull(RestGuardFilter.authenticate(null).caller());
        assertNull(RestGuardFilter.authenticate("").caller());
    }

    @Test
    void notBasic() {
        assertNull(RestGuardFilter.authenticate("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x").caller());
        assertNull(RestGuardFilter.authenticate("Digest username=\"a\"").caller());
        assertNull(RestGuardFilter.authenticate("Basic").caller());
        assertNull(RestGuardFilter.authenticate("BasicdXNlcjpwYXNz").caller());
    }

    @Test
    void badBase64() {
        assertNull(RestGuardFilter.authenticate("Basic !!!not-base64!!!").caller());
        assertNull(RestGuardFilter.authenticate("Basic dXNlcjpwYXNz*").caller());
    }

    @Test
    void missingColonOrEmptyUser() {
        assertNull(RestGuardFilter.authenticate(basic("userwithoutpassword")).caller());
        assertNull(RestGuardFilter.authenticate("basic " + Base64.getEncoder().encodeToString(
                "nocolon".getBytes(StandardCharsets.UTF_8))).caller());
        assertNull(RestGuardFilter.authenticate(basic(":password")).caller());
        assertNull(RestGuardFilter.authenticate("Basic ").caller());
    }

    @Test
    void overlongCredentialsAreRefusedBeforeTheRealm() {
        assertNull(RestGuardFilter.authenticate(basic("u".repeat(257) + ":p")).caller());
        assertNull(RestGuardFilter.authenticate(basic("user:" + "p".repeat(257))).caller());
    }
}
