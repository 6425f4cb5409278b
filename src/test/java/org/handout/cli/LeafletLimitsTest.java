package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit on what one leaflet may hold, each crossed by the smallest leaflet that crosses it: the
 * author is told which limit, where, and to split the leaflet; the leaflet is not built and the
 * others are. One build of one project serves all of them: each bad leaflet is refused before layout.
 */
class LeafletLimitsTest {
    private static final String HEAD = "---\ntitle: T\nreviewed: 2026-11-01\n---\n\n";

    @TempDir
    static Path dir;
    static Run build;
    static Run check;

    @BeforeAll
    static void buildAProjectWithOneLeafletPastEachLimit() throws Exception {
        Project p = new Project(dir).write("content/good.md", Project.leaflet("Good").replace("reviewed:",
                "variants: [a4]\nreviewed:"));
        // 1,141 one-line paragraphs: 1.5 lines each, after the masthead's 9.8, pass 40 pages of 43 lines
        String line = "abcdefg ".repeat(10).strip();
        p.write("content/pages.md", HEAD + (line + "\n\n").repeat(1_141));
        p.write("content/links.md", HEAD + IntStream.rangeClosed(1, 501)
                .mapToObj(i -> "- [Site](https://example.org/" + i + ")\n").collect(Collectors.joining()));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("content/ward.png").toFile());
        p.write("content/pictures.md", HEAD + "![A ward](ward.png)\n\n".repeat(101));
        String columns = "|" + " 1 |".repeat(20) + "\n";
        p.write("content/cells.md", HEAD + columns + "|" + "---|".repeat(20) + "\n" + columns.repeat(150));
        p.write("content/columns.md", HEAD + "|" + " 1 |".repeat(21) + "\n|" + "---|".repeat(21) + "\n");
        p.write("content/quotes.md", HEAD + "> ".repeat(11) + "deep\n");
        // emphasis 11 deep: *w _w *w … *wgair x* … x_ x* (a <span> may nest only 8 deep on its own)
        p.write("content/spans.md", HEAD + java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> (i % 2 == 0 ? "*" : "_") + "w").collect(java.util.stream.Collectors.joining(" "))
                + "gair " + java.util.stream.IntStream.range(0, 11).mapToObj(i -> "x" + ((10 - i) % 2 == 0 ? "*" : "_"))
                .collect(java.util.stream.Collectors.joining(" ")) + "\n");
        build = Project.run("build", "--project", dir.toString());
        check = Project.run("check", "--project", dir.toString());
    }

    @Test
    void aLeafletOfMoreThan40PagesIsRefusedWhereItPassesThem() {
        assertRefused("pages", "content/pages.md:2286:1: error: this leaflet would print on about 41 A4 pages; a"
                + " leaflet may have at most 40 (page 41 would start about here) — split it into several leaflets");
    }

    /** A link counts 5 parts, its list item 1: 500 items with their links make 3,000, the 501st item passes it. */
    @Test
    void aLeafletOfMoreThan3000PartsIsRefusedWhereItPassesThemLinksCountingFive() {
        assertRefused("links", "content/links.md:506:1: error: this leaflet has 3,006 parts (headings, paragraphs,"
                + " list items, table cells, pictures and phrases count 1, each of its 501 links 5); a leaflet may"
                + " have at most 3,000, and passes that here — split it into several leaflets");
    }

    @Test
    void aLeafletOfMoreThan100PicturesIsRefusedAtPicture101() {
        assertRefused("pictures", "content/pictures.md:206:1: error: this leaflet has 101 pictures; a leaflet may"
                + " have at most 100 (this is picture 101) — split it into several leaflets");
    }

    @Test
    void tableCellsPastTheLimitOf3000PartsAreRefusedAtCell3001() {
        assertRefused("cells", "content/cells.md:157:2: error: this leaflet has 3,020 parts (headings, paragraphs,"
                + " list items, table cells, pictures and phrases count 1, a link 5); a leaflet may have at most 3,000,"
                + " and passes that here — split it into several leaflets");
    }

    @Test
    void aTableOfMoreThan20ColumnsIsRefused() {
        assertRefused("columns", "content/columns.md:6:1: error: this table has 21 columns; a table may have at most"
                + " 20 — split it into narrower tables, or turn it into a list");
    }

    @Test
    void listsAndQuotesNestedMoreThan10DeepAreRefusedAtTheEleventhLevel() {
        assertRefused("quotes", "content/quotes.md:6:21: error: lists and quotes are nested more than 10 deep here —"
                + " use fewer levels, or start a new section with a heading");
    }

    @Test
    void phrasesNestedMoreThan10DeepAreRefusedAtTheEleventhLevel() {
        assertRefused("spans", "content/spans.md:6:31: error: links, emphasis, <span> and <abbr> are nested more"
                + " than 10 deep here — use fewer levels");
    }

    @Test
    void theGoodLeafletIsStillBuilt() {
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(Files.exists(dir.resolve("output/good.pdf")), build.out());
        assertTrue(build.out().contains("8 leaflets: 1 PDF built, 7 failed"), build.out());
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat "), build.err());
    }

    /**
     * In case the estimate misses (here a template that starts a page for each paragraph), a PDF of
     * more than 100 pages is refused after layout, before it is drawn or validated.
     */
    @Test
    void aPdfOfMoreThan100PagesIsRefusedAfterLayout(@TempDir Path other) throws Exception {
        Project p = new Project(other).write("content/good.md", Project.leaflet("Good").replace("reviewed:",
                "variants: [a4]\nreviewed:"));
        p.write("content/long.md", HEAD.replace("reviewed:", "template: paged\nreviewed:") + "Page.\n\n".repeat(101));
        p.write("templates/paged/page.ftlh", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
                + "<title>${leaflet.title}</title><style>p + p { page-break-before: always; }</style></head>"
                + "<body>${body}</body></html>");

        Run run = Project.run("build", "--project", other.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/long.md: error: output/long.pdf would have 101 pages; a PDF may have at"
                + " most 100 — split the leaflet into several leaflets"), run.err());
        assertTrue(Files.exists(other.resolve("output/good.pdf")), run.out());
        assertFalse(Files.exists(other.resolve("output/long.pdf")));
    }

    private static void assertRefused(String slug, String message) {
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().lines().anyMatch(message::equals), "expected\n" + message + "\nin:\n" + build.err());
        assertFalse(Files.exists(dir.resolve("output/" + slug + ".pdf")));
        assertTrue(check.err().lines().anyMatch(message::equals), "check says the same:\n" + check.err());
        assertTrue(Files.exists(dir.resolve("output/good.pdf")), "the good leaflet is still built");
    }
}
