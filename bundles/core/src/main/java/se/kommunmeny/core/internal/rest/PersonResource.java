package se.kommunmeny.core.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.person.AnonymousContact;
import se.kommunmeny.core.api.person.PersonRegistration;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.api.person.PersonView;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.internal.privacy.DataSubjectExports;

/**
 * The person register over REST. Identity numbers and names travel in request bodies, never in URLs, so they stay
 * out of access logs.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=persons")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource implements RestResource {
    private final PersonService persons;
    private final DataSubjectExports exports;

    @Activate
    public PersonResource(@Reference PersonService persons, @Reference DataSubjectExports exports) {
        this.persons = persons;
        this.exports = exports;
    }

    /** Body of a look-up by identity number. */
    public record LookupRequest(String identityNumber) {
    }

    /** Body of a search by name. */
    public record SearchRequest(String name, Integer limit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PersonRegistration registration, @Context UriInfo uri) {
        PersonView person = persons.register(CurrentCaller.require(), registration);
        return Response.created(uri.getAbsolutePathBuilder().path(person.id()).build()).entity(person).build();
    }

    @GET
    @Path("{id}")
    public PersonView get(@PathParam("id") String id) {
        return persons.get(CurrentCaller.require(), id);
    }

    /** The data subject's export (registerutdrag): register entry, every offering's records, the access log. */
    @GET
    @Path("{id}/export")
    public Map<String, Object> export(@PathParam("id") String id) {
        return exports.export(CurrentCaller.require(), id);
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView lookup(LookupRequest request) {
        if (request == null) {
            throw new ValidationException("identityNumber", "is required");
        }
        return persons.findByIdentityNumber(CurrentCaller.require(), request.identityNumber());
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PersonView> search(SearchRequest request) {
        if (request == null) {
            throw new ValidationException("name", "is required");
        }
        return persons.searchByName(CurrentCaller.require(), request.name(),
                request.limit() == null ? 20 : request.limit());
    }

    @POST
    @Path("anonymous")
    public Response anonymous() {
        AnonymousContact contact = persons.createAnonymousContact(CurrentCaller.require());
        return Response.status(201).entity(contact).build();
    }
}
