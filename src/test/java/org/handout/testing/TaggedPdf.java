package org.handout.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF as assistive technology meets it: the structure tree's elements in order, and the text a
 * screen reader reads by walking that tree (not the page's drawing order).
 */
public final class TaggedPdf implements AutoCloseable {
    /** One structure element: its type (H1, P, Link…), its alternate text and its text. */
    public record Element(String type, String alt, String lang, String text) {
    }

    private final PDDocument doc;
    private final Map<PDPage, Map<Integer, String>> textByMcid = new HashMap<>();

    public TaggedPdf(byte[] pdf) throws IOException {
        this.doc = Loader.loadPDF(pdf);
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, texts);
            }
            textByMcid.put(page, texts);
        }
    }

    /** A sequence's text; its ActualText instead, when it has one (as screen readers and copy and paste read it). */
    private static void collect(PDMarkedContent mc, Map<Integer, String> texts) {
        if (mc.getMCID() >= 0 && mc.getActualText() != null) {
            texts.merge(mc.getMCID(), mc.getActualText(), String::concat);
            return;
        }
        StringBuilder s = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                s.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (mc.getMCID() >= 0) {
            texts.merge(mc.getMCID(), s.toString(), String::concat);
        }
    }

    public PDDocument document() {
        return doc;
    }

    /** Every structure element, depth first, in the order a screen reader meets them. */
    public List<Element> elements() {
        List<Element> out = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, out);
        return out;
    }

    /**
     * The text in structure order, as a screen reader reads it: each element's marked content and
     * child elements in the order of its kids; block-level elements separated by spaces.
     */
    public String readingOrderText() {
        StringBuilder s = new StringBuilder();
        read(doc.getDocumentCatalog().getStructureTreeRoot(), null, s);
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("Span", "Link", "Quote", "Code", "Lbl");

    private void read(PDStructureNode node, PDPage inherited, StringBuilder s) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                PDPage page = el.getPage() != null ? el.getPage() : inherited;
                boolean block = !INLINE.contains(el.getStructureType());
                if (block) {
                    s.append(' ');
                }
                read(el, page, s);
                if (block) {
                    s.append(' ');
                }
            } else if (kid instanceof Integer mcid && inherited != null) {
                s.append(textByMcid.getOrDefault(inherited, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage p = ref.getPage() != null ? ref.getPage() : inherited;
                s.append(textByMcid.getOrDefault(p, Map.of()).getOrDefault(ref.getMCID(), ""));
            }
        }
    }

    /** Text as laid out on the pages, read by position the way pdftotext shows it. */
    public String pageText() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private void walk(PDStructureNode node, PDPage inherited, List<Element> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                PDPage page = el.getPage() != null ? el.getPage() : inherited;
                out.add(new Element(el.getStructureType(), el.getAlternateDescription(), el.getLanguage(),
                        ownText(el, page)));
                walk(el, page, out);
            }
        }
    }

    /** The text of the marked content directly inside this element (not of its child elements). */
    private String ownText(PDStructureElement el, PDPage page) {
        StringBuilder s = new StringBuilder();
        for (Object kid : el.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                s.append(textByMcid.getOrDefault(page, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage p = ref.getPage() != null ? ref.getPage() : page;
                s.append(textByMcid.getOrDefault(p, Map.of()).getOrDefault(ref.getMCID(), ""));
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
