package se.kommunmeny.core.api.config;

import java.util.ArrayList;
import java.util.List;

/**
 * List-valued configuration properties. In a {@code .cfg} file a list is written {@code a, b, c} and arrives as a
 * single string; through the web console or a typed {@code .config} file it arrives as an array. Both mean the same.
 */
public final class ConfigLists {
    private ConfigLists() {
    }

    /** The non-blank, trimmed items of the values, each value also split at commas. */
    public static List<String> items(String... values) {
        List<String> items = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    continue;
                }
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        items.add(part.trim());
                    }
                }
            }
        }
        return items;
    }
}
