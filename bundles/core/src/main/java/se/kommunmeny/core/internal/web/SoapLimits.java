package se.kommunmeny.core.internal.web;

import java.util.Map;

/**
 * XML and attachment limits for every SOAP endpoint, tighter than CXF's defaults. CXF reads attachments and XML
 * before any authentication interceptor could run on the body, so these bound what an unauthenticated caller can
 * make the server do; the guard interceptor also rejects oversized requests before reading them.
 */
final class SoapLimits {
    private SoapLimits() {
    }

    static Map<String, Object> properties() {
        return Map.ofEntries(
                Map.entry("org.apache.cxf.stax.maxChildElements", 1000),
                Map.entry("org.apache.cxf.stax.maxElementDepth", 32),
                Map.entry("org.apache.cxf.stax.maxAttributeCount", 64),
                Map.entry("org.apache.cxf.stax.maxAttributeSize", 16 * 1024),
                Map.entry("org.apache.cxf.stax.maxTextLength", 256 * 1024),
                Map.entry("org.apache.cxf.stax.maxElementCount", 20_000L),
                Map.entry("org.apache.cxf.stax.maxXMLCharacters", EndpointPublisher.MAX_BODY_BYTES),
                Map.entry("attachment-max-count", 2),
                Map.entry("attachment-max-header-size", 4 * 1024),
                Map.entry("attachment-max-size", 512 * 1024L),
                Map.entry("attachment-memory-threshold", 64 * 1024L),
                Map.entry("mtom-enabled", Boolean.FALSE),
                Map.entry("faultStackTraceEnabled", Boolean.FALSE),
                Map.entry("exceptionMessageCauseEnabled", Boolean.FALSE));
    }
}
