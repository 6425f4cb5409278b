package org.handout.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * the tag tree and the other trees, the drawing instructions, then, in a file that claims PDF/A, any
 * attached PDFs the same way, as veraPDF checks those as PDF/A files too.
 */
final class Preflight {

    /** Attached PDFs inside attached PDFs are measured this deep, and no deeper. */
    static final int MAX_ATTACHMENT_DEPTH = 2;
    /** veraPDF checks each attached PDF in full, so at most this many are taken on. */
    static final int MAX_ATTACHED_PDFS = 20;

    private final ValidationLimits limits;
    private int attachedPdfs;

    private Preflight(ValidationLimits limits) {
        this.limits = limits;
    }

    static void check(Path pdf, String file, ValidationLimits limits) throws DiagnosticException, IOException {
        new Preflight(limits).measure(pdf, file, 0);
    }

    private void measure(Path pdf, String file, int depth) throws DiagnosticException, IOException {
        StaticResources.clear();
        COSDocument document = open(pdf, file);
        try {
            List<COSObject> attached = StreamSizes.check(document, file, limits);
            COSObject catalog = document.getTrailer().getRoot();
            if (catalog == null || catalog.getType() != COSObjType.COS_DICT) {
                throw Refusal.damaged(file, "it has no document catalog, the object everything else hangs from");
            }
            List<PageTree.Page> pages = PageTree.pages(catalog.getKey(ASAtom.PAGES), file, limits.maxPages());
            TagTree.check(catalog.getKey(ASAtom.STRUCT_TREE_ROOT), file, limits.maxTreeEntries());
            KidsTrees.check(catalog, file, limits.maxTreeEntries());
            Drawing.check(pages, file, limits.maxDrawnBytes());
            if (claimsPdfa(catalog)) {
                for (COSObject stream : attached) {
                    measureAttached(stream, file, depth);
                }
            }
        } finally {
            close(document);
            StaticResources.clear();
        }
    }

    /**
     * A COSDocument without a PDDocument: veraPDF's PDDocument would walk the page tree on opening. All
     * this reads whole is the cross-reference table; when that alone does not fit in memory, it claims
     * far more objects than any file of at most {@code maxFileBytes} holds.
     */
    private static COSDocument open(Path pdf, String file) throws IOException, DiagnosticException {
        try {
            return new COSDocument(pdf.toAbsolutePath().toString(), null);
        } catch (OutOfMemoryError e) {
            throw Refusal.damaged(file, "its table of contents (the xref table) claims far more objects than a file"
                    + " of its size can hold");
        }
    }

    /** veraPDF checks attached files only against PDF/A, so only for a file that claims to be one. */
    private boolean claimsPdfa(COSObject catalog) throws IOException {
        COSObject metadata = catalog.getKey(ASAtom.METADATA);
        if (metadata == null || metadata.getType() != COSObjType.COS_STREAM) {
            return false;
        }
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        Unpacked.copy(metadata, limits.maxStreamBytes(), xmp);
        return xmp.toString(StandardCharsets.ISO_8859_1).contains("pdfaid:part");
    }

    private void measureAttached(COSObject stream, String file, int depth) throws DiagnosticException, IOException {
        String attachment = "the PDF attached to it (" + CosId.of(stream).describe() + ")";
        if (depth >= MAX_ATTACHMENT_DEPTH) {
            throw Refusal.attachedTooDeep(file, MAX_ATTACHMENT_DEPTH);
        }
        if (++attachedPdfs > MAX_ATTACHED_PDFS) {
            throw Refusal.tooManyAttachedPdfs(file, MAX_ATTACHED_PDFS);
        }
        Path copy = Files.createTempFile("handout-attached", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                Unpacked.copy(stream, limits.maxStreamBytes(), out);
            }
            measure(copy, file, depth + 1);
        } catch (DiagnosticException e) {
            throw Refusal.attached(file, attachment, e.diagnostics().get(0).message());
        } catch (IOException | RuntimeException e) {
            // veraPDF too gives up on an attached file it cannot read, and says it is no PDF/A file
        } finally {
            Files.deleteIfExists(copy);
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
