package org.handout.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.lang.reflect.Field;

/**
 * Stops OpenHTMLtoPDF writing the PDF/A and PDF/UA entries of the catalog (XMP, mark info, language,
 * display of the title), which {@link ReproducibleMetadata} writes in their place: its XMP, built and
 * serialised with XMPBox, was a seventh of the time to make a PDF, and was thrown away. OpenHTMLtoPDF
 * has no setting for it; it decides from two fields, read only then, after they have set up tagging
 * and font embedding. When the fields are not there (another version), OpenHTMLtoPDF writes its
 * entries as before and they are replaced, so only the time is lost.
 */
final class OwnMetadata {
    private OwnMetadata() {
    }

    /** Whether OpenHTMLtoPDF will now leave the catalog's PDF/A and PDF/UA entries alone. */
    static boolean takeOver(PdfBoxRenderer renderer) {
        try {
            Field pdfA = PdfBoxRenderer.class.getDeclaredField("_pdfAConformance");
            Field pdfUa = PdfBoxRenderer.class.getDeclaredField("_pdfUaConformance");
            pdfA.setAccessible(true);
            pdfUa.setAccessible(true);
            pdfA.set(renderer, PdfAConformance.NONE);
            pdfUa.setBoolean(renderer, false);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
