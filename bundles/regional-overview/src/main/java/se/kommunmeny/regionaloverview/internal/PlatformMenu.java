package se.kommunmeny.regionaloverview.internal;

import java.time.Instant;
import java.util.List;

/**
 * A platform's menu as read.
 *
 * @param menuReadAt the platform's own {@code readAt}, or {@code null} when it sent none that could be read
 */
public record PlatformMenu(MunicipalityRef municipality, Instant menuReadAt, List<ReadEntry> entries) {
    public PlatformMenu {
        entries = List.copyOf(entries);
    }
}
