package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author's file, and what handout makes of it or says about it. */
class LeafletReaderTest {
    @TempDir
    Path project;

    @Test
    void aFullLeafletBecomesTheModel() throws Exception {
        Leaflet l = read("""
                ---
                title: Nursing careers
                subtitle: Nursing in the NHS
                lang: en-GB
                summary: >
                  Nurses care for people
                  of every age.
                reviewed: 2026-11-01
                source: https://www.healthcareers.nhs.uk/explore-roles/nursing
                keywords: [nursing, NHS]
                author: NHS Health Careers
                contact:
                  heading: Find out more
                  text: Speak to your *careers adviser*.
                  website: https://www.healthcareers.nhs.uk
                  email: advice@example.org
                  phone: 0345 60 60 655
                ---

                Nurses work with <abbr title="General Practitioner">GP</abbr>s and say <span lang="cy">Croeso</span>.

                ## Pay

                | Band | Pay |
                | ---- | --: |
                | 5    | £31,049 |

                1. Apply
                2. Train
                """);

        assertEquals("Nursing careers", l.metadata().title());
        assertEquals("Nurses care for people of every age.", l.metadata().summary());
        assertEquals(LocalDate.of(2026, 11, 1), l.metadata().reviewed());
        assertEquals(URI.create("https://www.healthcareers.nhs.uk/explore-roles/nursing"), l.metadata().source());
        assertEquals(List.of("nursing", "NHS"), l.metadata().keywords());
        assertEquals("0345 60 60 655", l.metadata().contact().phone());
        assertEquals("leaflet", l.metadata().template());

        Block.Paragraph intro = (Block.Paragraph) l.body().get(0);
        assertEquals(new Position(20, 1), intro.at());
        Inline.Abbreviation gp = (Inline.Abbreviation) intro.content().get(1);
        assertEquals("General Practitioner", gp.title());
        Inline.ForeignPhrase croeso = (Inline.ForeignPhrase) intro.content().get(3);
        assertEquals("cy", croeso.lang());
        assertEquals("Croeso", ((Inline.Text) croeso.content().get(0)).text());

        Block.Heading pay = (Block.Heading) l.body().get(1);
        assertEquals(2, pay.level());
        assertEquals(new Position(22, 1), pay.at());
        Block.Table table = (Block.Table) l.body().get(2);
        assertEquals(new Position(24, 1), table.at());
        assertEquals(List.of(Block.Alignment.NONE, Block.Alignment.RIGHT), table.alignments());
        assertEquals("£31,049", ((Inline.Text) table.rows().get(0).get(1).content().get(0)).text());
        Block.ListBlock steps = (Block.ListBlock) l.body().get(3);
        assertEquals(true, steps.ordered());
        assertEquals(2, steps.items().size());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkReadTheSame() throws Exception {
        String text = "---\ntitle: T\nreviewed: 2026-11-01\n---\n\n## Pay\n";
        Leaflet plain = read(text);
        Path crlf = write("content/crlf.md", ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Leaflet windows = reader().read(new SourceFile(crlf, "content/crlf.md", "crlf")).leaflet();
        assertEquals(plain.metadata(), windows.metadata());
        assertEquals(plain.body(), windows.body());
        assertEquals(6, windows.body().get(0).at().line());
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeyItWasMeantToBe() {
        assertErrors("---\ntitel: Nursing\nreviewed: 2026-11-01\n---\n",
                "content/x.md:1: error: missing \"title:\" in the front matter — add it, e.g. title: Nursing careers",
                "content/x.md:2:1: error: unknown key \"titel\" in the front matter — did you mean \"title\"?");
    }

    @Test
    void aDateMustBeARealDayWrittenYearMonthDay() {
        assertErrors("---\ntitle: T\nreviewed: 1/11/2026\n---\n",
                "content/x.md:3:11: error: \"reviewed\" is \"1/11/2026\", not a date written YYYY-MM-DD — e.g."
                        + " reviewed: 2026-11-01");
        assertErrors("---\ntitle: T\nreviewed: 2026-02-30\n---\n",
                "content/x.md:3:11: error: \"reviewed\" is 2026-02-30, which is not a real day — check the month and day");
    }

    @Test
    void languageAndAddressesAreChecked() {
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nlang: en_GB\nsource: http://example.org\n---\n",
                "content/x.md:4:7: error: lang \"en_GB\" is not a language tag — use one like en-GB, cy, pl or ur",
                "content/x.md:5:9: error: \"source\" must be a full https:// address, e.g. https://www.example.org/page"
                        + " (it is printed and made into a QR code)");
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\nlang: english\n---\n",
                "content/x.md:4:7: error: lang \"english\" does not start with a known language code — use one like"
                        + " en-GB, cy, pl or ur");
    }

    @Test
    void aTabAfterAKeyAlignsItsValueAndLaterMessagesKeepTheirColumns() throws Exception {
        Leaflet aligned = read("---\ntitle:\tNursing\nsummary: \t\"Tabs:\tkept\"\nreviewed:\t2026-01-31\n---\n");
        assertEquals("Nursing", aligned.metadata().title());
        assertEquals("Tabs:\tkept", aligned.metadata().summary());
        assertEquals(LocalDate.of(2026, 1, 31), aligned.metadata().reviewed());
        assertErrors("---\ntitle:\tT\nreviewed:\t1 Nov 2026\n---\n",
                "content/x.md:3:11: error: \"reviewed\" is \"1 Nov 2026\", not a date written YYYY-MM-DD — e.g."
                        + " reviewed: 2026-11-01");
    }

    @Test
    void aTabThatIndentsIsStillAnError() {
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> read("---\ntitle: T\ncontact:\n\tphone: 0345 60 60 655\nreviewed: 2026-11-01\n---\n"));
        assertEquals("content/x.md:4:1: error: the front matter is not valid YAML: found character '\\t(TAB)' that"
                + " cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)"
                + " — check quotes, brackets and indentation", e.diagnostics().get(0).toString());
    }

