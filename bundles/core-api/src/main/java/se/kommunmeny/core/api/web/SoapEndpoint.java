package se.kommunmeny.core.api.web;

/**
 * Marker for a JAX-WS implementor ({@code @WebService}). Register it with the service property {@value #NAME}: it
 * is published at {@code /kommunmeny/soap/<name>}, its WSDL at {@code ?wsdl}.
 */
public interface SoapEndpoint {
    String NAME = "kommunmeny.soap.name";
}
