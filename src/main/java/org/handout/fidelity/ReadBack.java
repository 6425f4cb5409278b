package org.handout.fidelity;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A laid-out PDF parsed once for everything that reads it back, the layout self-check, the fidelity
 * check and then the index's thumbnail, so each after the first finds its objects and fonts already
 * read. Not thread-safe: they use it in turn. Null document: the PDF could not be read back.
 */
public final class ReadBack implements AutoCloseable {
    private final PDDocument doc;

    private ReadBack(PDDocument doc) {
        this.doc = doc;
    }

    public static ReadBack of(byte[] pdf) {
        try {
            return new ReadBack(Loader.loadPDF(pdf));
        } catch (IOException | RuntimeException e) {
            return new ReadBack(null);
        }
    }

    /** The parsed PDF, or null when it cannot be read. */
    public PDDocument document() {
        return doc;
    }

    @Override
    public void close() {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException e) {
                // in memory: nothing is left open
            }
        }
    }
}
