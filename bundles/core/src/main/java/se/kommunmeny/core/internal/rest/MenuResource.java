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
import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.internal.menu.MenuRenderer;

/**
 * The live menu: JSON, CSV and an HTML page laid out like the survey. Staff read it, and so do partner accounts:
 * partner municipalities and the county's overview read what a municipality offers (no personal data is on it).
 */
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
        CurrentCaller.require().requireAnyRole(Role.MENU_READERS);
        Map<String, Object> body = new LinkedHashMap<>();
        municipality.current().ifPresent(m -> {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("code", m.code());
            about.put("name", m.name());
            about.put("county", m.county());
            about.put("country", m.country().name());
            m.district().ifPresent(d -> about.put("district", d));
            body.put("municipality", about);
        });
        body.put("readAt", Instant.now().toString());
        List<MenuEntry> entries = menu.entries();
        body.put("entries", entries);
        return body;
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public String csv(@QueryParam("lang") String lang) {
        CurrentCaller.require().requireAnyRole(Role.MENU_READERS);
        return MenuRenderer.csv(menu.entries(), language(lang));
    }

    @GET
    @Path("html")
    @Produces("text/html; charset=UTF-8")
    public String html(@QueryParam("lang") String lang) {
        CurrentCaller.require().requireAnyRole(Role.MENU_READERS);
        return MenuRenderer.html(municipality.current().orElse(null), menu.entries(), language(lang));
    }

    /** The language asked for, else the municipality's own (Danish in Denmark, Swedish in Sweden). */
    private Language language(String lang) {
        Language own = municipality.current().map(m -> m.country() == Country.DK ? Language.DA : Language.SV)
                .orElse(Language.SV);
        return Language.fromTag(lang, own);
    }
}
