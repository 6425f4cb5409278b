package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <span lang>} and {@code <abbr title>}: each may hold the other, to a bound, and tags close in order. */
class InlineHtmlTest {
    private static final String HEAD = "---\ntitle: T\nreviewed: 2026-11-01\n---\n";

    @TempDir
    Path project;
    LeafletFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LeafletFixture(project);
    }

    private List<Inline> paragraph(String markdown) throws Exception {
        return ((Block.Paragraph) fixture.read(HEAD + markdown + "\n").body().get(0)).content();
    }

    @Test
    void languagesNestAndAbbreviationsGoInsideAndAroundThem() throws Exception {
        List<Inline> p = paragraph("<span lang=\"cy\">Croeso <span lang=\"en\">NHS</span> <abbr title=\"Gwasanaeth Iechyd"
                + " Gwladol\">GIG</abbr></span> <abbr title=\"National Health Service\"><span lang=\"cy\">GIG</span></abbr>");
        Inline.ForeignPhrase welsh = (Inline.ForeignPhrase) p.get(0);
        assertEquals("cy", welsh.lang());
        assertEquals("en", ((Inline.ForeignPhrase) welsh.content().get(1)).lang());
        assertEquals("Gwasanaeth Iechyd Gwladol", ((Inline.Abbreviation) welsh.content().get(3)).title());
        Inline.Abbreviation nhs = (Inline.Abbreviation) p.get(2);
        assertEquals("cy", ((Inline.ForeignPhrase) nhs.content().get(0)).lang());
    }

    @Test
    void eightDeepIsAllowedAndTheNinthIsRefusedOnceHoweverDeepTheNestGoes() throws Exception {
        Inline inline = paragraph("<span lang=\"cy\">".repeat(8) + "x" + "</span>".repeat(8)).get(0);
        for (int depth = 1; depth < 8; depth++) {
            inline = ((Inline.ForeignPhrase) inline).content().get(0);
        }
        assertEquals(List.of(new Inline.Text("x", new org.handout.model.Position(5, 129))),
                ((Inline.ForeignPhrase) inline).content());
        String message = "content/x.md:5:129: error: <span> would be 9 deep in <span> and <abbr> tags — they may be"
                + " nested at most 8 deep; close some before opening more";
        fixture.assertErrors(HEAD + "<span lang=\"cy\">".repeat(9) + "x" + "</span>".repeat(9) + "\n", message);
        fixture.assertErrors(HEAD + "<span lang=\"cy\">".repeat(1_000) + "x" + "</span>".repeat(1_000) + "\n", message);
        fixture.assertErrors(HEAD + "<abbr title=\"a\">".repeat(4) + "<span lang=\"cy\">".repeat(5) + "x"
                        + "</span>".repeat(5) + "</abbr>".repeat(4) + "\n",
                "content/x.md:5:129: error: <span> would be 9 deep in <span> and <abbr> tags — they may be nested at"
                        + " most 8 deep; close some before opening more");
    }

    @Test
    void crossedTagsAreOneErrorThatSaysWhichToCloseFirst() throws Exception {
        fixture.assertErrors(HEAD + "Say <span lang=\"cy\"><abbr title=\"Gwasanaeth Iechyd Gwladol\">GIG</span></abbr>.\n",
                "content/x.md:5:21: error: <abbr> is still open at </span> — close it first, </abbr></span>: a tag"
                        + " opened inside another closes before it");
        fixture.assertErrors(HEAD + "<abbr title=\"a\"><span lang=\"cy\">x</abbr></span>\n",
                "content/x.md:5:17: error: <span> is still open at </abbr> — close it first, </span></abbr>: a tag"
                        + " opened inside another closes before it");
    }

    @Test
    void aTagThatOverlapsEmphasisIsOneErrorThatSaysHowToKeepThemApart() throws Exception {
        fixture.assertErrors(HEAD + "Say <span lang=\"cy\">*Croeso</span>* and *<abbr title=\"a\">x* y</abbr>.\n",
                "content/x.md:5:5: error: <span> and the *emphasis*, **bold** or link next to it overlap — open and"
                        + " close <span> on the same side of it: <span …>*…*</span> or *<span …>…</span>*",
                "content/x.md:5:42: error: <abbr> and the *emphasis*, **bold** or link next to it overlap — open and"
                        + " close <abbr> on the same side of it: <abbr …>*…*</abbr> or *<abbr …>…</abbr>*");
        // The </span> in the emphasis closes the <span> opened there, not the one left open before it.
        fixture.assertErrors(HEAD + "Say <span lang=\"cy\">x *<span lang=\"en\">y</span>* z\n",
                "content/x.md:5:5: error: <span> is not closed — add </span> in the same paragraph");
    }

    @Test
    void anEmptySpanOrAbbrIsNamedAsWritten() throws Exception {
        fixture.assertErrors(HEAD + "Say <span lang=\"cy\"/> and <abbr title=\"x\" />.\n",
                "content/x.md:5:5: error: <span lang=\"cy\"/> holds no text — put the phrase between <span …> and"
                        + " </span>",
                "content/x.md:5:27: error: <abbr title=\"x\" /> holds no text — put the abbreviation between"
                        + " <abbr …> and </abbr>");
    }

    @Test
    void aTagWhoseNameOnlyStartsLikeSpanDoesNotHideTheClosingTag() throws Exception {
        fixture.assertErrors(HEAD + "<span lang=\"cy\">a <spanner> b</span>\n",
                "content/x.md:5:19: error: HTML is not allowed here: <spanner> — write it in Markdown; only"
                        + " <span lang=\"…\"> and <abbr title=\"…\"> may be used");
    }

    @Test
    void characterReferencesInAnExpansionAreReadAsHtmlReadsThem() throws Exception {
        Inline.Abbreviation ae = (Inline.Abbreviation) paragraph("<abbr title=\"Accident &amp; Emergency\">A&amp;E</abbr>")
                .get(0);
        assertEquals("Accident & Emergency", ae.title());
        fixture.assertErrors(HEAD + "<abbr title=\"GIG&#x202E;\">GIG</abbr>\n",
                "content/x.md:5:17: error: the text has an invisible right-to-left override U+202E at column 17 —"
                        + " remove it: it makes the text print in a different order from how it reads here; for"
                        + " right-to-left text give its language instead, lang: ar for the whole leaflet or"
                        + " <span lang=\"ar\">…</span> for a phrase");
    }
}
