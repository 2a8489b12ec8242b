package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import se.kommunmeny.core.api.problem.NotFoundException;

/** The SOAP faults the interceptor makes of failures, by cause and by the state of the endpoint's offering. */
class SoapProblemInterceptorTest {

    private static Bundle bundle(int state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> method.getName().equals("getState") ? state : null);
    }

    private static Fault handled(SoapProblemInterceptor interceptor, Throwable cause) {
        Fault fault = new Fault(cause);
        Message message = new MessageImpl();
        message.setContent(Exception.class, fault);
        interceptor.handleMessage(message);
        return fault;
    }

    @Test
    void failureWhileTheOfferingStopsIsUnavailableWith503() {
        Fault fault = handled(new SoapProblemInterceptor(bundle(Bundle.STOPPING)),
                new IllegalStateException("EntityManagerFactory is closed"));
        assertEquals("unavailable", fault.getFaultCode().getLocalPart());
        assertEquals(SoapProblemInterceptor.NAMESPACE, fault.getFaultCode().getNamespaceURI());
        assertEquals(503, fault.getStatusCode());
    }

    @Test
    void problemKeepsItsCodeEvenWhileStopping() {
        Fault fault = handled(new SoapProblemInterceptor(bundle(Bundle.STOPPING)),
                new NotFoundException("No such person"));
        assertEquals("not-found", fault.getFaultCode().getLocalPart());
    }

    @Test
    void databaseUnreachableIsDatabaseUnavailableWith503() {
        Fault fault = handled(new SoapProblemInterceptor(bundle(Bundle.ACTIVE)),
                new RuntimeException(new SQLException("refused", "08001")));
        assertEquals(DatabaseOutage.CODE, fault.getFaultCode().getLocalPart());
        assertEquals(503, fault.getStatusCode());
    }

    @Test
    void anythingElseWhileActiveIsInternalWith500() {
        for (SoapProblemInterceptor interceptor : new SoapProblemInterceptor[] {
                new SoapProblemInterceptor(bundle(Bundle.ACTIVE)), new SoapProblemInterceptor()}) {
            Fault fault = handled(interceptor, new IllegalStateException("bug"));
            assertEquals("internal", fault.getFaultCode().getLocalPart());
            assertEquals(500, fault.getStatusCode());
        }
    }
}
