package se.kommunmeny.purchasing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.SchemaOutputResolver;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Result;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.Receipt;

/**
 * The hand-built {@code deliver} request against the endpoint's own declaration, read the way CXF reads it: JAXB
 * unmarshals the operation's wrapper element, whose {@code message} child is an unqualified element of the
 * parameter's type.
 */
class FederationEnvelopeTest {
    private static final String NS = FederationWebService.NAMESPACE;
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    /** The request wrapper as CXF generates it for {@code deliver}: document/literal wrapped, unqualified part. */
    @XmlRootElement(name = "deliver", namespace = NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "deliver", namespace = NS)
    static class Deliver {
        @XmlElement(name = "message")
        FederationMessageXml message;
    }

    /** The response wrapper as CXF generates it. */
    @XmlRootElement(name = "deliverResponse", namespace = NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "deliverResponse", namespace = NS)
    static class DeliverResponse {
        @XmlElement(name = "receipt")
        ReceiptXml receipt;
    }

    private static final String PAYLOAD = "{\"personRef\":\"p-1\",\"note\":\"<b>R\u00e5d & st\u00f6d</b> \\\"citat\\\""
            + " 'enkla' ]]> \u00e6\u00f8\u00e5 \u20ac \ud83d\ude00\",\"lines\":\"ett\\r\\ntv\u00e5\"}";

    private static FederationMessage message(String payload) {
        return new FederationMessage("8d0f0c8e-2b0a-4c8e-9d67-5f1e7a1b2c3d", "ORDER", "o-1", "AVT-2026-7", "1983",
                "1981", "2026-03-04T10:15:30Z", payload, "c2lnbmF0dXI=");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Node parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /** The operation element inside the body of a request, as the endpoint receives it. */
    private static Element operation(String request) throws Exception {
        Element envelope = parse(request).getDocumentElement();
        assertEquals(SOAP, envelope.getNamespaceURI());
        assertEquals("Envelope", envelope.getLocalName());
        Element body = children(envelope).get(0);
        assertEquals(SOAP, body.getNamespaceURI());
        assertEquals("Body", body.getLocalName());
        List<Element> content = children(body);
        assertEquals(1, content.size());
        return content.get(0);
    }

    private static FederationMessage unmarshal(String request) throws Exception {
        Deliver deliver = (Deliver) JAXBContext.newInstance(Deliver.class).createUnmarshaller()
                .unmarshal(operation(request));
        return deliver.message.toRecord();
    }

    @Test
    void theTestWrapperIsTheEndpointsDeclaration() throws Exception {
        Method deliver = FederationWebService.class.getMethod("deliver", FederationMessageXml.class);
        assertEquals(NS, FederationWebService.class.getAnnotation(WebService.class).targetNamespace());
        assertEquals("deliver", deliver.getAnnotation(WebMethod.class).operationName());
        assertEquals("message", deliver.getParameters()[0].getAnnotation(WebParam.class).name());
        assertEquals("", deliver.getParameters()[0].getAnnotation(WebParam.class).targetNamespace());
        assertEquals(FederationMessageXml.class, Deliver.class.getDeclaredField("message").getType());
        assertEquals("receipt", deliver.getAnnotation(WebResult.class).name());
        assertEquals(ReceiptXml.class, deliver.getReturnType());
        assertEquals("/soap/PurchasingFederation", FederationEnvelope.PATH);
    }

    @Test
    void theRequestUnmarshalsIntoTheOperationsParameterWithEveryFieldEqual() throws Exception {
        for (String payload : List.of(PAYLOAD, "{}", "", "  leading and trailing  ", "a\tb\nc\r\nd\re",
                "<?xml version=\"1.0\"?><!DOCTYPE x><x>&amp;</x>", "&lt; is not <", "--> <!-- -->")) {
            FederationMessage m = message(payload);
            String request = FederationEnvelope.deliverRequest(m);
            assertEquals(m, unmarshal(request), payload);
        }
    }

    @Test
    void theMessagesChildrenAreTheFieldsInOrderAndNothingElse() throws Exception {
        Element deliver = operation(FederationEnvelope.deliverRequest(message(PAYLOAD)));
        assertEquals(NS, deliver.getNamespaceURI());
        assertEquals("deliver", deliver.getLocalName());
        List<Element> parts = children(deliver);
        assertEquals(1, parts.size());
        assertNull(parts.get(0).getNamespaceURI());
        assertEquals("message", parts.get(0).getLocalName());
        List<String> names = children(parts.get(0)).stream().map(e -> {
            assertNull(e.getNamespaceURI(), e.getLocalName());
            assertTrue(children(e).isEmpty(), e.getLocalName());
            return e.getLocalName();
        }).toList();
        assertEquals(List.of("messageId", "type", "orderRef", "agreementNumber", "sender", "recipient", "sentAt",
                "payload", "signature"), names);
    }

    @Test
    void theRequestIsValidAgainstTheSchemaJaxbDerivesForTheOperation() throws Exception {
        List<DOMResult> schemas = new ArrayList<>();
        JAXBContext.newInstance(Deliver.class).generateSchema(new SchemaOutputResolver() {
            @Override
            public Result createOutput(String namespaceUri, String suggestedFileName) throws IOException {
                DOMResult result = new DOMResult();
                result.setSystemId(suggestedFileName);
                schemas.add(result);
                return result;
            }
        });
        var validator = SchemaFactory.newDefaultInstance()
                .newSchema(schemas.stream().map(r -> new DOMSource(r.getNode(), r.getSystemId()))
                        .toArray(DOMSource[]::new)).newValidator();
        validator.validate(new DOMSource(operation(FederationEnvelope.deliverRequest(message(PAYLOAD)))));
        validator.validate(new DOMSource(operation(FederationEnvelope.deliverRequest(
                new FederationMessage("m", null, null, null, null, null, null, null, "s")))));

        // The same message in the wrong order is refused, so the check has teeth.
        String swapped = FederationEnvelope.deliverRequest(message("{}"))
                .replace("<type>ORDER</type>", "").replace("</signature>", "</signature><type>ORDER</type>");
        assertThrows(org.xml.sax.SAXException.class, () -> validator.validate(new DOMSource(operation(swapped))));
    }

    @Test
    void absentFieldsAreLeftOutAndStayAbsent() throws Exception {
        FederationMessage sparse = new FederationMessage("m-2", "CANCEL", "o-1", null, "1983", "1981", null, null,
                null);
        String request = FederationEnvelope.deliverRequest(sparse);
        assertFalse(request.contains("<payload"), request);
        assertFalse(request.contains("<agreementNumber"), request);
        assertEquals(sparse, unmarshal(request));
        FederationMessage empty = new FederationMessage(null, null, null, null, null, null, null, null, null);
        assertEquals(empty, unmarshal(FederationEnvelope.deliverRequest(empty)));
    }

    @Test
    void theSignedTextSurvivesTheTrip() throws Exception {
        FederationMessage m = message(PAYLOAD);
        assertEquals(m.canonicalForm(), unmarshal(FederationEnvelope.deliverRequest(m)).canonicalForm());
        String request = FederationEnvelope.deliverRequest(m);
        assertTrue(request.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), request);
        assertTrue(request.contains("&lt;b&gt;R\u00e5d &amp; st\u00f6d&lt;/b&gt;"), request);
        assertTrue(request.contains("]]&gt;"), request);
    }

