package se.kommunmeny.purchasing.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.Provider;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.menu.ServiceDescription;
import se.kommunmeny.core.api.menu.ServiceOffering;
import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * A service this municipality buys, on its menu: provided by the supplier (a partner municipality in a joint pool, else
 * purchased), with the supplier's free places as last read and the time of that reading.
 */
final class PurchasedService implements ServiceOffering {
    private final String agreementId;
    private final String id;
    private final String name;
    private final ServiceType type;
    private final Set<TargetGroup> groups;
    private final Provider provider;
    private final int reservedPlaces;
    private final String scope;
    private final Availability availability;

    PurchasedService(AgreementEntity a, PartnerEntity supplier, Availability availability) {
        this.agreementId = a.id;
        this.id = "purchasing/" + a.number;
        this.name = a.serviceName;
        this.type = ServiceType.valueOf(a.serviceType);
        EnumSet<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
        Agreements.targetGroups(a).forEach(g -> set.add(TargetGroup.valueOf(g)));
        this.groups = set;
        this.provider = new Provider(a.jointPool != null ? ProviderKind.PARTNER_MUNICIPALITY : ProviderKind.PURCHASED,
                supplier.name);
        this.reservedPlaces = a.reservedPlaces;
        this.scope = a.reservedPlaces > 0 ? a.reservedPlaces + " reserverade platser" : "";
        this.availability = availability;
    }

    String agreementId() {
        return agreementId;
    }

    @Override
    public MenuEntry entry() {
        Availability.Reading reading = availability.bought(agreementId);
        Integer capacity = reading != null && reading.capacity() != null ? reading.capacity()
                : reservedPlaces > 0 ? Integer.valueOf(reservedPlaces) : null;
        return new MenuEntry(id, name, type, groups, false, true,
                new ServiceDescription("", "", "", "", scope, "", ""), provider, capacity,
                reading == null ? null : reading.freePlaces(), List.of(), "purchasing",
                reading == null ? null : reading.readAt());
    }
}
