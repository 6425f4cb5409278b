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
    /** The two fields, looked up once; null when this OpenHTMLtoPDF has not got them. */
    private static final Field PDF_A = field("_pdfAConformance");
    private static final Field PDF_UA = field("_pdfUaConformance");

    private OwnMetadata() {
    }

    /** Whether OpenHTMLtoPDF will now leave the catalog's PDF/A and PDF/UA entries alone. */
    static boolean takeOver(PdfBoxRenderer renderer) {
        if (PDF_A == null || PDF_UA == null) {
            return false;
        }
        try {
            PDF_A.set(renderer, PdfAConformance.NONE);
            PDF_UA.setBoolean(renderer, false);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Field field(String name) {
        try {
            Field field = PdfBoxRenderer.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
