package org.handout.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.verapdf.pd.PDDocument;
import org.verapdf.pd.PDMetadata;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.xmp.XMPException;
import org.verapdf.xmp.impl.VeraPDFMeta;

/**
 * The PDF/A level a file claims in its XMP metadata, read the way veraPDF's parser reads it when asked to
 * detect the flavour, but after {@link Preflight} has bounded the metadata's size: veraPDF reads it while
 * opening the file, before anything could be checked.
 *
 * @param flavour       the claimed PDF/A flavour, or null when the file claims none that exists
 * @param namesPdfaPart whether the metadata has a PDF/A identification at all, to tell "claims nothing"
 *                      from "claims something that is not a PDF/A level"
 */
record PdfaClaim(PDFAFlavour flavour, boolean namesPdfaPart) {

    static PdfaClaim of(PDDocument document) {
        PDMetadata metadata = document.getCatalog() == null ? null : document.getCatalog().getMetadata();
        if (metadata == null) {
            return new PdfaClaim(null, false);
        }
        byte[] xmp;
        try (InputStream in = metadata.getStream()) {
            if (in == null) {
                return new PdfaClaim(null, false);
            }
            xmp = in.readAllBytes();
        } catch (IOException e) {
            return new PdfaClaim(null, false);
        }
        boolean named = new String(xmp, StandardCharsets.ISO_8859_1).contains("pdfaid:part");
        try {
            VeraPDFMeta meta = VeraPDFMeta.parse(new ByteArrayInputStream(xmp));
            Integer part = meta.getPDFAIdentificationPart();
            String conformance = meta.getPDFAIdentificationConformance();
            PDFAFlavour flavour = PDFAFlavour.byFlavourId(part + (conformance == null ? "" : conformance));
            boolean isPdfa = flavour != null && flavour != PDFAFlavour.NO_FLAVOUR
                    && flavour.getPart().getFamily() == PDFAFlavour.SpecificationFamily.PDF_A;
            return new PdfaClaim(isPdfa ? flavour : null, named);
        } catch (XMPException | RuntimeException e) {
            return new PdfaClaim(null, named);
        }
    }
}
