package se.kommunmeny.core.internal.web;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
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

    @GET
    @POST
    @PUT
    @DELETE
    @HEAD
    @OPTIONS
    @Path("{any: .*}")
    public Response notFound(@Context UriInfo uri) {
        return Problems.response(404, "no-such-endpoint", "Not found",
                "There is nothing at this address. The offering may not be installed.",
                uri.getRequestUri().getRawPath(), List.of());
    }
}
