package se.kommunmeny.regionaloverview.internal;

import java.time.Instant;

/**
 * One attempt to read a platform's menu.
 *
 * @param at when the attempt was made (for a menu: when it was read)
 * @param menu the menu, or {@code null} when the platform did not answer with one
 * @param reason why there is no menu: {@code connection refused}, {@code timeout}, {@code HTTP 401}, {@code invalid
 *        JSON} …; {@code null} with a menu
 */
public record Reading(Instant at, PlatformMenu menu, String reason) {
    public static Reading ok(Instant at, PlatformMenu menu) {
        return new Reading(at, menu, null);
    }

    public static Reading failed(Instant at, String reason) {
        return new Reading(at, null, reason);
    }

    public boolean ok() {
        return menu != null;
    }
}
