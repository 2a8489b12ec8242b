package se.kommunmeny.purchasing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.purchasing.api.ServiceAvailability;

/**
 * Free places of the services agreements cover. For a service this municipality buys from another platform: the
 * supplier's figure as last read, with the time of the reading (read in the background, never while the menu is
 * composed, and kept when the supplier does not answer). For a service it sells: its own menu's figure now.
 */
final class Availability {
    /** A figure and when it was read. */
    record Reading(Integer capacity, Integer freePlaces, Instant readAt) {
    }

    private final Map<String, Reading> bought = new ConcurrentHashMap<>();
    private final Function<String, MenuEntry> ownMenu;

    Availability(Function<String, MenuEntry> ownMenu) {
        this.ownMenu = ownMenu;
    }

    Reading reading(AgreementEntity a) {
        if (Agreements.BUY.equals(a.role)) {
            return bought.get(a.id);
        }
        MenuEntry entry = ownMenu.apply(a.serviceId);
        return entry == null ? null : new Reading(entry.capacity(), entry.freePlaces(), Instant.now());
    }

    Reading bought(String agreementId) {
        return bought.get(agreementId);
    }

    /** Reads every bought service's free places from its supplier's platform. */
    void refresh(PurchasingRepository repository, PlatformIdentity platform) {
        List<Object[]> rows = repository.inTransaction(em -> em.createQuery("SELECT a, p FROM AgreementEntity a, "
                + "PartnerEntity p WHERE a.partnerId = p.id AND a.role = :r AND p.kind = :k", Object[].class)
                .setParameter("r", Agreements.BUY).setParameter("k", Agreements.MUNICIPALITY).getResultList());
        PartnerClient client = PartnerClient.of(platform.config());
        for (Object[] row : rows) {
            AgreementEntity a = (AgreementEntity) row[0];
            PartnerEntity p = (PartnerEntity) row[1];
            ServiceAvailability read = client.availability(p, platform.keys().unseal(p.passwordSealed), a.number);
            if (read != null) {
                bought.put(a.id, new Reading(read.capacity(), read.freePlaces(),
                        read.readAt() == null ? Instant.now() : read.readAt()));
            }
        }
    }
}
