package org.handout.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A small PNG of a PDF's first page, for the HTML index of a build. */
public final class Thumbnail {
    private static final float DPI = 24;

    static {
        // PDFBox decodes a JPEG in the PDF through an ImageIO stream, which by default buffers it in a
        // temporary file outside output/; in memory instead (as PdfRenderer does for layout).
        ImageIO.setUseCache(false);
    }

    private Thumbnail() {
    }

    /** From a PDF already parsed, whose fonts and pictures are then read once for all who read it. */
    public static byte[] png(PDDocument doc) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        // Pictures are shrunk by skipping pixels rather than averaging them: at this size no one
        // sees the difference, and averaging was a fifth of the thumbnail's time.
        renderer.setSubsamplingAllowed(true);
        // Annotations are links, which draw nothing: PDFBox would still make each an appearance to draw.
        renderer.setAnnotationsFilter(annotation -> false);
        BufferedImage page = renderer.renderImageWithDPI(0, DPI, ImageType.RGB);
        return PngEncoder.encode(page);
    }
}
