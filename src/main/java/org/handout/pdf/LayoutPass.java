package org.handout.pdf;

import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How a leaflet is laid out again when the layout self-check finds its end (closing box, colophon)
 * alone on the last page: first with that furniture closed up (class {@code layout-compact-end} on
 * {@code body}, which the template styles); then also with the colophon (class {@code colophon}) moved
 * into the closing box (class {@code contact}; class {@code layout-colophon-in-box} on {@code body}),
 * where the box's own room takes it; then, instead, with the last part of the text (its last block,
 * with the heading or lead-in before it) started on a new page, so the furniture goes with it. The
 * last part is found in the template's element with class {@code body}. At most three extra passes.
 */
public enum LayoutPass {
    FIRST, COMPACT_END, COLOPHON_IN_BOX, LAST_PART_WITH_END;

    private static final Set<String> LEADS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** A copy of the page with this pass's changes; the page itself unchanged (it is the first pass's). */
    Document apply(Document page) {
        if (this == FIRST) {
            return page;
        }
        Document copy = (Document) page.cloneNode(true);
        Element body = first(copy.getDocumentElement(), "body", null);
        if (body == null) {
            return copy;
        }
        addClass(body, "layout-compact-end");
        if (this == COLOPHON_IN_BOX) {
            Element box = first(body, null, "contact");
            Element colophon = first(body, null, "colophon");
            if (box != null && colophon != null) {
                box.appendChild(colophon);
                addClass(body, "layout-colophon-in-box");
            }
        } else if (this == LAST_PART_WITH_END) {
            Element text = first(body, null, "body");
            Element part = text == null ? null : lastPart(text);
            if (part != null) {
                String style = part.getAttribute("style");
                part.setAttribute("style", (style.isBlank() ? "" : style + "; ") + "page-break-before: always");
            }
        }
        return copy;
    }

    /** The last child element, or the heading or lead-in just before it; null when that is the first child. */
    private static Element lastPart(Element text) {
        Element part = null;
        for (Node n = text.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                if (part != null && !LEADS.contains(e.getLocalName() == null ? e.getTagName() : e.getLocalName())
                        && !e.getAttribute("class").contains("lead-in")) {
                    return part;
                }
                part = e;
            }
        }
        return null; // the whole text is one part: moving it would leave the first page for the title alone
    }

    private static Element first(Element from, String tag, String cssClass) {
        for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if ((tag == null || tag.equals(name))
                        && (cssClass == null || (" " + e.getAttribute("class") + " ").contains(" " + cssClass + " "))) {
                    return e;
                }
                Element inner = first(e, tag, cssClass);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void addClass(Element e, String name) {
        String c = e.getAttribute("class");
        e.setAttribute("class", c.isBlank() ? name : c + " " + name);
    }
}
