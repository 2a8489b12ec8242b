package se.kommunmeny.core.internal.menu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.event.Topics;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.municipality.MunicipalityService;

/** Composes the menu from the {@link ServiceOffering} services registered at the moment it is read. */
@Component(service = MenuService.class)
public class MenuServiceImpl implements MenuService {
    private static final Logger LOG = LoggerFactory.getLogger(MenuServiceImpl.class);
    private static final Comparator<MenuEntry> ORDER = Comparator.comparing(MenuEntry::type)
            .thenComparing(MenuEntry::name, String.CASE_INSENSITIVE_ORDER).thenComparing(MenuEntry::id);

    private final List<ServiceOffering> offerings = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MunicipalityService municipality;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addOffering(ServiceOffering offering) {
        offerings.add(offering);
        changed();
    }

    void removeOffering(ServiceOffering offering) {
        offerings.remove(offering);
        changed();
    }

    private void changed() {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(Topics.MENU_CHANGED, Map.of("entries", offerings.size())));
        }
    }

    @Override
    public List<MenuEntry> entries() {
        List<MenuEntry> entries = new ArrayList<>();
        MunicipalityService served = municipality;
        String district = served == null ? null : served.current().flatMap(Municipality::district).orElse(null);
        for (ServiceOffering offering : offerings) {
            try {
                MenuEntry entry = offering.entry();
                // A platform serving a district (Skultuna in Västerås): every service on it belongs to the district.
                entries.add(district == null || entry.district() != null ? entry : entry.inDistrict(district));
            } catch (RuntimeException e) {
                // An offering going away while we read it, or a broken one, must not take the menu down.
                LOG.warn("A menu entry could not be read and is left out: {}", e.toString());
            }
        }
        entries.sort(ORDER);
        return entries;
    }
}
