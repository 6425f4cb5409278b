package org.handout.xhtml;

import java.net.URI;
import org.w3c.dom.Document;

/**
 * A leaflet's XHTML, parsed. {@code baseUri} is the folder that relative resources (images) are
 * resolved against: the leaflet file's folder. The DOM is mutable, so a document belongs to one
 * thread and one render.
 */
public record XhtmlDocument(String text, Document dom, URI baseUri) {
}
