package se.kommunmeny.core.api.menu;

import java.util.Locale;

/** Languages the menu is labelled in. */
public enum Language {
    SV, EN;

    /** The language for a request parameter such as {@code sv} or {@code en}; Swedish when absent or unknown. */
    public static Language fromTag(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : SV;
    }
}
