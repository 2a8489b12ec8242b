package se.kommunmeny.core.internal.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.internal.menu.MenuRenderer;

/** The live menu: JSON, CSV and an HTML page laid out like the survey. Any platform role may read it. */
@Component(service = RestResource.class, property = RestResource.BASE + "=menu")
@Path("/")
public class MenuResource implements RestResource {
    private final MenuService menu;
    private final MunicipalityService municipality;

    @Activate
    public MenuResource(@Reference MenuService menu, @Reference MunicipalityService municipality) {
        this.menu = menu;
        this.municipality = municipality;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> json() {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        Map<String, Object> body = new LinkedHashMap<>();
        municipality.current().ifPresent(m -> body.put("municipality", Map.of("code", m.code(), "name", m.name(),
                "county", m.county(), "country", m.country().name())));
        body.put("readAt", Instant.now().toString());
        List<MenuEntry> entries = menu.entries();
        body.put("entries", entries);
        return body;
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public String csv(@QueryParam("lang") String lang) {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        return MenuRenderer.csv(menu.entries(), Language.fromTag(lang));
    }

    @GET
    @Path("html")
    @Produces("text/html; charset=UTF-8")
    public String html(@QueryParam("lang") String lang) {
        CurrentCaller.require().requireAnyRole(Role.STAFF);
        return MenuRenderer.html(municipality.current().orElse(null), menu.entries(), Language.fromTag(lang));
    }
}
