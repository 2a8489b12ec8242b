package se.kommunmeny.core.api.menu;

/**
 * Whiteboard contract: every service an offering runs is registered as one {@code ServiceOffering} OSGi service.
 * The menu is the set of these services at the moment it is read; when the offering's bundle stops, its entries
 * disappear with its services.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ServiceOffering {

    /** The entry as it stands now, with live capacity figures. Must be cheap and must not throw. */
    MenuEntry entry();
}
