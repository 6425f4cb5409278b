package org.handout.template;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * What a leaflet's language means for its layout: the direction it is written in and the script
 * whose font comes first. Taken from ICU's likely-subtags data ({@code ur} is written in Arabic
 * script, right to left; {@code uk} in Cyrillic), so every language ICU knows is covered, not a list.
 */
record Script(String code, boolean rightToLeft) {

    static Script of(String languageTag) {
        ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(languageTag));
        String script = likely.getScript().isEmpty() ? "Latn" : likely.getScript();
        return new Script(script.toLowerCase(Locale.ROOT), likely.isRightToLeft());
    }

    /** The value of {@code dir} on the page. */
    String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
