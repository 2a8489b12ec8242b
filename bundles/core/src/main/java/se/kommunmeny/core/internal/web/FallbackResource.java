package se.kommunmeny.core.internal.web;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Answers every address under {@code /kommunmeny} that no endpoint serves, for instance an offering that has been
 * removed, with a 404 problem document instead of CXF's HTML page. CXF routes a request to the longest matching
 * address, so live endpoints always win.
 */
@Path("/")
public class FallbackResource {

    // One method per HTTP method: JAX-RS takes a single method designator per resource method, so a method
    // annotated with several served GET only and answered 405 to a POST to a removed offering's address.

    @GET
    @Path("{any: .*}")
    public Response get(@Context UriInfo uri) {
        return notFound(uri);
    }

    @POST
    @Path("{any: .*}")
    public Response post(@Context UriInfo uri) {
        return notFound(uri);
    }

    @PUT
    @Path("{any: .*}")
    public Response put(@Context UriInfo uri) {
        return notFound(uri);
    }

    @PATCH
    @Path("{any: .*}")
    public Response patch(@Context UriInfo uri) {
        return notFound(uri);
    }

    @DELETE
    @Path("{any: .*}")
    public Response delete(@Context UriInfo uri) {
        return notFound(uri);
    }

    @HEAD
    @Path("{any: .*}")
    public Response head(@Context UriInfo uri) {
        return notFound(uri);
    }

    @OPTIONS
    @Path("{any: .*}")
    public Response options(@Context UriInfo uri) {
        return notFound(uri);
    }

    static Response notFound(UriInfo uri) {
        return Problems.response(404, "no-such-endpoint", "Not found",
                "There is nothing at this address. The offering may not be installed.",
                uri.getRequestUri().getRawPath(), List.of());
    }
}
