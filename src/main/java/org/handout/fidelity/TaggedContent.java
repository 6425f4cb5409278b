package org.handout.fidelity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A tagged PDF as a screen reader meets it: its structure elements in reading order (depth first),
 * each with the text, pictures and link annotations of everything inside it. The text of all elements
 * is kept in one buffer, each element owning a range of it, so the whole tree costs one pass.
 */
final class TaggedContent {
    /** A structure element and the ranges of the buffers its subtree drew. */
    static final class Element {
        final String type;
        final String alt;
        int visibleStart;
        int visibleEnd;
        int hiddenStart;
        int hiddenEnd;
        int pictureStart;
        int pictureEnd;
        int linkStart;
        int linkEnd;
        /** The index after this element's last descendant. */
        int subtreeEnd;
        private String normalised;
        private String normalisedHidden;

        Element(String type, String alt) {
            this.type = type;
            this.alt = alt;
        }
    }

    /** A link annotation: its address, and whether its area is on the page with a size. */
    record LinkTarget(String uri, boolean onPage) {
    }

    private final List<Element> elements = new ArrayList<>();
    private final StringBuilder visible = new StringBuilder();
    private final StringBuilder hidden = new StringBuilder();
    private final List<PageMarks.Picture> pictures = new ArrayList<>();
    private final List<LinkTarget> links = new ArrayList<>();
    private final Map<COSDictionary, PageMarks> pages = new IdentityHashMap<>();
    private int artifactPictures;

    private TaggedContent() {
    }

    static TaggedContent read(PDDocument doc) throws IOException {
        TaggedContent t = new TaggedContent();
        for (PDPage page : doc.getPages()) {
            PageMarks marks = PageReader.read(page);
            t.pages.put(page.getCOSObject(), marks);
            t.artifactPictures += marks.visibleArtifactPictures();
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            t.walk(root, null);
        }
        return t;
    }

    List<Element> elements() {
        return elements;
    }

    int artifactPictures() {
        return artifactPictures;
    }

    /** The element's visible text, normalised as {@link Words} does. */
    String text(Element e) {
        if (e.normalised == null) {
            e.normalised = Words.normalise(visible.subSequence(e.visibleStart, e.visibleEnd));
        }
        return e.normalised;
    }

    /** The element's text that is drawn where no one can see it. */
    String hiddenText(Element e) {
        if (e.normalisedHidden == null) {
            e.normalisedHidden = Words.normalise(hidden.subSequence(e.hiddenStart, e.hiddenEnd));
        }
        return e.normalisedHidden;
    }

    List<PageMarks.Picture> pictures(Element e) {
        return pictures.subList(e.pictureStart, e.pictureEnd);
    }

    List<LinkTarget> links(Element e) {
        return links.subList(e.linkStart, e.linkEnd);
    }

    /**
     * The elements of one link from {@code index}: the layout engine tags each line of a link that
     * wraps as a Link element of its own, with the same alternate text, either the next sibling or the
     * first thing inside it (a Span it opens for the rest of the line: then the link's first words are
     * on one line and its last words, under that Span, on the next).
     */
    List<Element> linkParts(int index) {
        Element first = elements.get(index);
        List<Element> parts = new ArrayList<>(List.of(first));
        int next = first.subtreeEnd;
        while (next < elements.size()) {
            int part = next;
            while (!"Link".equals(elements.get(part).type) && part + 1 < elements.get(part).subtreeEnd
                    && elements.get(part + 1).visibleStart == elements.get(part).visibleStart) {
                part++; // the element's text starts with its first child's
            }
            if (!"Link".equals(elements.get(part).type) || !java.util.Objects.equals(elements.get(part).alt, first.alt)) {
                break;
            }
            parts.add(elements.get(part));
            next = elements.get(part).subtreeEnd;
        }
        return parts;
    }

    private void walk(PDStructureNode node, PDPage inherited) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                PDPage page = el.getPage() != null ? el.getPage() : inherited;
                Element e = new Element(el.getStructureType(), el.getAlternateDescription());
                elements.add(e);
                e.visibleStart = visible.length();
                e.hiddenStart = hidden.length();
                e.pictureStart = pictures.size();
                e.linkStart = links.size();
                walk(el, page);
                e.visibleEnd = visible.length();
                e.hiddenEnd = hidden.length();
                e.pictureEnd = pictures.size();
                e.linkEnd = links.size();
                e.subtreeEnd = elements.size();
            } else if (kid instanceof Integer mcid) {
                drawn(inherited, mcid);
            } else if (kid instanceof PDMarkedContentReference ref) {
                drawn(ref.getPage() != null ? ref.getPage() : inherited, ref.getMCID());
            } else if (kid instanceof PDObjectReference ref) {
                link(ref, inherited);
            }
        }
    }

    private void drawn(PDPage page, int mcid) {
        PageMarks marks = page == null ? null : pages.get(page.getCOSObject());
        if (marks != null) {
            PageMarks.Marks m = marks.get(mcid);
            visible.append(m.visible);
            hidden.append(m.hidden);
            pictures.addAll(m.pictures);
        }
    }

    private void link(PDObjectReference ref, PDPage element) {
        if (!(ref.getReferencedObject() instanceof PDAnnotationLink annotation)) {
            return;
        }
        String uri = null;
        try {
            PDAction action = annotation.getAction();
            if (action instanceof PDActionURI u) {
                uri = u.getURI();
            }
        } catch (RuntimeException e) {
            // an action that cannot be read is no address
        }
        PDRectangle r = annotation.getRectangle();
        PDPage page = annotation.getPage() != null ? annotation.getPage() : element;
        boolean onPage = r != null && r.getWidth() > 0 && r.getHeight() > 0;
        if (onPage && page != null) {
            PDRectangle crop = page.getCropBox();
            onPage = r.getUpperRightX() > crop.getLowerLeftX() && r.getLowerLeftX() < crop.getUpperRightX()
                    && r.getUpperRightY() > crop.getLowerLeftY() && r.getLowerLeftY() < crop.getUpperRightY();
        }
        links.add(new LinkTarget(uri, onPage));
    }
}
