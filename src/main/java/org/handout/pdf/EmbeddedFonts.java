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
 * mode OpenHTMLtoPDF has no fallback fonts, so templates may name only these families.
 */
public final class EmbeddedFonts {
    /** Atkinson Hyperlegible Next: made for low-vision readers; covers Welsh. SIL OFL 1.1. */
    public static final String ATKINSON = "Atkinson Hyperlegible Next";
    private static final String DIR = "/fonts/atkinson-hyperlegible-next/AtkinsonHyperlegibleNext-";

    static final List<FontFace> FACES = List.of(
            new FontFace(ATKINSON, DIR + "Regular.ttf", 400, FontStyle.NORMAL),
            new FontFace(ATKINSON, DIR + "Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace(ATKINSON, DIR + "Italic.ttf", 400, FontStyle.ITALIC),
            new FontFace(ATKINSON, DIR + "BoldItalic.ttf", 700, FontStyle.ITALIC));

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