    @Test
    void theFileMustStartWithClosedFrontMatter() {
        assertErrors("# Nursing\n", "content/x.md:1:1: error: no front matter — a leaflet starts with a line ---,"
                + " then title: and reviewed: (and any other keys), then another line ---");
        assertErrors("---\ntitle: T\n\nText\n", "content/x.md:1:1: error: the front matter is not closed — add a"
                + " line --- after the last key, before the text of the leaflet");
        assertErrors("---\n- a\n- b\n---\n", "content/x.md:2:1: error: the front matter must be keys with values,"
                + " one \"key: value\" per line, not a list or a single value");
        // The closing --- forgotten, and a horizontal rule further down taken for it.
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n\nSome text.\n\n---\n\nMore text.\n",
                "content/x.md:5:1: error: the front matter is not valid YAML: this line is not \"key: value\" — if"
                        + " the front matter should end above it, add a line with --- there; otherwise check quotes,"
                        + " brackets and indentation");
    }

    @Test
    void aFileThatIsNotUtf8SaysWhereAndDoesNotGuess() throws IOException {
        byte[] latin1 = "---\ntitle: Caf\u00e9\nreviewed: 2026-11-01\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertErrors(latin1, "content/x.md:2:11: error: not valid UTF-8: byte 0xE9 at offset 14 — save the file as"
                + " UTF-8 (in most editors: Save As, Encoding: UTF-8)");
        assertErrors(new byte[0], "content/x.md: error: the file is empty — a leaflet starts with front matter"
                + " between two --- lines (see the content format)");
        assertErrors(new byte[] {'P', 'K', 3, 4, 0, 0}, "content/x.md:1: error: this is a binary file, not text"
                + " (a NUL byte at offset 4) — leaflets are UTF-8 Markdown files");
    }

    @Test
    void theBodyMayNotUseTitleHeadingsSkipLevelsOrRawHtml() {
        assertErrors("""
                ---
                title: T
                reviewed: 2026-11-01
                ---
                # Big
                #### Deep
                <script>alert(1)</script>

                Text <img src="x.png"> and <span>no lang</span>.

                Say <span lang="cy_GB">Croeso</span>.
                """,
                "content/x.md:5:1: error: a # heading in the body — the title is the leaflet's only level-1 heading;"
                        + " start sections with ##",
                "content/x.md:6:1: error: heading level skipped: #### after # (the title) — use ## here",
                "content/x.md:7:1: error: HTML is not allowed here: <script> — write it in Markdown; only"
                        + " <span lang=\"…\"> and <abbr title=\"…\"> may be used, inside a paragraph",
                "content/x.md:9:6: error: HTML is not allowed here: <img> — write it in Markdown; only"
                        + " <span lang=\"…\"> and <abbr title=\"…\"> may be used",
                "content/x.md:9:28: error: <span> must say its language: <span lang=\"cy\"> (no other attributes)",
                "content/x.md:11:5: error: lang \"cy_GB\" is not a language tag — use one like en-GB, cy, pl or ur");
    }

    @Test
    void aTableRowWithMoreCellsThanColumnsIsNotSilentlyCut() {
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n---\n| Role | Band |\n| --- | --- |\n| Nurse | 5 |\n"
                        + "| Doctor | 7 | £50k |\n| Porter | 2 \\| 3 |\n",
                "content/x.md:8:1: error: this row has 3 cells but the table has 2 columns, so \"£50k\" would not"
                        + " be printed — add a column to the header row, or remove the extra cell");
    }

    @Test
    void aTableInAQuoteOrAListHasTheCellsItsRowsShow() throws Exception {
        Leaflet l = read("---\ntitle: T\nreviewed: 2026-11-01\n---\n> | Route | Length |\n> | --- | --- |\n"
                + "> | Degree | 3 years |\n\n- Routes:\n\n  | Route | Length |\n  | --- | --- |\n  | Degree | 3 years |\n");
        Block.Table quoted = (Block.Table) ((Block.Quote) l.body().get(0)).blocks().get(0);
        assertEquals(2, quoted.rows().get(0).size());
    }

    @Test
    void linksMustBeAddressesAPrintedLeafletCanOffer() {
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n---\n[Run](javascript:alert(1)) and [next](page2.md)\n",
                "content/x.md:5:1: error: javascript: links are not allowed — use an https, http, mailto or tel address",
                "content/x.md:5:32: error: the link to \"page2.md\" has no https:// (or mailto:, tel:) — a printed"
                        + " leaflet cannot follow a relative link; give the full address");
    }

    @Test
    void imagesNeedAltTextAndMustBeProjectFiles() {
        assertErrors("---\ntitle: T\nreviewed: 2026-11-01\n---\n![](lab.png)\n\n![Logo](https://example.org/l.png)\n\n"
                        + "![Passwords](../../etc/passwd)\n",
                "content/x.md:5:1: error: this image has no alt text — describe what it shows, ![A nurse talking to a"
                        + " patient](lab.png), or if it is only decoration say so: ![](lab.png \"decorative\")",
                "content/x.md:5:1: error: the image file \"lab.png\" does not exist — check the path, relative to this"
                        + " leaflet",
                "content/x.md:7:1: error: the image \"https://example.org/l.png\" is not a file in the project —"
                        + " handout never fetches from the network; save the image beside the leaflet and give its path",
                "content/x.md:9:1: error: the image \"../../etc/passwd\" is outside the project — keep images in the"
                        + " project folder (e.g. content/_images/) and link to them there");
    }

    @Test
    void theScannerSkipsDraftsAndHiddenFilesAndNamesNestedSlugs() throws IOException {
        write("content/nhs/nursing.md", new byte[] {'x'});
        write("content/a.md", new byte[] {'x'});
        write("content/_drafts/wip.md", new byte[] {'x'});
        write("content/.hidden.md", new byte[] {'x'});
        write("content/_partial.md", new byte[] {'x'});
        write("content/notes.txt", new byte[] {'x'});
        assertEquals(List.of(new SourceFile(project.resolve("content/a.md"), "content/a.md", "a"),
                        new SourceFile(project.resolve("content/nhs/nursing.md"), "content/nhs/nursing.md", "nhs/nursing")),
                ContentScanner.scan(project));
    }

    @Test
    void theScannerTakesMdAndMarkdownInAnyCaseAndKeepsTheNameAsTheSlug() throws IOException {
        write("content/Nursing.MD", new byte[] {'x'});
        write("content/nhs/y.markdown", new byte[] {'x'});
        write("content/z.MarkDown", new byte[] {'x'});
        write("content/notes.mdx", new byte[] {'x'});
        write("content/_drafts/w.MARKDOWN", new byte[] {'x'});
        assertEquals(List.of(new SourceFile(project.resolve("content/Nursing.MD"), "content/Nursing.MD", "Nursing"),
                        new SourceFile(project.resolve("content/nhs/y.markdown"), "content/nhs/y.markdown", "nhs/y"),
                        new SourceFile(project.resolve("content/z.MarkDown"), "content/z.MarkDown", "z")),
                ContentScanner.scan(project));
    }

    private LeafletReader reader() {
        return new LeafletReader(project, ProjectDefaults.builtIn());
    }

    private Leaflet read(String text) throws Exception {
        Path file = write("content/x.md", text.getBytes(StandardCharsets.UTF_8));
        return reader().read(new SourceFile(file, "content/x.md", "x")).leaflet();
    }

    private void assertErrors(String text, String... expected) {
        try {
            assertErrors(text.getBytes(StandardCharsets.UTF_8), expected);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertErrors(byte[] bytes, String... expected) throws IOException {
        Path file = write("content/x.md", bytes);
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> reader().read(new SourceFile(file, "content/x.md", "x")));
        assertEquals(List.of(expected), e.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }
}
