package io.crmkit.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** The one place HTML from a letter is made safe: an allow-list clean by jsoup. */
final class Html {
    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "https", "cid");
    private static final Document.OutputSettings OUT = new Document.OutputSettings().prettyPrint(false);

    private Html() {
    }

    /**
     * Keeps only allow-listed tags and attributes: scripts, styles, event handlers ({@code onerror=},
     * {@code onclick=}, …), frames, forms and {@code javascript:} links are removed.
     */
    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return Jsoup.clean(html, "", SAFE, OUT);
    }

    /** The readable text of (sanitized) HTML. */
    static String text(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }
}
