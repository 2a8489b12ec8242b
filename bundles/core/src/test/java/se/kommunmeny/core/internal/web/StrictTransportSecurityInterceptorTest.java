package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.junit.jupiter.api.Test;

class StrictTransportSecurityInterceptorTest {

    private static Map<String, String> call(boolean secure) {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "isSecure".equals(method.getName()) ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if ("setHeader".equals(method.getName())) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        Message message = new MessageImpl();
        message.put(AbstractHTTPDestination.HTTP_REQUEST, request);
        message.put(AbstractHTTPDestination.HTTP_RESPONSE, response);
        new StrictTransportSecurityInterceptor().handleMessage(message);
        return headers;
    }

    private static ClassLoader getLoader() {
        return StrictTransportSecurityInterceptorTest.class.getClassLoader();
    }

    @Test
    void httpsAnswersCarryTheHeader() {
        assertEquals("max-age=31536000", call(true).get("Strict-Transport-Security"));
    }

    @Test
    void plainHttpAnswersDoNot() {
        assertNull(call(false).get("Strict-Transport-Security"));
    }

    @Test
    void aMessageWithoutAServletRequestIsLeftAlone() {
        new StrictTransportSecurityInterceptor().handleMessage(new MessageImpl());
    }
}
