package se.kommunmeny.core.api.web;

/**
 * Marker for a JAX-RS root resource. Register it with the service property {@value #BASE} naming its base path:
 * it is published at {@code /kommunmeny/api/<base>}. The resource class's own {@code @Path} is relative to that.
 */
public interface RestResource {
    String BASE = "kommunmeny.rest.base";
}
