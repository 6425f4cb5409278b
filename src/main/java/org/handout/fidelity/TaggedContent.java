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
        int unseenStart;
        int unseenEnd;
        int pictureStart;
        int pictureEnd;
        int linkStart;
        int linkEnd;
        /** The index after this element's last descendant. */
        int subtreeEnd;
        private String normalised;
        private String normalisedHidden;
        private String normalisedUnseen;

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
    private final StringBuilder unseen = new StringBuilder();
    private final List<PageMarks.Picture> pictures = new ArrayList<>();
    private final List<LinkTarget> links = new ArrayList<>();
    private final Map<COSDictionary, PageMarks> pages = new IdentityHashMap<>();
    private int artifactPictures;

    private TaggedContent() {
    }

    static TaggedContent read(PDDocument doc) throws IOException {
        TaggedContent t = new TaggedContent();
        double parts = 0;
        for (PDPage page : doc.getPages()) {
            PageMarks marks = PageReader.read(page);
            t.pages.put(page.getCOSObject(), marks);
            t.artifactPictures += marks.visibleArtifactPictures();
            parts += marks.artifactPictureParts();
        }
        // a decorative picture taller than the page is drawn in a part on each page it runs over
        t.artifactPictures += (int) Math.floor(parts / PageMarks.SHOWN);
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

    /** The element's text that is drawn on the page but cannot be seen there (transparent, say). */
    String unseenText(Element e) {
        if (e.normalisedUnseen == null) {
            e.normalisedUnseen = Words.normalise(unseen.subSequence(e.unseenStart, e.unseenEnd));
        }
        return e.normalisedUnseen;
    }

    List<PageMarks.Picture> pictures(Element e) {
        return pictures.subList(e.pictureStart, e.pictureEnd);
    }

    List<LinkTarget> links(Element e) {
        return links.subList(e.linkStart, e.linkEnd);
    }

    /**
     * The indices of the elements of one link from {@code index}: the layout engine tags each line of
     * a link that wraps as a Link element of its own, with the same alternate text and address, drawn
     * straight after the one before (the next line's box may wrap it, so it need not be a sibling, and
     * a picture in the link may stand between them). A Link element that starts with the link's whole
     * {@code text} (normalised) is the same link written again, not a line of this one.
     */
    List<Integer> linkParts(int index, String text) {
        Element first = elements.get(index);
        List<Integer> parts = new ArrayList<>(List.of(index));
        Element last = first;
        for (int next = first.subtreeEnd; next < elements.size(); next++) {
            Element e = elements.get(next);
            if (!visible.subSequence(last.visibleEnd, e.visibleStart).toString().isBlank()) {
                break; // other words come first: the link ended
            }
            if ("Link".equals(e.type)) {
                if (!java.util.Objects.equals(e.alt, first.alt) || !sameAddresses(first, e)
                        || !text.isEmpty() && text(e).startsWith(text)) {
                    break; // another link, perhaps with the same text: [Apply](a) [Apply](b), [Apply](a) [Apply](a)
                }
                parts.add(next);
                last = e;
                next = e.subtreeEnd - 1;
            }
        }
        return parts;
    }

    /** Whether two Link elements open the same addresses (either may have no annotation to tell). */
    private boolean sameAddresses(Element a, Element b) {
        List<LinkTarget> x = links(a);
        List<LinkTarget> y = links(b);
        return x.isEmpty() || y.isEmpty() || x.stream().map(LinkTarget::uri).distinct().toList()
                .equals(y.stream().map(LinkTarget::uri).distinct().toList());
    }

    private void walk(PDStructureNode node, PDPage inherited) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                PDPage page = el.getPage() != null ? el.getPage() : inherited;
                Element e = new Element(el.getStructureType(), el.getAlternateDescription());
                elements.add(e);
                e.visibleStart = visible.length();
                e.hiddenStart = hidden.length();
                e.unseenStart = unseen.length();
                e.pictureStart = pictures.size();
                e.linkStart = links.size();
                walk(el, page);
                e.visibleEnd = visible.length();
                e.hiddenEnd = hidden.length();
                e.unseenEnd = unseen.length();
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
            unseen.append(m.unseen);
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
