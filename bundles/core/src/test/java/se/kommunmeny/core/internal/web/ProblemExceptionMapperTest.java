package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** What the mapper answers for failures that are not the request's fault. */
class ProblemExceptionMapperTest {

    /** A bundle in a given state (only getState is asked). */
    private static Bundle bundle(int state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> method.getName().equals("getState") ? state : null);
    }

    @Test
    void failureWhileTheOfferingStopsIs503WithRetryAfter() {
        var response = new ProblemExceptionMapper(bundle(Bundle.STOPPING))
                .toResponse(new IllegalStateException("One or more participants threw while ending the coordination"));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void databaseUnreachableIs503() {
        var response = new ProblemExceptionMapper(bundle(Bundle.ACTIVE))
                .toResponse(new RuntimeException(new SQLException("refused", "08001")));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void anythingElseWhileActiveIs500() {
        assertEquals(500, new ProblemExceptionMapper(bundle(Bundle.ACTIVE))
                .toResponse(new IllegalStateException("bug")).getStatus());
        assertEquals(500, new ProblemExceptionMapper().toResponse(new IllegalStateException("bug")).getStatus());
    }
}