    @Test
    void charactersXmlCannotCarryAreRefused() {
        for (String bad : List.of("bell \u0007", "nul \u0000", "lone \ud83d surrogate", "\ufffe")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FederationEnvelope.deliverRequest(message(bad)));
            assertTrue(e.getMessage().startsWith("payload holds the character U+"), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- answers

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body>"
                + body + "</soap:Body></soap:Envelope>";
    }

    @Test
    void aResponseWrittenByJaxbAsCxfWritesItParses() throws Exception {
        Receipt receipt = new Receipt("8d0f0c8e", "PROCESSED", Instant.parse("2026-03-04T10:15:31.250Z"));
        DeliverResponse response = new DeliverResponse();
        response.receipt = ReceiptXml.of(receipt);
        StringWriter body = new StringWriter();
        var marshaller = JAXBContext.newInstance(DeliverResponse.class).createMarshaller();
        marshaller.setProperty(javax.xml.bind.Marshaller.JAXB_FRAGMENT, true);
        marshaller.marshal(response, body);
        assertEquals(receipt, FederationEnvelope.parseDeliverResponse(envelope(body.toString())));
    }

    @Test
    void aResponseAsCxfSendsItParses() {
        String answer = "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Header/><soap:Body>"
                + "<ns2:deliverResponse xmlns:ns2=\"" + NS + "\">\n  <receipt><messageId>m-1</messageId>"
                + "<status>PROCESSED</status><receivedAt>2026-03-04T10:15:31Z</receivedAt><extra><x/></extra></receipt>"
                + "</ns2:deliverResponse></soap:Body></soap:Envelope>";
        assertEquals(new Receipt("m-1", "PROCESSED", Instant.parse("2026-03-04T10:15:31Z")),
                FederationEnvelope.parseDeliverResponse(answer));
        assertEquals(new Receipt(null, "PROCESSED", null), FederationEnvelope.parseDeliverResponse(envelope(
                "<f:deliverResponse xmlns:f=\"" + NS + "\"><receipt><status>PROCESSED</status></receipt>"
                        + "</f:deliverResponse>")));
    }

    @Test
    void somethingElseIsNotAReceipt() {
        for (String answer : List.of("", "not xml", "<a/>", envelope(""),
                envelope("<f:identityResponse xmlns:f=\"" + NS + "\"/>"),
                envelope("<deliverResponse><receipt/></deliverResponse>"),
                envelope("<f:deliverResponse xmlns:f=\"" + NS + "\"/>"),
                envelope("<f:deliverResponse xmlns:f=\"" + NS + "\"><receipt><receivedAt>yesterday</receivedAt>"
                        + "</receipt></f:deliverResponse>"),
                "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></soap:Envelope>")) {
            assertThrows(IllegalArgumentException.class, () -> FederationEnvelope.parseDeliverResponse(answer), answer);
        }
    }

    private static final String CONFLICT = envelope("<soap:Fault>"
            + "<faultcode xmlns:ns1=\"urn:se:kommunmeny:problem\">ns1:conflict</faultcode>"
            + "<faultstring>The message m-1 was already processed.</faultstring>"
            + "<detail><problem xmlns=\"urn:se:kommunmeny:problem\"><code>duplicate-message</code><status>409</status>"
            + "</problem></detail></soap:Fault>");

    @Test
    void aFaultGivesTheCoresProblemCodeAndMessage() {
        assertEquals(new FederationEnvelope.Fault("duplicate-message", "The message m-1 was already processed."),
                FederationEnvelope.parseFault(CONFLICT));
        String validation = envelope("<soap:Fault><faultcode xmlns:p=\"urn:se:kommunmeny:problem\">p:validation"
                + "</faultcode><faultstring>message: is required</faultstring><detail><p:problem "
                + "xmlns:p=\"urn:se:kommunmeny:problem\"><p:code>validation</p:code><p:status>400</p:status>"
                + "<p:field name=\"message\">is required</p:field></p:problem></detail></soap:Fault>");
        assertEquals(new FederationEnvelope.Fault("validation", "message: is required"),
                FederationEnvelope.parseFault(validation));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FederationEnvelope.parseDeliverResponse(CONFLICT));
        assertTrue(e.getMessage().contains("duplicate-message"), e.getMessage());
    }

