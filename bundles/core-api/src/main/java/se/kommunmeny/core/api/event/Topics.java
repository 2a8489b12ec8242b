package se.kommunmeny.core.api.event;

/** Event topics published by the core. Offerings publish under {@code se/kommunmeny/<offering>/<event>}. */
public final class Topics {
    public static final String PREFIX = "se/kommunmeny/";
    /** An entry appeared on or disappeared from the menu; property {@code entry.id}. */
    public static final String MENU_CHANGED = PREFIX + "core/MENU_CHANGED";

    private Topics() {
    }
}
