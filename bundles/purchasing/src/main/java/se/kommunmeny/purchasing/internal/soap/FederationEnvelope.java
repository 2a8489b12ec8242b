package se.kommunmeny.purchasing.internal.soap;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.Receipt;

/**
 * The SOAP 1.1 exchange of {@code deliver} as a partner platform performs it without a SOAP client: the request it
 * posts to {@code <platformUrl>}{@link #PATH}, and the reading of the answer, a receipt or a fault.
 *
 * <p>The request must be sent as UTF-8 ({@link #CONTENT_TYPE}, {@link #SOAP_ACTION}). An HTTP 200 answer is read
 * with {@link #parseDeliverResponse}, any other with {@link #parseFault}. Reading refuses a document type declaration
 * and so every entity, internal or external.
 */
public final class FederationEnvelope {
    /** The endpoint under a partner's platform URL, e.g. {@code https://kommunmeny.sala.se/kommunmeny}. */
    public static final String PATH = "/soap/" + FederationWebService.NAME;
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    /** The operation has no SOAP action; SOAP 1.1 still wants the header, quoted and empty. */
    public static final String SOAP_ACTION = "\"\"";
    static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The namespace of the fault codes and of the detail the core writes (its {@code SoapProblemInterceptor}). */
    static final String PROBLEM_NAMESPACE = "urn:se:kommunmeny:problem";

    private static final QName ENVELOPE = new QName(SOAP_NAMESPACE, "Envelope");
    private static final QName HEADER = new QName(SOAP_NAMESPACE, "Header");
    private static final QName BODY = new QName(SOAP_NAMESPACE, "Body");
    private static final QName FAULT = new QName(SOAP_NAMESPACE, "Fault");
    private static final QName DELIVER_RESPONSE = new QName(FederationWebService.NAMESPACE,
            FederationWebService.DELIVER + "Response");
    private static final QName PROBLEM = new QName(PROBLEM_NAMESPACE, "problem");
    private static final QName PROBLEM_CODE = new QName(PROBLEM_NAMESPACE, "code");

    private FederationEnvelope() {
    }

    /**
     * A SOAP fault as the platform answers it.
     *
     * @param code the problem code ({@code validation}, {@code conflict}, {@code unauthenticated}, …): the detail's
     *        code when the core wrote one, otherwise the local part of {@code faultcode}
     * @param message the {@code faultstring}
     */
    public record Fault(String code, String message) {
    }

