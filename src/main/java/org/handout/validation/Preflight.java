package org.handout.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.ASAtom;
import org.verapdf.cos.COSDocument;
import org.verapdf.cos.COSObjType;
import org.verapdf.cos.COSObject;
import org.verapdf.tools.StaticResources;

/**
 * Measures a PDF against {@link ValidationLimits} before veraPDF builds its model of it, which it does
 * all at once and without limits. It reads the file with veraPDF's own object reader (so both see the
 * same objects) but not its page layer, which would build the page tree eagerly: a cross-reference
 * table, then objects one by one, read from the file where they lie, never the whole file. In order:
 * object streams and every other compressed part (before anything is read out of them), the page tree,
 * the tag tree, then the drawing instructions.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Path pdf, String file, ValidationLimits limits) throws DiagnosticException, IOException {
        StaticResources.clear();
        // A COSDocument without a PDDocument: veraPDF's PDDocument would walk the page tree on opening.
        COSDocument document = new COSDocument(pdf.toAbsolutePath().toString(), null);
        try {
            StreamSizes.check(document, file, limits);
            COSObject catalog = document.getTrailer().getRoot();
            if (catalog == null || catalog.getType() != COSObjType.COS_DICT) {
                throw Refusal.damaged(file, "it has no document catalog, the object everything else hangs from");
            }
            List<PageTree.Page> pages = PageTree.pages(catalog.getKey(ASAtom.PAGES), file, limits.maxPages());
            TagTree.check(catalog.getKey(ASAtom.STRUCT_TREE_ROOT), file, limits.maxTags());
            Drawing.check(pages, file, limits.maxDrawnBytes());
        } finally {
            close(document);
            StaticResources.clear();
        }
    }

    /** What veraPDF's PDDocument.close() does for its COSDocument. */
    private static void close(COSDocument document) throws IOException {
        try {
            if (document.getPDFSource() != null) {
                document.getPDFSource().close();
            }
        } finally {
            document.getResourceHandler().close();
        }
    }
}
