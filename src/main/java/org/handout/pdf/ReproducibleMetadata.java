package org.handout.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Replaces what OpenHTMLtoPDF takes from the clock (creation date in the info dictionary and XMP)
 * and what PDFBox makes up (the document ID) with values derived from the input, so the same
 * leaflet gives the same bytes. The info dictionary and XMP stay in step, as PDF/A requires.
 *
 * <p>The XMP packet is written from the info dictionary as text: parsing and serialising
 * OpenHTMLtoPDF's packet with XMPBox took a tenth of the time to make a PDF. It also describes only
 * the one schema PDF/A-2 does not know (PDF/UA's identification), where OpenHTMLtoPDF describes
 * three, and so is about 3 KB smaller.
 */
final class ReproducibleMetadata {
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ReproducibleMetadata() {
    }

    /**
     * Also writes the catalog entries PDF/A and PDF/UA ask for (see {@link OwnMetadata}): the XMP, the
     * mark info, the document's language ({@code lang}, US English when empty, as OpenHTMLtoPDF has it)
     * and that viewers show the title rather than the file name.
     */
    static void apply(PDDocument doc, Instant timestamp, String identity, String content, String lang)
            throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.setTimeInMillis(timestamp.toEpochMilli());

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata fresh = new PDMetadata(doc);
        fresh.importXMPMetadata(xmp(info, XMP_DATE.format(timestamp.atOffset(ZoneOffset.UTC)))
                .getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(fresh);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage(lang == null || lang.isEmpty() ? "EN-US" : lang);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);

        // The first ID names the leaflet for good; the second changes with its content.
        COSArray id = new COSArray();
        id.add(new COSString(md5(identity)));
        id.add(new COSString(md5(content)));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    /** PDF/A-2a and PDF/UA-1 identification, and each entry of the info dictionary as its XMP twin. */
    private static String xmp(PDDocumentInformation info, String date) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        alternative(x, "dc:title", info.getTitle());
        alternative(x, "dc:description", info.getSubject());
        if (info.getAuthor() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escaped(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        simple(x, "pdf:Producer", info.getProducer());
        simple(x, "pdf:Keywords", info.getKeywords());
        simple(x, "xmp:CreatorTool", info.getCreator());
        simple(x, "xmp:CreateDate", date);
        simple(x, "xmp:ModifyDate", date);
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                .append("</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static void simple(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(escaped(value)).append("</").append(name).append(">\n");
        }
    }

    private static void alternative(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(value))
                    .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
