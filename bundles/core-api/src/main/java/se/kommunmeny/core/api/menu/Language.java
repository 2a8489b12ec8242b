package se.kommunmeny.core.api.menu;

import java.util.Locale;

/** Languages the menu is labelled in. */
public enum Language {
    SV, EN, DA;

    /** The language for a request parameter such as {@code sv}, {@code en} or {@code da}; Swedish when absent or unknown. */
    public static Language fromTag(String tag) {
        return fromTag(tag, SV);
    }

    /** The language for a request parameter such as {@code sv}, {@code en} or {@code da}; the fallback otherwise. */
    public static Language fromTag(String tag, Language fallback) {
        String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("en")) {
            return EN;
        }
        if (t.startsWith("da")) {
            return DA;
        }
        if (t.startsWith("sv")) {
            return SV;
        }
        return fallback;
    }
}
