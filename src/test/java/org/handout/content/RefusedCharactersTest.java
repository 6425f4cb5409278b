package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters that cannot be printed, or that make text print in another order than it reads, are
 * the leaflet's errors at their own line and column, however they were written: as they are, as a
 * YAML escape, or as a Markdown character reference.
 */
class RefusedCharactersTest {
    private static final String CONTROL = " — remove it (it cannot be printed)";
    private static final String LINE_BREAK = " — remove it (it cannot be printed); to start a new line, use an ordinary"
            + " new line";
    private static final String BIDI = " — remove it: it makes the text print in a different order from how it reads"
            + " here; for right-to-left text give its language instead, lang: ar for the whole leaflet or"
            + " <span lang=\"ar\">…</span> for a phrase";

    @TempDir
    Path project;
    LeafletFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LeafletFixture(project);
    }

    @Test
    void aYamlEscapeIsReportedAtItsBackslashNamingTheKey() throws Exception {
        fixture.assertErrors("---\ntitle: \"Nur\\u0007se\"\nreviewed: 2026-11-01\n---\n",
                "content/x.md:2:12: error: the title has a control character U+0007 at column 12" + CONTROL);
        fixture.assertErrors("---\ntitle: \"A\\eB\"\nsubtitle: \"x\\0y\"\nsummary: \"one\\Ntwo\\Lthree\"\n"
                        + "reviewed: 2026-11-01\n---\n",
                "content/x.md:2:10: error: the title has a control character U+001B at column 10" + CONTROL,
                "content/x.md:3:13: error: the subtitle has a control character U+0000 at column 13" + CONTROL,
                "content/x.md:4:14: error: the summary has an invisible line break U+0085 (NEXT LINE) at column 14"
                        + LINE_BREAK,
                "content/x.md:4:19: error: the summary has an invisible line break U+2028 (LINE SEPARATOR) at"
                        + " column 19" + LINE_BREAK);
    }

    @Test
    void aCharacterWrittenAsItIsIsNamedByTheValueItStandsInAndLinesStayCounted() throws Exception {
        // U+0085 is a new line to YAML 1.1: were it read as one, the comment below would be on line 8.
        fixture.assertErrors("---\ntitle: Nur\u0007se\nreviewed: 2026-11-01\nkeywords: [care, ca\u001Bre]\ncontact:\n"
                        + "  phone: 0345\u0085 60\n# a note\u007F\n---\n",
                "content/x.md:2:11: error: the title has a control character U+0007 at column 11" + CONTROL,
                "content/x.md:4:20: error: item 2 of the keywords has a control character U+001B at column 20" + CONTROL,
                "content/x.md:6:14: error: the contact's phone has an invisible line break U+0085 (NEXT LINE) at"
                        + " column 14" + LINE_BREAK,
                "content/x.md:7:9: error: the front matter has a control character U+007F at column 9" + CONTROL);
    }

    @Test
    void halvesOfACharacterAndNoncharactersAreRefusedAndAWholePairIsNot() throws Exception {
        fixture.assertErrors("---\ntitle: \"Nur\\ud800se\"\nsubtitle: \"\\ud83c\\udfe5 \\uFFFE\"\nreviewed: 2026-11-01\n---\n",
                "content/x.md:2:12: error: the title has half of a character, U+D800 (an unpaired surrogate) at"
                        + " column 12 — remove it, or write the whole character instead of its two halves",
                "content/x.md:3:25: error: the subtitle has a noncharacter U+FFFE (a code Unicode keeps for programs,"
                        + " never for text) at column 25 — remove it (it cannot be printed)");
        Leaflet pair = fixture.read("---\ntitle: \"Ward \\ud83c\\udfe5\"\nreviewed: 2026-11-01\n---\n");
        assertEquals("Ward \uD83C\uDFE5", pair.metadata().title());
    }

    @Test
    void inTheBodyACharacterIsFoundAsWrittenOrAsACharacterReference() throws Exception {
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n---\nCall\u001B[31m now.\n\nRing &#7; or &#x202E;.\n",
                "content/x.md:5:5: error: the text has a control character U+001B at column 5" + CONTROL,
                "content/x.md:7:6: error: the text has a control character U+0007 at column 6" + CONTROL,
                "content/x.md:7:14: error: the text has an invisible right-to-left override U+202E at column 14" + BIDI);
    }

    @Test
    void bidiOverridesAndIsolatesAreRefusedInTheTitleAndTheBody() throws Exception {
        fixture.assertErrors("---\ntitle: \"abc\u202Edef\"\nreviewed: 2026-11-01\n---\nx\u2067y\u2069 z\n",
                "content/x.md:2:12: error: the title has an invisible right-to-left override U+202E at column 12" + BIDI,
                "content/x.md:5:2: error: the text has an invisible right-to-left isolate U+2067 at column 2" + BIDI,
                "content/x.md:5:4: error: the text has an invisible pop directional isolate U+2069 at column 4" + BIDI);
    }

    @Test
    void rightToLeftTextIsStillWrittenWithLangAndTheBidiMarks() throws Exception {
        Leaflet l = fixture.read("---\ntitle: \"\u0645\u0631\u062D\u0628\u0627\u200F\"\nlang: ur\nreviewed: 2026-11-01\n---\n"
                + "Say <span lang=\"ar\">\u0645\u0631\u062D\u0628\u0627\u061C!</span> and <span lang=\"he\">\u05E9\u05DC\u05D5\u05DD\u200E</span>.\n");
        assertEquals("ur", l.metadata().lang());
        Block.Paragraph p = (Block.Paragraph) l.body().get(0);
        assertEquals("ar", ((Inline.ForeignPhrase) p.content().get(1)).lang());
        assertEquals("he", ((Inline.ForeignPhrase) p.content().get(3)).lang());
    }

    @Test
    void aPastedBlobOfControlCodesIsTenErrorsAndACount() throws Exception {
        String[] messages = new String[11];
        for (int i = 0; i < 10; i++) {
            messages[i] = "content/x.md:5:" + (i + 1) + ": error: the text has a control character U+0007 at column "
                    + (i + 1) + CONTROL;
        }
        messages[10] = "content/x.md:5:11: error: 5 more characters that cannot be printed from here on, not listed one"
                + " by one — remove them too (an editor's \"show invisibles\" finds them)";
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n---\n" + "\u0007".repeat(15) + "\n", messages);
    }

    @Test
    void aValueQuotedInAMessageCannotReachTheTerminalAsAControlCharacter() throws Exception {
        fixture.assertErrors("---\ntitle: T\nreviewed: \"2026\\e[31m\"\n---\n",
                "content/x.md:3:11: error: \"reviewed\" is \"2026[U+001B][31m\", not a date written YYYY-MM-DD — e.g."
                        + " reviewed: 2026-11-01",
                "content/x.md:3:16: error: the reviewed date has a control character U+001B at column 16" + CONTROL);
    }
}
