package org.handout.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts every leaflet may use, read once and registered with each render. In PDF/UA and PDF/A
 * mode OpenHTMLtoPDF has no fallback fonts, so templates may name only these families. A template
 * names them as one {@code font-family} list: OpenHTMLtoPDF then draws each character in the first
 * family that has it, so an English leaflet can hold a Ukrainian name and an Arabic one an English
 * address. A family is embedded (subset) only in PDFs that draw a character with it.
 */
public final class EmbeddedFonts {
    /** Atkinson Hyperlegible Next: made for low-vision readers; covers Latin, Welsh included. SIL OFL 1.1. */
    public static final String ATKINSON = "Atkinson Hyperlegible Next";
    /** Noto Sans: Greek, Cyrillic, and the Latin-extended letters Atkinson lacks. SIL OFL 1.1. */
    public static final String NOTO_SANS = "Noto Sans";
    /** Noto Sans Arabic: the Arabic script (Arabic, Urdu, Farsi, Dari, Pashto), with its joined forms. SIL OFL 1.1. */
    public static final String NOTO_SANS_ARABIC = "Noto Sans Arabic";
    /** The families as a CSS font-family list, for messages. */
    public static final String CSS_LIST = "\"" + ATKINSON + "\", \"" + NOTO_SANS + "\", \"" + NOTO_SANS_ARABIC + "\"";
    private static final String DIR = "/fonts/atkinson-hyperlegible-next/AtkinsonHyperlegibleNext-";
    private static final String NOTO = "/fonts/noto/";

    static final List<FontFace> FACES = List.of(
            new FontFace(ATKINSON, DIR + "Regular.ttf", 400, FontStyle.NORMAL),
            new FontFace(ATKINSON, DIR + "Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace(ATKINSON, DIR + "Italic.ttf", 400, FontStyle.ITALIC),
            new FontFace(ATKINSON, DIR + "BoldItalic.ttf", 700, FontStyle.ITALIC),
            new FontFace(NOTO_SANS, NOTO + "NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
            new FontFace(NOTO_SANS, NOTO + "NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace(NOTO_SANS, NOTO + "NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
            new FontFace(NOTO_SANS, NOTO + "NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            // Arabic script has no italic: emphasis is set upright, as Arabic typesetting does
            new FontFace(NOTO_SANS_ARABIC, NOTO + "NotoSansArabic-Regular.ttf", 400, FontStyle.NORMAL),
            new FontFace(NOTO_SANS_ARABIC, NOTO + "NotoSansArabic-Bold.ttf", 700, FontStyle.NORMAL));

    private final Map<FontFace, byte[]> files = new LinkedHashMap<>();
    /** Font metrics, measured once and shared by every render (thread-safe). */
    private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();

    public EmbeddedFonts() {
        for (FontFace face : FACES) {
            files.put(face, read(face.resource()));
        }
    }

    /** The font file of each face, for checks that need the glyphs (e.g. which characters they draw). */
    public Map<String, byte[]> files() {
        Map<String, byte[]> byResource = new LinkedHashMap<>();
        files.forEach((face, bytes) -> byResource.put(face.resource(), bytes));
        return byResource;
    }

    /** The font files of each family, by family name, in the order of {@link #FACES}. */
    Map<String, List<byte[]>> families() {
        Map<String, List<byte[]>> byFamily = new LinkedHashMap<>();
        files.forEach((face, bytes) -> byFamily.computeIfAbsent(face.family(), f -> new java.util.ArrayList<>()).add(bytes));
        return byFamily;
    }

    void registerWith(PdfRendererBuilder builder) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        files.forEach((face, bytes) -> builder.useFont(() -> new ByteArrayInputStream(bytes),
                face.family(), face.weight(), face.style(), true));
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the handout jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
