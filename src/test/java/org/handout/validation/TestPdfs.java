package org.handout.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** Small PDFs made with PDFBox, the kind a careless "print to PDF" makes: untagged, fonts not embedded. */
final class TestPdfs {

    static final int LINES = 3;

    /** PDFBox (used here only to make test files) warns that it substitutes a font for Helvetica. */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    private TestPdfs() {
    }

    /** One A4 page, {@link #LINES} lines of Helvetica (not embedded), no tags, no metadata. */
    static byte[] untagged() {
        return build(null, null);
    }

    /** Like {@link #untagged()}, but its XMP metadata claims PDF/A-{part}{conformance}. */
    static byte[] claimingPdfa(int part, String conformance) {
        return build(new int[] {part}, conformance);
    }

    /** Like {@link #untagged()}, but it needs the password {@code secret} to open. */
    static byte[] encrypted() {
        return encrypted("secret");
    }

    /** Like {@link #untagged()}, encrypted with AES-128; an empty user password opens it without asking. */
    static byte[] encrypted(String userPassword) {
        try (PDDocument doc = document(null, null)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build(int[] part, String conformance) {
        try (PDDocument doc = document(part, conformance)) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument document(int[] part, String conformance) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            for (int i = 1; i <= LINES; i++) {
                content.showText("Careers leaflet line " + i);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
        if (part != null) {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(part[0]);
            try {
                if (!conformance.isEmpty()) {
                    id.setConformance(conformance);
                }
            } catch (org.apache.xmpbox.type.BadFieldValueException e) {
                throw new IllegalArgumentException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new XmpSerializer().serialize(xmp, out, true);
            } catch (javax.xml.transform.TransformerException e) {
                throw new IOException(e);
            }
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(out.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
