package se.kommunmeny.core.api.menu;

import java.util.List;

/** The live menu of this instance. */
@org.osgi.annotation.versioning.ProviderType
public interface MenuService {

    /** Every entry registered now, ordered by row, then name. */
    List<MenuEntry> entries();
}
