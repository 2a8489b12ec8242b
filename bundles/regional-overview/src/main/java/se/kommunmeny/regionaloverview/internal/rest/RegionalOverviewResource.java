package se.kommunmeny.regionaloverview.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.regionaloverview.internal.Overview;
import se.kommunmeny.regionaloverview.internal.OverviewCsv;
import se.kommunmeny.regionaloverview.internal.OverviewHtml;
import se.kommunmeny.regionaloverview.internal.RegionalOverview;

/**
 * The county overview under {@code /kommunmeny/api/regional-overview}: JSON, CSV and an HTML page. Staff roles may
 * read it; {@code ?refresh=true} reads every platform now instead of serving menus read in the last seconds.
 */
@Component(service = RestResource.class, property = RestResource.BASE + "=" + RegionalOverviewResource.BASE)
@Path("/")
public class RegionalOverviewResource implements RestResource {
    public static final String BASE = "regional-overview";

    private final RegionalOverview overview;

    @Activate
    public RegionalOverviewResource(@Reference RegionalOverview overview) {
        this.overview = overview;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Overview json(@QueryParam("refresh") boolean refresh) {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        return overview.overview(refresh);
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public String csv(@QueryParam("lang") String lang, @QueryParam("refresh") boolean refresh) {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        return OverviewCsv.render(overview.overview(refresh), Language.fromTag(lang));
    }

    @GET
    @Path("html")
    @Produces("text/html; charset=UTF-8")
    public String html(@QueryParam("lang") String lang, @QueryParam("refresh") boolean refresh) {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        return OverviewHtml.render(overview.overview(refresh), Language.fromTag(lang));
    }
}
