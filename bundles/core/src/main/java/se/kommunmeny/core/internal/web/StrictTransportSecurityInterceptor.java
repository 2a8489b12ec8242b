package se.kommunmeny.core.internal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Tells browsers to reach the platform over HTTPS only (HSTS, RFC 6797) on every answer given over HTTPS, REST and
 * SOAP, refusals included: set on the servlet response as the request arrives, before any filter can abort it. Not
 * over plain HTTP, where the header means nothing (demo mode). No {@code includeSubDomains}: the municipality's
 * other sites under its domain are not the platform's to decide.
 */
public class StrictTransportSecurityInterceptor extends AbstractPhaseInterceptor<Message> {
    static final String HEADER = "Strict-Transport-Security";
    /** One year, as recommended for a site that serves HTTPS only. */
    static final String VALUE = "max-age=31536000";

    public StrictTransportSecurityInterceptor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        Object response = message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        if (request instanceof HttpServletRequest http && http.isSecure()
                && response instanceof HttpServletResponse answer) {
            answer.setHeader(HEADER, VALUE);
        }
    }
}
