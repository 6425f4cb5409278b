package org.handout.validation;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF/A level a file claims in its XMP metadata ({@code pdfaid:part} and {@code conformance}),
 * read with PDFBox, so a file that claims nothing is told apart from one that claims PDF/A-1b.
 */
record PdfaClaim(PDFAFlavour flavour) {

    static PdfaClaim of(String name, byte[] pdf) throws DiagnosticException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return new PdfaClaim(null);
            }
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(metadata.toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            if (id == null || id.getPart() == null) {
                return new PdfaClaim(null);
            }
            String conformance = id.getConformance() == null ? "" : id.getConformance().toLowerCase(Locale.ROOT);
            PDFAFlavour flavour = PDFAFlavour.byFlavourId(id.getPart() + conformance);
            return new PdfaClaim(flavour == PDFAFlavour.NO_FLAVOUR ? null : flavour);
        } catch (InvalidPasswordException e) {
            throw new DiagnosticException(Diagnostic.error(name,
                    "is protected by a password, and veraPDF cannot check it — save a copy without one"));
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, "is not a readable PDF (" + e.getMessage() + ")"));
        } catch (XmpParsingException e) {
            // Metadata that cannot be parsed claims nothing we can honour; veraPDF reports it under UA-1.
            return new PdfaClaim(null);
        }
    }
}
