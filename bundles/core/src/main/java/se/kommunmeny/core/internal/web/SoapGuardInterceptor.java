package se.kommunmeny.core.internal.web;

import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.interceptor.AttachmentInInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.CurrentCaller;

/**
 * Runs first on every SOAP request, before the body is read: CXF would otherwise parse XML and attachments of
 * unauthenticated callers. Rejects oversized requests, authenticates (HTTP Basic against the JAAS realm) and
 * refuses work while the municipality is not configured. WSDL and XSD reads stay public.
 */
public class SoapGuardInterceptor extends AbstractPhaseInterceptor<Message> {
    private final MunicipalityService municipality;
    private final long maxBytes;

    public SoapGuardInterceptor(MunicipalityService municipality, long maxBytes) {
        super(Phase.RECEIVE);
        // Before CXF's attachment reader, which would otherwise start on a multipart body.
        addBefore(AttachmentInInterceptor.class.getName());
        this.municipality = municipality;
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        CurrentCaller.clear();
        if ("GET".equals(message.get(Message.HTTP_REQUEST_METHOD)) && isDescriptionQuery(message)) {
            return;
        }
        long length = contentLength(message);
        if (length > maxBytes) {
            throw fault("too-large", "The request exceeds " + maxBytes + " bytes.", 413);
        }
        // No operation takes attachments (MTOM is off). CXF reads attachments lazily: one of a multipart request would
        // be read only when the answer is written, after the operation ran, and its size limit would then turn a
        // completed change into an internal error. So a multipart request is refused before anything is read.
        String contentType = String.valueOf(message.get(Message.CONTENT_TYPE)).toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            throw fault("unsupported-media-type", "SOAP requests with attachments are not accepted; send text/xml.",
                    415);
        }
        if (!contentType.contains("xml")) {
            throw fault("unsupported-media-type", "A SOAP request is XML: send text/xml (SOAP 1.1) or "
                    + "application/soap+xml (SOAP 1.2).", 415);
        }
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        Authenticator.Outcome login = policy == null ? new Authenticator.Outcome(null, 0)
                : Authenticator.attempt(policy.getUserName(), policy.getPassword());
        if (login.throttled()) {
            throw fault("too-many-failed-logins", "This user name failed to log in too often in a row; try again in "
                    + login.retryAfterSeconds() + " seconds.", 429);
        }
        Caller caller = login.caller();
        if (caller == null) {
            throw fault("unauthenticated", "Authentication required: send HTTP Basic credentials.", 401);
        }
        if (municipality.current().isEmpty()) {
            throw fault("not-configured", "This instance has no valid municipality configuration.", 503);
        }
        CurrentCaller.set(caller);
    }

    private static boolean isDescriptionQuery(Message message) {
        Object query = message.get(Message.QUERY_STRING);
        if (query == null) {
            return false;
        }
        String q = query.toString().toLowerCase(java.util.Locale.ROOT);
        return q.equals("wsdl") || q.startsWith("wsdl=") || q.startsWith("xsd=");
    }

    @SuppressWarnings("unchecked")
    private static long contentLength(Message message) {
        Object headers = message.get(Message.PROTOCOL_HEADERS);
        if (headers instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if ("content-length".equalsIgnoreCase(String.valueOf(e.getKey())) && e.getValue() instanceof List<?> l
                        && !l.isEmpty()) {
                    try {
                        return Long.parseLong(String.valueOf(((List<Object>) l).get(0)).trim());
                    } catch (NumberFormatException ex) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    static Fault fault(String code, String message, int status) {
        Fault fault = new Fault(new IllegalStateException(message));
        fault.setMessage(message);
        fault.setFaultCode(new QName(SoapProblemInterceptor.NAMESPACE, code));
        fault.setStatusCode(status);
        return fault;
    }
}
