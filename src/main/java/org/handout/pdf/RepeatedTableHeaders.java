package org.handout.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Makes a table's header row, repeated at the top of each page the table runs onto, read once.
 * OpenHTMLtoPDF 1.1.65 tags every repetition as part of the header cells (so a screen reader reads
 * "Band Band Band"); this turns each repetition after the first into a pagination artifact: it is
 * removed from the structure tree and its marked content becomes {@code /Artifact}. A stop-gap until
 * the upstream fix (OpenHTMLtoPDF pull request #227) is released.
 */
final class RepeatedTableHeaders {
    private RepeatedTableHeaders() {
    }

    static void markAsArtifacts(PDDocument doc) throws IOException {
        if (doc.getDocumentCatalog().getStructureTreeRoot() == null) {
            return;
        }
        Map<PDPage, Set<Integer>> repeats = new HashMap<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), false, repeats);
        for (Map.Entry<PDPage, Set<Integer>> page : repeats.entrySet()) {
            rewrite(doc, page.getKey(), page.getValue());
        }
    }

    /** Removes, under every THead, the references to content on pages after the element's own page. */
    private static void collect(PDStructureNode node, boolean inHeader, Map<PDPage, Set<Integer>> repeats) {
        for (Object kid : new ArrayList<>(node.getKids())) {
            if (kid instanceof PDStructureElement element) {
                collect(element, inHeader || "THead".equals(element.getStructureType()), repeats);
            } else if (inHeader && kid instanceof PDMarkedContentReference ref && node instanceof PDStructureElement owner
                    && ref.getPage() != null && !ref.getPage().equals(owner.getPage())) {
                owner.removeKid(ref);
                repeats.computeIfAbsent(ref.getPage(), p -> new HashSet<>()).add(ref.getMCID());
            }
        }
    }

    /** Rewrites one page's content so the given marked-content sequences are pagination artifacts. */
    private static void rewrite(PDDocument doc, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && "BDC".equals(op.getName())
                    && mcids.contains(mcid(page, tokens.get(i - 1)))) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                tokens.set(i - 2, COSName.ARTIFACT);
                tokens.set(i - 1, artifact);
            }
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }

    private static int mcid(PDPage page, Object properties) {
        COSDictionary dict = null;
        if (properties instanceof COSDictionary inline) {
            dict = inline;
        } else if (properties instanceof COSName name && page.getResources() != null) {
            PDPropertyList list = page.getResources().getProperties(name);
            dict = list == null ? null : list.getCOSObject();
        }
        COSBase value = dict == null ? null : dict.getDictionaryObject(COSName.MCID);
        return value instanceof org.apache.pdfbox.cos.COSInteger i ? i.intValue() : -1;
    }
}
