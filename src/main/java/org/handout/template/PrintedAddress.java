package org.handout.template;

import java.util.Locale;

/**
 * How a link's address is printed so a reader of the paper copy can type it: without the
 * {@code https://} and trailing slash, an email without {@code mailto:}, a phone number without {@code tel:}.
 */
final class PrintedAddress {
    private PrintedAddress() {
    }

    static String of(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        String shown;
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            shown = href.substring(href.indexOf("//") + 2);
        } else if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
            shown = href.substring(href.indexOf(':') + 1);
        } else {
            shown = href;
        }
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }

    /** Whether link text already shows the address, so printing it again would only repeat it. */
    static boolean isShownIn(String href, String linkText) {
        String text = linkText.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String shown = of(href).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return text.contains(shown) || shown.startsWith("www.") && text.contains(shown.substring(4));
    }
}
