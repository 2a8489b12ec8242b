package se.kommunmeny.core.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.audit.AuditEntry;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.ChainVerification;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;

/** The audit log for the audit reviewer (loggranskare): who looked at a person, what a user did, chain check. */
@Component(service = RestResource.class, property = RestResource.BASE + "=audit")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements RestResource {
    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    /** Body of an audit query: exactly one of person and user. */
    public record AuditQuery(String person, String user, Integer limit) {
    }

    @POST
    @Path("query")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AuditEntry> query(AuditQuery query) {
        var caller = CurrentCaller.require();
        caller.requireAnyRole(Role.LOGGRANSKARE);
        if (query == null || (query.person() == null) == (query.user() == null)) {
            throw new ValidationException("person", "give exactly one of person and user");
        }
        int limit = query.limit() == null ? 100 : query.limit();
        return query.person() != null ? audit.byPerson(caller, query.person(), limit)
                : audit.byUser(caller, query.user(), limit);
    }

    @GET
    @Path("verify")
    public ChainVerification verify() {
        CurrentCaller.require().requireAnyRole(Role.LOGGRANSKARE, Role.OPERATOR);
        return audit.verify();
    }
}
