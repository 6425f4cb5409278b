package org.handout.importer;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A document read and ready to be written as a leaflet: its properties, its content as semantic HTML
 * (pictures as {@code img} elements naming one of {@code pictures} in {@code data-picture}, or saying
 * in {@code data-lost} why they could not be brought), and what could not be carried over.
 *
 * @param title the element holding the title, taken out of the body; null when the content has none
 * @param base  the address relative links are read from; null when none is known
 */
record SourceDocument(DocumentProperties properties, Element content, Element title, List<Picture> pictures,
        List<Note> notes, java.net.URI base) {
    SourceDocument {
        pictures = List.copyOf(pictures);
        notes = List.copyOf(notes);
    }
}
