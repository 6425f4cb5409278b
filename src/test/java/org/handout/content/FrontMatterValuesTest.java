package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.handout.model.Leaflet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front-matter values that YAML accepts but a leaflet cannot use: tags, impossible dates, pasted pages. */
class FrontMatterValuesTest {
    private static final String TAG = " — handout reads every value as text and uses no tags; remove %s (and put the"
            + " value in quotes if it should be kept exactly as written)";

    @TempDir
    Path project;
    LeafletFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LeafletFixture(project);
    }

    @Test
    void yamlTagsAreRefusedAtTheirPlaceAndStrMeansText() throws Exception {
        fixture.assertErrors("---\ntitle: !!binary aGVsbG8=\nreviewed: 2026-11-01\nsummary: !care Nurses care.\n"
                        + "author: !!java.lang.Runtime x\n---\n",
                "content/x.md:2:8: error: the title has the YAML tag !!binary" + TAG.formatted("!!binary"),
                "content/x.md:4:10: error: the summary has the YAML tag !care" + TAG.formatted("!care"),
                "content/x.md:5:9: error: the author has the YAML tag !!java.lang.Runtime"
                        + TAG.formatted("!!java.lang.Runtime"));
        Leaflet l = fixture.read("---\ntitle: T\nsubtitle: !!str 2026\nreviewed: 2026-11-01\n---\n");
        assertEquals("2026", l.metadata().subtitle());
    }

    @Test
    void aReviewedDateBefore1900IsRefusedAndAnyFourDigitYearAfterIsNot() throws Exception {
        for (String date : List.of("1066-10-14", "0001-01-01", "1899-12-31")) {
            fixture.assertErrors("---\ntitle: T\nreviewed: " + date + "\n---\n",
                    "content/x.md:3:11: error: \"reviewed\" is " + date + ", before 1900 — give the date the leaflet"
                            + " was last checked");
        }
        assertEquals(LocalDate.of(1900, 1, 1), fixture.read("---\ntitle: T\nreviewed: 1900-01-01\n---\n").metadata().reviewed());
        assertEquals(LocalDate.of(9999, 12, 31), fixture.read("---\ntitle: T\nreviewed: 9999-12-31\n---\n").metadata().reviewed());
        fixture.assertErrors("---\ntitle: T\nreviewed: 10000-01-01\n---\n", "content/x.md:3:11: error: \"reviewed\" is"
                + " \"10000-01-01\", not a date written YYYY-MM-DD — e.g. reviewed: 2026-11-01");
    }

    @Test
    void eachTextValueHasABoundThatSaysHowLongItIs() throws Exception {
        assertEquals(300, fixture.read("---\ntitle: " + "x".repeat(300) + "\nreviewed: 2026-11-01\n---\n")
                .metadata().title().length());
        fixture.assertErrors("---\ntitle: " + "Nurse ".repeat(16_666) + "x\nreviewed: 2026-11-01\nsummary: "
                        + "Care. ".repeat(1_000) + "\nkeywords: [care, " + "k".repeat(101) + "]\ncontact:\n  phone: "
                        + "0".repeat(101) + "\n---\n",
                "content/x.md:2:8: error: \"title\" is 99,997 characters long; a title may be at most 300 — shorten it",
                "content/x.md:4:10: error: \"summary\" is 5,999 characters long; a summary may be at most 5,000 —"
                        + " shorten it, and put the rest in the text of the leaflet",
                "content/x.md:5:18: error: item 2 of \"keywords\" is 101 characters long; a keyword may be at most 100 —"
                        + " shorten it",
                "content/x.md:7:10: error: \"phone\" is 101 characters long; a phone number may be at most 100 —"
                        + " shorten it");
    }

    @Test
    void atMostFiftyKeywords() throws Exception {
        String fifty = String.join(", ", IntStream.range(0, 50).mapToObj(i -> "k" + i).toList());
        assertEquals(50, fixture.read("---\ntitle: T\nreviewed: 2026-11-01\nkeywords: [" + fifty + "]\n---\n")
                .metadata().keywords().size());
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nkeywords: [" + fifty + ", k50]\n---\n",
                "content/x.md:4:11: error: \"keywords\" has 51 keywords; a leaflet may have at most 50 — keep the ones"
                        + " people would search for");
    }

    @Test
    void anAddressMayBeAsLongAsAQrCodeCanCarry() throws Exception {
        String longest = "https://example.org/" + "a".repeat(2_331 - 20);
        Leaflet l = fixture.read("---\ntitle: T\nreviewed: 2026-11-01\nsource: " + longest + "\n---\n");
        assertEquals(longest, l.metadata().source().toString());
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nsource: " + longest + "a\ncontact:\n  website: "
                        + longest + "a\n---\n[More](" + longest + "a)\n",
                "content/x.md:4:9: error: \"source\" is 2,332 characters long; an address may be at most 2,331 — that"
                        + " is the most its QR code can carry; give a shorter address for the page",
                "content/x.md:6:12: error: \"website\" is 2,332 characters long; an address may be at most 2,331 —"
                        + " give a shorter address, e.g. the site's home page",
                "content/x.md:8:1: error: this link's address is 2,332 characters long; an address may be at most"
                        + " 2,331 — give a shorter address, e.g. the site's home page");
        // A QR code carries bytes: é is sent as %C3%A9, six characters.
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nsource: https://example.org/" + "\u00e9".repeat(1_000)
                        + "\n---\n",
                "content/x.md:4:9: error: \"source\" is 6,020 characters long once its letters outside A–Z are written"
                        + " as %-codes, as its QR code carries them; an address may be at most 2,331 — give a shorter"
                        + " address for the page");
    }

    @Test
    void aliasBombsAndDeepNestsAreRefusedWithTheWayOut() throws Exception {
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nkeywords: &a [x, x, x]\nsubtitle: &b [*a, *a, *a, *a,"
                        + " *a, *a, *a, *a, *a]\nauthor: [*b, *b, *b]\n---\n",
                "content/x.md:2: error: the front matter uses an alias (*name) for a list or map more than 10 times —"
                        + " write the values out where they are used");
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\ncontact: " + "[".repeat(30) + "]".repeat(30) + "\n---\n",
                "content/x.md:2: error: the front matter nests lists and maps more than 20 deep — its values are"
                        + " text, lists of text, or keys indented under a key");
    }

    @Test
    void aLongValueIsQuotedOnlyInPartInAMessage() throws Exception {
        fixture.assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nlang: " + "a".repeat(1_000) + "\n"
                        + "k".repeat(100) + ": x\n---\nSay <span lang=\"" + "b".repeat(65) + "\">x</span>.\n",
                "content/x.md:4:7: error: lang \"" + "a".repeat(40) + "…\" is 1,000 characters long, too long for a"
                        + " language tag — use one like en-GB, cy, pl or ur",
                "content/x.md:5:1: error: unknown key \"" + "k".repeat(40) + "…\" in the front matter — the keys are:"
                        + " title, lang, subtitle, summary, reviewed, source, keywords, author, template, variants, contact,"
                        + " needs-review",
                "content/x.md:7:5: error: lang \"" + "b".repeat(40) + "…\" is 65 characters long, too long for a"
                        + " language tag — use one like en-GB, cy, pl or ur");
    }
}
