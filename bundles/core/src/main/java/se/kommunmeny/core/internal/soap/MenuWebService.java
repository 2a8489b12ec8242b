package se.kommunmeny.core.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.api.web.SoapEndpoint;

/** The live menu over SOAP. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=Menu")
@WebService(serviceName = "Menu", portName = "MenuPort", name = "MenuPortType", targetNamespace = MenuWebService.NAMESPACE)
public class MenuWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:menu:1";

    private final MenuService menu;

    @Activate
    public MenuWebService(@Reference MenuService menu) {
        this.menu = menu;
    }

    @WebMethod(operationName = "getMenu")
    @WebResult(name = "entry")
    public List<MenuEntryXml> getMenu() {
        CurrentCaller.require().requireAnyRole(Role.MENU_READERS);
        return menu.entries().stream().map(MenuEntryXml::of).toList();
    }
}
