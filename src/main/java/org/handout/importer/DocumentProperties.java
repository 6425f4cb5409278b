package org.handout.importer;

import java.util.List;

/**
 * What a document says about itself, for the leaflet's front matter. Any part may be null (keywords empty).
 *
 * @param reviewed the last-modified date as {@code YYYY-MM-DD}
 * @param source   the document's own web address ({@code https://}), for a web page
 */
record DocumentProperties(String title, String subtitle, String summary, List<String> keywords, String author, String lang,
        String reviewed, String source) {
    DocumentProperties {
        keywords = List.copyOf(keywords);
    }

    DocumentProperties withSubtitle(String value) {
        return new DocumentProperties(title, value, summary, keywords, author, lang, reviewed, source);
    }
}
