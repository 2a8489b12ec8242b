package se.kommunmeny.core.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndAmpersands() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html.escape("<script>alert('x')</script>"));
        assertEquals("&quot;citat&quot; &amp; &amp;amp;", Html.escape("\"citat\" & &amp;"));
        assertEquals("Åsa &amp; Östen", Html.escape("Åsa & Östen"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void keepsWhitespaceAndSurrogatePairsButReplacesWhatXmlForbids() {
        assertEquals("a\tb\nc\r\n", Html.escape("a\tb\nc\r\n"));
        assertEquals("glad \uD83D\uDE00", Html.escape("glad \uD83D\uDE00"));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFDx", Html.escape("\u0000\u001B\uD83D\u0085x"));
        assertEquals("\uFFFD", Html.escape("\uFFFF"));
        assertEquals("x\uFFFD", Html.escape("x\uDE00"));
    }
}
