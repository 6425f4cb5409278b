package org.handout.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Replaces what OpenHTMLtoPDF takes from the clock (creation date in the info dictionary and XMP)
 * and what PDFBox makes up (the document ID) with values derived from the input, so the same
 * leaflet gives the same bytes. The info dictionary and XMP stay in step, as PDF/A requires.
 */
final class ReproducibleMetadata {
    private ReproducibleMetadata() {
    }

    static void apply(PDDocument doc, Instant timestamp, String identity, String content) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.setTimeInMillis(timestamp.toEpochMilli());

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                PDMetadata fresh = new PDMetadata(doc);
                fresh.importXMPMetadata(out.toByteArray());
                doc.getDocumentCatalog().setMetadata(fresh);
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("XMP metadata could not be rewritten: " + e.getMessage(), e);
            }
        }

        // The first ID names the leaflet for good; the second changes with its content.
        COSArray id = new COSArray();
        id.add(new COSString(md5(identity)));
        id.add(new COSString(md5(content)));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
