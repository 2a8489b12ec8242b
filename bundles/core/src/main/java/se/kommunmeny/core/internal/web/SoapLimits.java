package se.kommunmeny.core.internal.web;

import java.util.Map;

import javax.xml.stream.XMLInputFactory;

import org.apache.cxf.staxutils.StaxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XML and attachment limits for every SOAP endpoint, tighter than CXF's defaults. CXF reads attachments and XML
 * before any authentication interceptor could run on the body, so these bound what an unauthenticated caller can
 * make the server do; the guard interceptor also rejects oversized and multipart requests before reading them.
 * <p>
 * CXF applies the {@code org.apache.cxf.stax.*} properties to each reader after Woodstox created it, and Woodstox
 * fixes the attribute limits at creation: 200 attributes on one element passed although the limit said 64. So the
 * endpoints also get a reader factory of their own with the limits set where Woodstox reads them, made by CXF
 * (DTDs and external entities off) and used by CXF for every request it is given to.
 */
final class SoapLimits {
    private static final Logger LOG = LoggerFactory.getLogger(SoapLimits.class);
    static final int MAX_CHILD_ELEMENTS = 1000;
    static final int MAX_ELEMENT_DEPTH = 32;
    static final int MAX_ATTRIBUTE_COUNT = 64;
    static final int MAX_ATTRIBUTE_SIZE = 16 * 1024;
    static final int MAX_TEXT_LENGTH = 256 * 1024;
    static final long MAX_ELEMENT_COUNT = 20_000L;
    private static final XMLInputFactory INPUT_FACTORY = inputFactory();

    private SoapLimits() {
    }

    static Map<String, Object> properties() {
        return Map.ofEntries(
                Map.entry(XMLInputFactory.class.getName(), INPUT_FACTORY),
                Map.entry("org.apache.cxf.stax.maxChildElements", MAX_CHILD_ELEMENTS),
                Map.entry("org.apache.cxf.stax.maxElementDepth", MAX_ELEMENT_DEPTH),
                Map.entry("org.apache.cxf.stax.maxAttributeCount", MAX_ATTRIBUTE_COUNT),
                Map.entry("org.apache.cxf.stax.maxAttributeSize", MAX_ATTRIBUTE_SIZE),
                Map.entry("org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH),
                Map.entry("org.apache.cxf.stax.maxElementCount", MAX_ELEMENT_COUNT),
                Map.entry("org.apache.cxf.stax.maxXMLCharacters", EndpointPublisher.MAX_BODY_BYTES),
                Map.entry("attachment-max-count", 2),
                Map.entry("attachment-max-header-size", 4 * 1024),
                Map.entry("attachment-max-size", 512 * 1024L),
                Map.entry("attachment-memory-threshold", 64 * 1024L),
                Map.entry("mtom-enabled", Boolean.FALSE),
                Map.entry("faultStackTraceEnabled", Boolean.FALSE),
                Map.entry("exceptionMessageCauseEnabled", Boolean.FALSE));
    }

    /** CXF's secure, namespace-aware factory with the limits set on the factory itself (Woodstox's names). */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = StaxUtils.createXMLInputFactory(true);
        set(factory, "com.ctc.wstx.maxAttributesPerElement", MAX_ATTRIBUTE_COUNT);
        set(factory, "com.ctc.wstx.maxAttributeSize", MAX_ATTRIBUTE_SIZE);
        set(factory, "com.ctc.wstx.maxChildrenPerElement", MAX_CHILD_ELEMENTS);
        set(factory, "com.ctc.wstx.maxElementDepth", MAX_ELEMENT_DEPTH);
        set(factory, "com.ctc.wstx.maxElementCount", MAX_ELEMENT_COUNT);
        set(factory, "com.ctc.wstx.maxTextLength", MAX_TEXT_LENGTH);
        set(factory, "com.ctc.wstx.maxCharacters", EndpointPublisher.MAX_BODY_BYTES);
        return factory;
    }

    private static void set(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            LOG.warn("The XML reader {} does not take the limit {}", factory.getClass().getName(), name);
        }
    }
}
