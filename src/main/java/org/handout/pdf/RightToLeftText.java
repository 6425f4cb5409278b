package org.handout.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * How OpenHTMLtoPDF draws right-to-left text: each run reversed into drawing order (brackets
 * mirrored) and Arabic letters replaced by their joined forms (Unicode presentation forms), since it
 * has no OpenType shaping. This is OpenHTMLtoPDF's own {@code ICUBidiReorderer} with two changes
 * for vowel marks (harakat, shadda): a mark stays after its letter when a run is reversed, and stays
 * a combining mark, so that the font draws it over its letter instead of as a letter of its own
 * beside it. {@link #logical} undoes it all, for the text a reader's software gets back. One
 * instance serves one render (it remembers the runs it drew).
 */
final class RightToLeftText implements BidiReorderer {
    private static final int REVERSE = Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING;
    private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
    private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

    /** Every right-to-left run drawn in this render, as drawn: a run of brackets alone has no letter that tells. */
    private final java.util.Set<String> drawnRuns = new java.util.HashSet<>();

    @Override
    public String reorderRTLTextToLTR(String text) {
        String drawn = Bidi.writeReverse(text, REVERSE);
        drawnRuns.add(drawn);
        return drawn;
    }

    /** Whether this render drew these characters as a right-to-left run. */
    boolean drewRun(String drawn) {
        return drawnRuns.contains(drawn);
    }

    @Override
    public String shapeText(String text) {
        try {
            return combiningMarks(shaper.shape(text));
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public String deshapeText(String text) {
        try {
            return deshaper.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The text as written, from a right-to-left run as drawn (reversed, joined forms). */
    String logical(String drawn) {
        return deshapeText(Bidi.writeReverse(drawn, REVERSE));
    }

    /** Whether text has a letter written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko …). */
    static boolean hasRightToLeft(CharSequence text) {
        return text.codePoints().anyMatch(RightToLeftText::isRightToLeft);
    }

    static boolean hasLeftToRight(CharSequence text) {
        return text.codePoints().anyMatch(c -> UCharacter.getDirection(c) == UCharacterDirection.LEFT_TO_RIGHT);
    }

    private static boolean isRightToLeft(int c) {
        int d = UCharacter.getDirection(c);
        return d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * ICU shapes vowel marks into presentation forms of their own (U+FE70–U+FE7F), which fonts draw as
     * spacing glyphs (a mark on a stretch of tatweel); they are put back as the combining marks they are.
     */
    private static String combiningMarks(String shaped) {
        StringBuilder out = null;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= '\uFE70' && c <= '\uFE7F' && c != '\uFE73' && c != '\uFE75') {
                if (out == null) {
                    out = new StringBuilder(shaped.length()).append(shaped, 0, i);
                }
                out.append(MARKS.charAt(c - '\uFE70'));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? shaped : out.toString();
    }

    /** U+FE70 to U+FE7F: fathatan ×2, dammatan, –, kasratan, –, fatha ×2, damma ×2, kasra ×2, shadda ×2, sukun ×2. */
    private static final String MARKS = "\u064B\u064B\u064C\uFE73\u064D\uFE75\u064E\u064E\u064F\u064F\u0650\u0650"
            + "\u0651\u0651\u0652\u0652";
}
