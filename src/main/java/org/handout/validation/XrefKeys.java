package org.handout.validation;

import java.lang.reflect.Field;
import java.util.List;
import org.verapdf.cos.COSDocument;
import org.verapdf.cos.COSKey;
import org.verapdf.cos.xref.COSXRefTable;

/**
 * The object numbers in a PDF's cross-reference table, without reading the objects. veraPDF offers
 * only lists that read every object, which for our 371-page leaflet means parsing 190,000 objects
 * (10 s) to find its 1,300 streams; streams never live in object streams, so the numbers with a file
 * offset are all that need reading. The table is a private field of veraPDF's COSDocument (pinned
 * version, see the pom); when it cannot be reached this says so and the caller reads every object.
 */
final class XrefKeys {

    private static final Field XREF = xrefField();

    private XrefKeys() {
    }

    /** Every key in the table, or null when this veraPDF version keeps the table elsewhere. */
    static List<COSKey> of(COSDocument document) {
        if (XREF == null) {
            return null;
        }
        try {
            COSXRefTable table = (COSXRefTable) XREF.get(document);
            return table == null ? null : table.getAllKeys();
        } catch (IllegalAccessException | ClassCastException e) {
            return null;
        }
    }

    static boolean available() {
        return XREF != null;
    }

    private static Field xrefField() {
        try {
            Field field = COSDocument.class.getDeclaredField("xref");
            field.setAccessible(true);
            return field.getType() == COSXRefTable.class ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