    @Test
    void aFaultWithoutDetailGivesTheFaultcode() {
        // The core's guard answers before any operation runs: a code in its namespace and no detail.
        assertEquals(new FederationEnvelope.Fault("unauthenticated",
                "Authentication required: send HTTP Basic credentials."), FederationEnvelope.parseFault(envelope(
                        "<soap:Fault><faultcode xmlns:ns1=\"urn:se:kommunmeny:problem\">ns1:unauthenticated</faultcode>"
                                + "<faultstring>Authentication required: send HTTP Basic credentials.</faultstring>"
                                + "</soap:Fault>")));
        assertEquals(new FederationEnvelope.Fault("Server", "Fault occurred while processing."),
                FederationEnvelope.parseFault(envelope("<soap:Fault><faultcode>soap:Server</faultcode>"
                        + "<faultstring>Fault occurred while processing.</faultstring><detail><stack>x</stack></detail>"
                        + "</soap:Fault>")));
        assertThrows(IllegalArgumentException.class, () -> FederationEnvelope.parseFault(envelope(
                "<f:deliverResponse xmlns:f=\"" + NS + "\"/>")));
    }

    @Test
    void documentTypeDeclarationsAndEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + CONFLICT.substring(CONFLICT.indexOf("?>") + 2).replace("The message m-1", "&xxe;");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + CONFLICT.substring(CONFLICT.indexOf("?>") + 2).replace("The message m-1", "&c;");
        String receipt = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">" + envelope(
                "<f:deliverResponse xmlns:f=\"" + NS + "\"><receipt><status>PROCESSED</status></receipt>"
                        + "</f:deliverResponse>").replaceFirst("^<\\?xml[^>]*>", "");
        for (String hostile : List.of(xxe, laughs, receipt)) {
            IllegalArgumentException fault = assertThrows(IllegalArgumentException.class,
                    () -> FederationEnvelope.parseFault(hostile));
            assertFalse(fault.getMessage().contains("root:"), fault.getMessage());
            assertThrows(IllegalArgumentException.class, () -> FederationEnvelope.parseDeliverResponse(hostile));
        }
        assertTrue(Stream.of(xxe, laughs, receipt).allMatch(s -> s.contains("<!DOCTYPE")));
    }
}
