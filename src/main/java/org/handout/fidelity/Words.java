package org.handout.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the check compares it: compatibility-normalised (a drawn "ﬁ" ligature is "fi"), case-folded
 * (a template may set headings in capitals, and "ß" in capitals is "SS"), without spaces (a PDF has no space where a line
 * wraps) and without invisible format characters (joiners), which are never drawn. A soft hyphen is
 * drawn only where a line breaks at it, as "-", so an expected word is split there into pieces that
 * may stand either side of that hyphen. Arabic is drawn in joined forms, and a lam-alef ligature
 * carries a vowel mark written between the two letters after them both: in the compared text such a
 * mark stands after the pair.
 */
final class Words {
    private static final int SOFT_HYPHEN = '\u00AD';
    /** Lam, Arabic vowel marks, then an alef: the letters of a lam-alef ligature, with marks between them. */
    private static final java.util.regex.Pattern LAM_MARKS_ALEF =
            java.util.regex.Pattern.compile("(\u0644)([\u064B-\u0652]+)([\u0622\u0623\u0625\u0627])");

    private Words() {
    }

    /**
     * The words of some text, each normalised, with every punctuation mark a word of its own: a printed
     * address may stand between a word and its comma ("Careers (www.example.org),").
     */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // upper case, then lower: a template's capitals may be longer ("STRASSE" for "Straße")
        String normal = LAM_MARKS_ALEF.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("$1$3$2")
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (c == SOFT_HYPHEN && !word.isEmpty()) {
                // where a line breaks at it, a hyphen is drawn: the word is looked for in its two pieces
                words.add(word.toString());
                word.setLength(0);
                continue;
            }
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK;
            if (!letter && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (letter) {
                word.appendCodePoint(c);
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                words.add(Character.toString(c));
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Drawn text run together, as {@link #of} normalises each word. */
    static String normalise(CharSequence drawn) {
        return String.join("", of(drawn.toString()));
    }

    /** Whether {@code words} appear in {@code text} (normalised) in this order, each after the last. */
    static boolean appearIn(List<String> words, String text) {
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            from = at + w.length();
        }
        return true;
    }

    /** The first few words of some text, for a message. */
    static String start(String text) {
        String plain = text.replaceAll("\\s+", " ").strip();
        return plain.length() <= 40 ? plain : plain.substring(0, plain.lastIndexOf(' ', 40) > 10
                ? plain.lastIndexOf(' ', 40) : 40) + "…";
    }
}
