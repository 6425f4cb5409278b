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
 * A character counts as drawable only when every face has it, since any text may be bold or italic.
 * Invisible format characters (soft hyphen, zero-width space) need no glyph: layout drops them.
 */
public final class GlyphCoverage {
    private final List<CmapLookup> faces = new ArrayList<>();

    public GlyphCoverage(EmbeddedFonts fonts) {
        for (byte[] file : fonts.files().values()) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
                faces.add(ttf.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("an embedded font cannot be read", e);
            }
        }
    }

    /** Whether every face can draw this code point. White space and control characters always pass. */
    public boolean canDraw(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || codePoint == 0xA0
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (CmapLookup face : faces) {
            if (face.getGlyphId(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }
}