    /**
     * The {@code deliver} request for a message: each field an unqualified element in the order of
     * {@link FederationMessageXml}, absent when {@code null}.
     *
     * @throws IllegalArgumentException when a field holds a character XML 1.0 cannot carry (a control character or
     *         an unpaired surrogate); such a message could not be signed and verified alike on both sides
     */
    public static String deliverRequest(FederationMessage m) {
        StringBuilder xml = new StringBuilder(512 + (m.payload() == null ? 0 : m.payload().length()));
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<soap:Envelope xmlns:soap=\"").append(SOAP_NAMESPACE).append("\"><soap:Body>")
                .append("<f:").append(FederationWebService.DELIVER).append(" xmlns:f=\"")
                .append(FederationWebService.NAMESPACE).append("\">")
                .append('<').append(FederationWebService.MESSAGE).append('>');
        field(xml, "messageId", m.messageId());
        field(xml, "type", m.type());
        field(xml, "orderRef", m.orderRef());
        field(xml, "agreementNumber", m.agreementNumber());
        field(xml, "sender", m.sender());
        field(xml, "recipient", m.recipient());
        field(xml, "sentAt", m.sentAt());
        field(xml, "payload", m.payload());
        field(xml, "signature", m.signature());
        xml.append("</").append(FederationWebService.MESSAGE).append('>')
                .append("</f:").append(FederationWebService.DELIVER).append('>')
                .append("</soap:Body></soap:Envelope>");
        return xml.toString();
    }

    private static void field(StringBuilder xml, String name, String value) {
        if (value == null) {
            return;
        }
        xml.append('<').append(name).append('>');
        escape(xml, name, value);
        xml.append("</").append(name).append('>');
    }

    /** Escapes element text so that a parser gives back exactly {@code text}. */
    static void escape(StringBuilder xml, String field, String text) {
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                // A parser turns a raw carriage return into a line feed; the signature covers the exact text.
                case '\r' -> xml.append("&#13;");
                default -> {
                    if (!isXmlChar(c)) {
                        throw new IllegalArgumentException(String.format(
                                "%s holds the character U+%04X, which XML cannot carry", field, c));
                    }
                    xml.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * The receipt in a {@code deliverResponse}.
     *
     * @throws IllegalArgumentException when the text is not a SOAP 1.1 {@code deliverResponse} with a receipt; for a
     *         fault the exception names its code and message
     */
    public static Receipt parseDeliverResponse(String xml) {
        try {
            XMLStreamReader r = open(xml);
            try {
                QName answer = enterBody(r);
                if (FAULT.equals(answer)) {
                    Fault fault = readFault(r);
                    throw new IllegalArgumentException("The answer is a SOAP fault: " + fault.code() + ": "
                            + fault.message());
                }
                if (!DELIVER_RESPONSE.equals(answer)) {
                    throw new IllegalArgumentException("The answer is not a " + DELIVER_RESPONSE + " but " + answer);
                }
                if (r.nextTag() != XMLStreamConstants.START_ELEMENT
                        || !FederationWebService.RECEIPT.equals(r.getLocalName())) {
                    throw new IllegalArgumentException("The deliverResponse holds no receipt");
                }
                String messageId = null;
                String status = null;
                String receivedAt = null;
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "messageId" -> messageId = r.getElementText();
                        case "status" -> status = r.getElementText();
                        case "receivedAt" -> receivedAt = r.getElementText();
                        default -> skip(r);
                    }
                }
                return new Receipt(messageId, status,
                        receivedAt == null || receivedAt.isBlank() ? null : Instant.parse(receivedAt.trim()));
            } finally {
                r.close();
            }
        } catch (XMLStreamException | DateTimeParseException e) {
            throw new IllegalArgumentException("The answer is not a readable deliverResponse: " + e.getMessage(), e);
        }
    }

    /**
     * The fault in a SOAP 1.1 answer.
     *
     * @throws IllegalArgumentException when the text is not a SOAP 1.1 envelope whose body is a fault
     */
    public static Fault parseFault(String xml) {
        try {
            XMLStreamReader r = open(xml);
            try {
                QName answer = enterBody(r);
                if (!FAULT.equals(answer)) {
                    throw new IllegalArgumentException("The answer is not a SOAP 1.1 fault but " + answer);
                }
                return readFault(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The answer is not a readable SOAP fault: " + e.getMessage(), e);
        }
    }

    /** Reads the fault's children; the reader is on the fault's start and ends on its end. */
    private static Fault readFault(XMLStreamReader r) throws XMLStreamException {
        String faultCode = null;
        String faultString = null;
        String detailCode = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "faultcode" -> faultCode = r.getElementText().trim();
                case "faultstring" -> faultString = r.getElementText();
                case "detail" -> detailCode = problemCode(r);
                default -> skip(r);
            }
        }
        String code = detailCode != null ? detailCode
                : faultCode == null ? null : faultCode.substring(faultCode.indexOf(':') + 1);
        return new Fault(code, faultString);
    }

    /** The code of the core's {@code problem} in a fault detail, or {@code null}; ends on the detail's end. */
    private static String problemCode(XMLStreamReader r) throws XMLStreamException {
        String code = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!PROBLEM.equals(r.getName())) {
                skip(r);
                continue;
            }
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (PROBLEM_CODE.equals(r.getName())) {
                    code = r.getElementText().trim();
                } else {
                    skip(r);
                }
            }
        }
        return code;
    }

    private static XMLStreamReader open(String xml) throws XMLStreamException {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("The answer is empty");
        }
        // The JDK's own parser, whatever else is deployed; no DTD, so no entity of any kind.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(new StringReader(xml));
    }

    /** Moves to the first element in the SOAP body and returns its name. */
    private static QName enterBody(XMLStreamReader r) throws XMLStreamException {
        int event = r.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new IllegalArgumentException("The answer holds a document type declaration, which is refused");
            }
            if (!r.hasNext()) {
                throw new IllegalArgumentException("The answer holds no element");
            }
            event = r.next();
        }
        if (!ENVELOPE.equals(r.getName())) {
            throw new IllegalArgumentException("The answer is not a SOAP 1.1 envelope but " + r.getName());
        }
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (BODY.equals(r.getName())) {
                if (r.nextTag() != XMLStreamConstants.START_ELEMENT) {
                    throw new IllegalArgumentException("The SOAP body is empty");
                }
                return r.getName();
            }
            if (!HEADER.equals(r.getName())) {
                throw new IllegalArgumentException("Unexpected " + r.getName() + " in the SOAP envelope");
            }
            skip(r);
        }
        throw new IllegalArgumentException("The SOAP envelope has no body");
    }

    /** Skips the element the reader is on, ending on its end. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
