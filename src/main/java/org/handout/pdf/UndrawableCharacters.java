package org.handout.pdf;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Block;
import org.handout.model.Contact;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.handout.model.Walk;

/**
 * Finds the text in a leaflet that handout cannot print correctly, so the author hears of it before
 * a reader meets blank boxes or broken letters: characters no embedded font has, and text in a
 * script that needs OpenType shaping (Bengali, Devanagari, Tamil …), which OpenHTMLtoPDF cannot do.
 * One message per script, at its first place, naming the characters: a Hebrew paragraph is one
 * error, not one per letter. A leaflet whose language is written in such a script is refused with
 * one error at its {@code lang}.
 */
public final class UndrawableCharacters {
    /**
     * Scripts whose letters change shape, join, reorder or stack by OpenType rules (conjuncts, vowel
     * signs drawn before their consonant, reph): drawn glyph by glyph they print wrong even with a font.
     */
    static final Set<Character.UnicodeScript> NEED_SHAPING = EnumSet.of(Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.LAO, Character.UnicodeScript.THAI, Character.UnicodeScript.JAVANESE,
            Character.UnicodeScript.BALINESE, Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.NKO);
    /** How many of a script's characters a message names. */
    private static final int NAMED = 3;

    private final GlyphCoverage coverage;

    public UndrawableCharacters(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    public List<Diagnostic> find(Leaflet leaflet) {
        Finder f = new Finder(leaflet.sourceFile());
        Metadata m = leaflet.metadata();
        Character.UnicodeScript written = scriptOf(m.lang());
        if (written != null && NEED_SHAPING.contains(written)) {
            // the whole leaflet is in it: one error, not one for each of its characters or punctuation marks
            Position at = m.at("lang");
            return List.of(Diagnostic.error(leaflet.sourceFile(), at.line(), at.column(), needsShaping(written)));
        }
        f.field(m, "title", m.title());
        f.field(m, "subtitle", m.subtitle());
        f.field(m, "summary", m.summary());
        f.field(m, "author", m.author()); // from handout.yaml's publisher when the leaflet names none: no place
        for (int i = 0; i < m.keywords().size(); i++) {
            f.field(m, "keywords." + i, m.keywords().get(i));
        }
        Contact c = m.contact();
        if (c != null) {
            f.field(m, "contact.heading", c.heading());
            f.field(m, "contact.email", c.email());
            f.field(m, "contact.phone", c.phone());
            f.blocks(c.text());
        }
        f.blocks(leaflet.body());
        return f.messages();
    }

    /** The script a language is written in (ICU's likely subtags: bn is Bengali, pa Gurmukhi), or null. */
    static Character.UnicodeScript scriptOf(String languageTag) {
        String code = ULocale.addLikelySubtags(ULocale.forLanguageTag(languageTag)).getScript();
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Character.UnicodeScript.forName(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The characters of one script that cannot be printed, and where the first one is. */
    private static final class Group {
        final Position at;
        final Set<Integer> characters = new LinkedHashSet<>();

        Group(Position at) {
            this.at = at;
        }
    }

    private final class Finder {
        final String file;
        final List<Diagnostic> found = new ArrayList<>();
        /** By script, in order of first place. */
        final Map<Character.UnicodeScript, Group> groups = new LinkedHashMap<>();

        Finder(String file) {
            this.file = file;
        }

        void blocks(List<Block> blocks) {
            Walk.blocks(blocks, b -> {
                if (b instanceof Block.CodeBlock code) {
                    text(code.text(), new Position(code.at().line() + 1, 1));
                }
            });
            Walk.inlines(blocks, i -> {
                if (i instanceof Inline.Text t) {
                    text(t.text(), t.at());
                } else if (i instanceof Inline.Code c) {
                    text(c.text(), c.at());
                } else if (i instanceof Inline.Image im) {
                    text(im.alt(), im.at());
                }
            });
        }

        /** A front-matter value: each character at its own column when the value is on one line as written. */
        void field(Metadata m, String key, String text) {
            if (text == null) {
                return;
            }
            int offset = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), offset++) {
                int cp = text.codePointAt(i);
                if (unprintable(cp)) {
                    add(cp, m.at(key, offset));
                }
            }
        }

        void text(String text, Position at) {
            if (text == null) {
                return;
            }
            int line = at.line();
            int column = at.column();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp == '\n') {
                    line = line == 0 ? 0 : line + 1;
                    column = at.column() == 0 ? 0 : 1;
                } else {
                    if (unprintable(cp)) {
                        add(cp, new Position(line, column));
                    }
                    column = column == 0 ? 0 : column + 1;
                }
                i += Character.charCount(cp);
            }
        }

        private boolean unprintable(int cp) {
            return !coverage.canDraw(cp) || NEED_SHAPING.contains(Character.UnicodeScript.of(cp));
        }

        private void add(int cp, Position at) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            groups.computeIfAbsent(script, s -> new Group(at)).characters.add(cp);
        }

        List<Diagnostic> messages() {
            groups.forEach((script, g) -> found.add(Diagnostic.error(file, g.at.line(), g.at.column(),
                    NEED_SHAPING.contains(script) ? needsShaping(script) : cannotDraw(script, g.characters))));
            return found;
        }
    }

    private static String needsShaping(Character.UnicodeScript script) {
        return name(script) + " text needs OpenType shaping, which handout cannot do yet — its joined letters and"
                + " vowel signs would print broken; handout prints leaflets in Latin, Greek, Cyrillic and Arabic"
                + " script (docs/languages.md): write this leaflet in one of those, or make its PDF with a tool that"
                + " shapes " + name(script) + " text";
    }

    private static String cannotDraw(Character.UnicodeScript script, Set<Integer> characters) {
        if (characters.size() == 1) {
            return describe(characters.iterator().next()) + " cannot be drawn by the embedded fonts — replace it"
                    + " with a character the fonts have, or with words";
        }
        List<String> named = characters.stream().limit(NAMED).map(c -> describe(c).substring("the character ".length()))
                .toList();
        String of = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.UNKNOWN
                || script == Character.UnicodeScript.INHERITED ? "" : " " + name(script);
        return String.format(Locale.ROOT, "%d different%s characters cannot be drawn by the embedded fonts, the first here: %s%s —"
                + " replace them with characters the fonts have, or with words", characters.size(), of,
                String.join(", ", named), characters.size() > NAMED ? " …" : "");
    }

    /** A script's name as people write it: "Bengali", "Old Italic". */
    static String name(Character.UnicodeScript script) {
        String[] words = script.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return "the character " + new String(Character.toChars(cp)) + " (U+"
                + String.format(Locale.ROOT, "%04X", cp) + (name == null ? "" : " " + name) + ")";
    }
}
