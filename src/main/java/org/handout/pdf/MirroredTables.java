package org.handout.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Puts the cells of right-to-left tables back in reading order. OpenHTMLtoPDF lays columns out left
 * to right whatever the direction, so a right-to-left page's tables are written last column first
 * ({@code <table class="mirrored">}) to stand the first column on the right; here each of their rows'
 * cells is turned round again in the structure tree, so that a screen reader starts at the first
 * column, as the author wrote it. The n-th Table element is the n-th {@code <table>} of the page.
 */
final class MirroredTables {
    private MirroredTables() {
    }

    static void restoreReadingOrder(PDDocument doc, Document xhtml) {
        NodeList tables = xhtml.getElementsByTagName("table");
        List<Boolean> mirrored = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            mirrored.add(List.of(((Element) tables.item(i)).getAttribute("class").split("\\s+")).contains("mirrored"));
        }
        if (!mirrored.contains(true) || doc.getDocumentCatalog().getStructureTreeRoot() == null) {
            return;
        }
        List<PDStructureElement> found = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Table", found);
        if (found.size() != mirrored.size()) {
            return; // not the tables of the page as written: nothing is turned round
        }
        for (int i = 0; i < found.size(); i++) {
            if (mirrored.get(i)) {
                List<PDStructureElement> rows = new ArrayList<>();
                collect(found.get(i), "TR", rows);
                rows.forEach(MirroredTables::reverseKids);
            }
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e);
                } else {
                    collect(e, type, found);
                }
            }
        }
    }

    private static void reverseKids(PDStructureElement row) {
        COSBase kids = row.getCOSObject().getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            List<COSBase> items = new ArrayList<>();
            for (int i = array.size() - 1; i >= 0; i--) {
                items.add(array.get(i));
            }
            array.clear();
            items.forEach(array::add);
        }
    }
}
