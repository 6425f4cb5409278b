package org.handout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Knows which characters the embedded fonts can draw. In PDF/UA mode a character no font has would
 * be dropped or drawn as a blank box, so it is found before layout and reported with its place.
 * Templates name the families as one fallback list, and OpenHTMLtoPDF draws each character in the
 * first family that has it; so a character counts as drawable when some family has it in every one
 * of its faces, since any text may be bold or italic.
 * Invisible format characters (soft hyphen, zero-width space) need no glyph: layout drops them.
 */
public final class GlyphCoverage {
    /** Each family's faces. */
    private final List<List<CmapLookup>> families = new ArrayList<>();

    public GlyphCoverage(EmbeddedFonts fonts) {
        for (List<byte[]> family : fonts.families().values()) {
            List<CmapLookup> faces = new ArrayList<>();
            for (byte[] file : family) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
                    faces.add(ttf.getUnicodeCmapLookup());
                } catch (IOException e) {
                    throw new UncheckedIOException("an embedded font cannot be read", e);
                }
            }
            families.add(faces);
        }
    }

    /** Whether some family can draw this code point in every face. White space and control characters always pass. */
    public boolean canDraw(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || codePoint == 0xA0
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (List<CmapLookup> faces : families) {
            if (faces.stream().allMatch(face -> face.getGlyphId(codePoint) != 0)) {
                return true;
            }
        }
        return false;
    }
}
