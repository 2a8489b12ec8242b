package se.kommunmeny.core.internal.web;

import javax.xml.namespace.QName;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ProblemException;
import se.kommunmeny.core.api.security.CurrentCaller;

/**
 * Turns problems into SOAP faults with a code in the platform's namespace and the field problems as detail;
 * a database that cannot be reached becomes an {@code database-unavailable} fault with HTTP status 503; hides the
 * message of unexpected errors (logged here); a failure while the endpoint's offering is stopping becomes an
 * {@code unavailable} fault with HTTP status 503, as on REST. Also clears the request's caller.
 */
public class SoapProblemInterceptor extends AbstractPhaseInterceptor<Message> {
    public static final String NAMESPACE = "urn:se:kommunmeny:problem";
    private static final Logger LOG = LoggerFactory.getLogger(SoapProblemInterceptor.class);

    /** The bundle of the endpoint's implementor (null: the core's own), to tell a failure of an offering going away. */
    private final Bundle endpointBundle;

    public SoapProblemInterceptor() {
        this(null);
    }

    public SoapProblemInterceptor(Bundle endpointBundle) {
        super(Phase.PRE_LOGICAL);
        this.endpointBundle = endpointBundle;
    }

    @Override
    public void handleMessage(Message message) {
        CurrentCaller.clear();
        Exception content = message.getContent(Exception.class);
        if (!(content instanceof Fault fault)) {
            return;
        }
        if (fault.getFaultCode() != null && NAMESPACE.equals(fault.getFaultCode().getNamespaceURI())) {
            return;
        }
        ProblemException problem = find(fault);
        if (problem != null) {
            fault.setMessage(problem.getMessage());
            fault.setFaultCode(new QName(NAMESPACE, problem.code()));
            addDetail(fault, problem);
            return;
        }
        boolean clientFault = fault.getFaultCode() != null
                && fault.getFaultCode().getLocalPart().toLowerCase(java.util.Locale.ROOT).contains("client");
        if (clientFault) {
            fault.setFaultCode(new QName(NAMESPACE, "malformed"));
            return;
        }
        if (ProblemExceptionMapper.stopping(endpointBundle)) {
            // A request in flight while its offering is uninstalled or replaced (see ProblemExceptionMapper).
            LOG.info("SOAP operation failed while its offering was stopping: {}", fault.getCause() == null
                    ? fault.getClass().getName() : fault.getCause().getClass().getName());
            fault.setMessage("The offering is being removed or replaced; the request was not completed. "
                    + "Try again shortly.");
            fault.setFaultCode(new QName(NAMESPACE, "unavailable"));
            fault.setStatusCode(503);
            return;
        }
        if (DatabaseOutage.isCause(fault)) {
            LOG.warn("Database unreachable in a SOAP operation: {}", fault.getCause() == null ? fault.getClass().getName()
                    : fault.getCause().getClass().getName());
            fault.setMessage(DatabaseOutage.DETAIL);
            fault.setFaultCode(new QName(NAMESPACE, DatabaseOutage.CODE));
            fault.setStatusCode(503);
            return;
        }
        LOG.error("Unexpected failure in a SOAP operation", fault.getCause() == null ? fault : fault.getCause());
        fault.setMessage("The request could not be completed. Nothing was changed; the error has been logged.");
        fault.setFaultCode(new QName(NAMESPACE, "internal"));
    }

    private static ProblemException find(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof ProblemException p) {
                return p;
            }
            current = current.getCause();
        }
        return null;
    }

    private static void addDetail(Fault fault, ProblemException problem) {
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        Element root = doc.createElementNS(NAMESPACE, "problem");
        Element code = doc.createElementNS(NAMESPACE, "code");
        code.setTextContent(problem.code());
        root.appendChild(code);
        Element status = doc.createElementNS(NAMESPACE, "status");
        status.setTextContent(Integer.toString(problem.status()));
        root.appendChild(status);
        for (FieldProblem f : problem.fieldProblems()) {
            Element field = doc.createElementNS(NAMESPACE, "field");
            field.setAttribute("name", f.field());
            field.setTextContent(f.message());
            root.appendChild(field);
        }
        detail.appendChild(root);
    }
}
