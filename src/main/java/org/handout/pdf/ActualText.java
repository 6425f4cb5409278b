package org.handout.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Gives right-to-left text back its logical order for screen readers, copy and paste and search.
 * OpenHTMLtoPDF draws each right-to-left run reversed and in joined letter forms, in a marked-content
 * sequence of its own; this adds to that sequence's properties an {@code ActualText} with the run as
 * it was written (PDF 32000-1 §14.9.4), worked out from the drawn glyphs' Unicode values. It reads
 * the saved PDF, because a font's ToUnicode map exists only once the font is subset on saving.
 */
final class ActualText {
    private ActualText() {
    }

    /**
     * The PDF with ActualText on every right-to-left run; the same bytes when it has none.
     *
     * @param bidi what drew the PDF's right-to-left runs
     */
    static byte[] add(byte[] pdf, RightToLeftText bidi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                changed |= rewrite(doc, page, bidi);
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + pdf.length / 8);
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** One marked-content sequence: its inline properties (null for BMC or named ones), the text it draws. */
    private record Sequence(COSDictionary properties, StringBuilder drawn) {
    }

    private static boolean rewrite(PDDocument doc, PDPage page, RightToLeftText bidi) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        PDResources resources = page.getResources();
        Deque<Sequence> open = new ArrayDeque<>();
        PDFont font = null;
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            switch (op.getName()) {
                case "BDC" -> open.push(new Sequence(i > 0 && tokens.get(i - 1) instanceof COSDictionary d
                        && d.containsKey(COSName.MCID) ? d : null, new StringBuilder()));
                case "BMC" -> open.push(new Sequence(null, new StringBuilder()));
                case "EMC" -> {
                    if (!open.isEmpty()) {
                        changed |= label(open.pop(), bidi);
                    }
                }
                case "Tf" -> font = i >= 2 && tokens.get(i - 2) instanceof COSName name && resources != null
                        ? resources.getFont(name) : null;
                case "Tj", "'", "\"" -> {
                    if (i > 0 && tokens.get(i - 1) instanceof COSString s) {
                        drawn(open, font, s);
                    }
                }
                case "TJ" -> {
                    if (i > 0 && tokens.get(i - 1) instanceof COSArray parts) {
                        for (COSBase part : parts) {
                            if (part instanceof COSString s) {
                                drawn(open, font, s);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (changed) {
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
        }
        return changed;
    }

    /** Adds a string's characters to the innermost sequence that is tagged content. */
    private static void drawn(Deque<Sequence> open, PDFont font, COSString string) throws IOException {
        Sequence tagged = open.stream().filter(s -> s.properties() != null).findFirst().orElse(null);
        if (tagged == null || font == null) {
            return;
        }
        InputStream in = new ByteArrayInputStream(string.getBytes());
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode != null) {
                tagged.drawn().append(unicode);
            }
        }
    }

    /**
     * Sets a sequence's ActualText when it draws a right-to-left run: right-to-left letters and what
     * stands between them, or a run the render drew right to left (a closing bracket after an English
     * word in Arabic text is drawn mirrored). A sequence holding left-to-right letters is left as drawn.
     */
    private static boolean label(Sequence s, RightToLeftText bidi) {
        String drawn = s.drawn().toString();
        if (s.properties() == null || s.properties().containsKey(COSName.ACTUAL_TEXT) || drawn.isEmpty()
                || RightToLeftText.hasLeftToRight(drawn)
                || !RightToLeftText.hasRightToLeft(drawn) && !bidi.drewRun(drawn)) {
            return false;
        }
        s.properties().setString(COSName.ACTUAL_TEXT, bidi.logical(s.drawn().toString()));
        return true;
    }
}
