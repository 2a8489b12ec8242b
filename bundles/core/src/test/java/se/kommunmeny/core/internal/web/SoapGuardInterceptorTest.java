package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

class SoapGuardInterceptorTest {

    /** No operation takes attachments: a multipart request is refused before CXF's attachment reader starts. */
    @Test
    void multipartRequestsAreRefusedBeforeAnythingIsRead() {
        SoapGuardInterceptor guard = new SoapGuardInterceptor(null, 1024);
        Message message = new MessageImpl();
        message.put(Message.HTTP_REQUEST_METHOD, "POST");
        message.put(Message.CONTENT_TYPE, "Multipart/Related; type=\"text/xml\"; boundary=\"b\"");
        Fault fault = assertThrows(Fault.class, () -> guard.handleMessage(message));
        assertEquals(415, fault.getStatusCode());
        assertEquals("unsupported-media-type", fault.getFaultCode().getLocalPart());
        assertEquals(Set.of("org.apache.cxf.interceptor.AttachmentInInterceptor"), guard.getBefore());
    }

    @Test
    void requestsThatAreNotXmlAreRefused() {
        SoapGuardInterceptor guard = new SoapGuardInterceptor(null, 1024);
        Message message = new MessageImpl();
        message.put(Message.HTTP_REQUEST_METHOD, "POST");
        message.put(Message.CONTENT_TYPE, "application/json");
        assertEquals(415, assertThrows(Fault.class, () -> guard.handleMessage(message)).getStatusCode());
    }
}
