package se.kommunmeny.core.api.web;

/** Text for HTML pages: the one escaper the menu page, the county overview, invoices and reports use. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML element's content or a quoted attribute value: {@code & < > " '} become entities;
     * characters that neither HTML nor XML allow (control characters other than tab, line feed and carriage return,
     * C1 controls, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD; everything else is kept. {@code null} gives the
     * empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\t', '\n', '\r' -> escaped.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFFFE
                            || c == 0xFFFF) {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
