package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handout import}: a careers service's Word leaflets and web pages into content/, with what is
 * left to fix named at its line. The Word fixtures are WordprocessingML as Word writes it (its parts
 * are under src/test/resources/import/careers-word and untidy-word), the same document saved again by
 * LibreOffice Writer 7.4 ({@code soffice --headless --convert-to docx}: {@code careers-libreoffice.docx}),
 * and LibreOffice's conversion of the saved web page ({@code linked-pictures-libreoffice.docx}).
 */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path dir;
    private Project project;

    @BeforeEach
    void newProject() throws IOException {
        project = new Project(dir.resolve("project"));
        Files.createDirectories(project.root().resolve("content"));
    }

    @Test
    void aWordLeafletKeepsItsStructureAndBuildsInEveryVariantWithNoEdits() throws Exception {
        Path docx = zip(FIXTURES.resolve("careers-word"), dir.resolve("Careers in Physiotherapy.docx"));

        Run run = importing(docx.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("→ content/careers-in-physiotherapy.md (1 picture in content/careers-in-physiotherapy/)"),
                run.out());
        String md = text("content/careers-in-physiotherapy.md");
        assertTrue(md.startsWith("""
                ---
                title: "Careers in physiotherapy"
                lang: en-GB
                summary: "Physiotherapists help people affected by injury, illness or disability to move and live well."
                reviewed: 2026-10-14
                keywords: ["physiotherapy", "NHS", "careers"]
                author: "Careers Service"
                ---
                """), md);
        assertFalse(md.contains("\n# "), "the Title style is the title, not a heading in the body");
        for (String kept : List.of(
                "\n## What physiotherapists do\n", "\n### Where you could work\n", "\n#### Specialist areas\n",
                "The work is **active** and *practical*, and",
                "- community teams\n  - visiting people at home\n  - running group classes\n- sports clubs and gyms\n",
                "1. Take a degree in physiotherapy", "\n3. Apply for jobs in the NHS",
                "| Role | Pay band |\n| --- | --- |\n| Physiotherapist | Band 5 |",
                "> My patients teach me something new every week.",
                "![A physiotherapist helps a patient walk between two parallel bars](careers-in-physiotherapy/picture-1.png)",
                "[NHS Health Careers](https://www.healthcareers.nhs.uk/explore-roles/physiotherapist)",
                "[Chartered Society of Physiotherapy website](https://www.csp.org.uk/careers-jobs)")) {
            assertTrue(md.contains(kept), kept + " in\n" + md);
        }
        assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("careers-word/word/media/image1.png")),
                project.read("content/careers-in-physiotherapy/picture-1.png"), "the picture as it was in the document");

        Run build = Project.run("build", "--project", project.root().toString());
        assertEquals(0, build.exitCode(), build.out() + build.err());
        for (String variant : List.of("[a4]", "[large-print]", "[a5]")) {
            assertTrue(build.out().contains("careers-in-physiotherapy " + variant) && build.out().contains(
                    "PDF/UA-1 pass, PDF/A-2A pass"), build.out());
        }
        assertFalse(build.out().contains("fail") && !build.out().contains("0 failed"), build.out());
        assertTrue(project.exists("output/careers-in-physiotherapy.a5.pdf"), build.out());
    }

    @Test
    void theSameDocumentSavedByLibreOfficeImportsTheSameWay() throws Exception {
        Path word = zip(FIXTURES.resolve("careers-word"), dir.resolve("word.docx"));
        Path libreOffice = copy(FIXTURES.resolve("careers-libreoffice.docx"), dir.resolve("libre.docx"));

        Run run = importing(word.toString(), libreOffice.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        String fromWord = text("content/word.md");
        String fromLibreOffice = text("content/libre.md");
        assertEquals(body(fromWord).replace("](word/", "](libre/"), body(fromLibreOffice));
        for (String line : List.of("title: \"Careers in physiotherapy\"", "reviewed: 2026-10-14", "lang: en-GB",
                "summary: \"Physiotherapists help people")) {
            assertTrue(fromLibreOffice.contains(line), line + " in\n" + fromLibreOffice);
        }
    }

    @Test
    void aCareersSitePageImportsWithOnlyItsMainContent() throws Exception {
        Path page = copyFolder(FIXTURES.resolve("web"), dir.resolve("saved")).resolve("radiographer.html");

        Run run = importing(page.toString());

        String md = text("content/radiographer.md");
        for (String chrome : List.of("cookie", "Skip to", "Careers Example home", "Search", "Explore roles", "Training</",
                "Home", "Share this page", "Facebook", "Related roles", "Sonographer", "Privacy", "dataLayer")) {
            assertFalse(md.contains(chrome), chrome + " is the site's, not the page's:\n" + md);
        }
        for (String kept : List.of("title: \"Diagnostic radiographer\"", "lang: en-GB",
                "summary: \"Diagnostic radiographers use X-rays", "reviewed: 2026-08-20",
                "produce and read **images of the body**", "\n## What you do\n",
                "- work with doctors and nurses\n  - in emergency departments\n",
                "![A radiographer positions a patient under an X-ray machine](radiographer/picture-1.png)\n\nAn X-ray"
                        + " room in a hospital imaging department.",
                "| Role | Pay band |\n| --- | --- |\n| Radiographer | Band 5 |",
                "[Health and Care Professions Council](https://www.hcpc-uk.org/)",
                "[training in radiography](https://careers.example.org/training/radiography)")) {
            assertTrue(md.contains(kept), kept + " in\n" + md);
        }
        assertTrue(project.exists("content/radiographer/picture-1.png"));
        assertEquals(1, run.exitCode(), "a picture only on the web is left to fix");
        assertTrue(run.err().contains("content/radiographer.md:" + lineOf(md, "| Advanced practitioner")
                + ":1: error: the picture \"https://cdn.example.org/images/ct-scanner.jpg\" is only on the web, and"
                + " handout does not fetch anything"), run.err());

        Run build = Project.run("build", "--project", project.root().toString());
        assertEquals(0, build.exitCode(), build.out() + build.err());
    }

    @Test
    void aPageWithoutMainOrArticleKeepsThePartWithItsTitleAndMostOfItsText() throws Exception {
        Path page = Files.writeString(dir.resolve("porter.html"), """
                <html lang="en-GB"><body>
                <div class="top"><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact us</a></div>
                <div id="content"><div class="inner">
                  <h1>Hospital porter</h1>
                  <p class="lead">Porters move patients, equipment and samples around the hospital.</p>
                  <p>You work shifts, and you walk a long way every day. Porters are often the first person a
                  patient meets, so a calm and friendly manner matters as much as fitness.</p>
                </div></div>
                <div class="bottom">Our hospitals: North, South</div>
                </body></html>""");

        importing(page.toString());

        String md = text("content/porter.md");
        assertTrue(md.contains("summary: \"Porters move patients, equipment and samples around the hospital.\""), md);
        assertTrue(body(md).startsWith("\nYou work shifts"), "the lead paragraph is the summary, not the body too:\n" + md);
        assertFalse(md.contains("Contact us") || md.contains("Our hospitals"), md);
    }

    @Test
    void anUntidyDocumentHasEveryProblemNamedAtItsLine() throws Exception {
        Path docx = zip(FIXTURES.resolve("untidy-word"), dir.resolve("retail.docx"));

        Run run = importing(docx.toString());

        assertEquals(1, run.exitCode());
        assertTrue(project.exists("content/retail.md"), "the leaflet is written so that it can be fixed");
        String md = text("content/retail.md");
        String file = "content/retail.md:";
        List<String> expected = List.of(
                file + lineOf(md, "title: \"Retail\"") + ":1: warning: the document has no title",
                file + lineOf(md, "reviewed: ") + ":1: warning: the document does not say when it was last changed",
                file + lineOf(md, "**Working in retail**") + ":1: warning: a bold paragraph used as a heading?",
                file + lineOf(md, "### Shifts") + ":1: warning: a heading level was skipped in the document",
                file + lineOf(md, "![](retail/picture-1.png)") + ":1: error: this image has no alt text",
                file + lineOf(md, "[click here]") + ":26: warning: link text \"click here\" does not say where",
                file + lineOf(md, "PLEASE BRING YOUR CV") + ":1: warning: text in capitals",
                file + lineOf(md, "中文") + ":60: error: 2 different Han characters cannot be drawn by the embedded fonts, the first here: 中 (U+4E2D",
                file + lineOf(md, "Closing date") + ":1: warning: text in colour (\"Closing date: 30 November\")",
                file + lineOf(md, "Staff discount") + ":1: warning: a text box (\"Staff discount from your first day\")",
                file + lineOf(md, "| Day | Hours |") + ":1: warning: this table has no header row",
                file + lineOf(md, "| Weekends by arrangement |") + ":1: warning: a merged cell",
                "error: a picture linked to \"file:///C:/Users/pat/Pictures/shop-floor.jpg\" is not inside the document");
        for (String problem : expected) {
            assertTrue(run.err().contains(problem), problem + " in\n" + run.err());
        }
        assertTrue(md.contains("## About the job\n"), "a Heading 1 after the text starts a section:\n" + md);
    }

    @Test
    void picturesALibreOfficeDocumentLinksToOnTheWebAreReportedAndNeverFetched() throws Exception {
        // LibreOffice's conversion of the saved page links its pictures to their web addresses
        Path docx = copy(FIXTURES.resolve("linked-pictures-libreoffice.docx"), dir.resolve("linked.docx"));

        Run run = importing(docx.toString());

        assertEquals(1, run.exitCode());
        for (String address : List.of("https://careers.example.org/explore-roles/radiographer_files/x-ray-room.png",
                "https://cdn.example.org/images/ct-scanner.jpg")) {
            assertTrue(run.err().contains("error: a picture linked to \"" + address + "\" is not inside the document, so it"
                    + " is not imported"), run.err());
        }
        assertFalse(project.exists("content/linked"), "no picture fetched");
        assertTrue(text("content/linked.md").contains("\n## Diagnostic radiographer\n"));
    }

    @Test
    void anExistingLeafletIsReplacedOnlyWithForce() throws Exception {
        project.write("content/careers.md", Project.leaflet("Mine"));
        Path docx = zip(FIXTURES.resolve("careers-word"), dir.resolve("careers.docx"));

        Run refused = importing(docx.toString());

        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains(docx + ": error: content/careers.md already exists, so nothing is written —"
                + " import with --force to replace it"), refused.err());
        assertEquals(Project.leaflet("Mine"), text("content/careers.md"));
        assertFalse(project.exists("content/careers"), "not even its pictures");

        Run forced = Project.run("import", "--force", "--project", project.root().toString(), docx.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(text("content/careers.md").contains("Careers in physiotherapy"));
    }

    @Test
    void filesThatCannotBeImportedAreNamedWithTheFixAndNoStackTrace() throws Exception {
        Path doc = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        byte[] compound = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 0, compound, 0, 4);
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, compound, 1024, name.length);
        Path encrypted = Files.write(dir.resolve("secret.docx"), compound);
        Path damaged = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(
                Files.readAllBytes(zip(FIXTURES.resolve("careers-word"), dir.resolve("whole.docx"))), 3000));
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        Run run = importing(doc.toString(), encrypted.toString(), damaged.toString(), text.toString(),
                dir.resolve("missing.docx").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(doc + ": error: this is a Word 97-2003 document (.doc), which handout does not read"
                + " — open it in Word and save it as a Word Document (.docx)"), run.err());
        assertTrue(run.err().contains(encrypted + ": error: the Word document is protected with a password"), run.err());
        assertTrue(run.err().contains(damaged + ": error: the Word document cannot be read:"), run.err());
        assertTrue(run.err().contains(text + ": error: handout imports Word documents (.docx) and saved web pages"),
                run.err());
        assertTrue(run.err().contains("missing.docx: error: no such file"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertTrue(run.out().contains("0 of 5 files imported"), run.out());
        try (Stream<Path> written = Files.list(project.root().resolve("content"))) {
            assertEquals(0, written.count(), "nothing written");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        Run run = importing(bomb.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(bomb + ": error: the Word document has a part (word/document.xml) that unpacks to"),
                run.err());
    }

    @Test
    void aWebPageIsNeverReadOutsideItsFolder() throws Exception {
        Files.write(dir.resolve("secret.png"), Files.readAllBytes(FIXTURES.resolve("web/radiographer_files/x-ray-room.png")));
        Path page = Files.writeString(Files.createDirectories(dir.resolve("saved")).resolve("p.html"), """
                <html lang="en"><body><main><h1>Porter</h1><p>Porters move patients.</p>
                <p><img src="../secret.png" alt="Not this"></p><p><img src="/etc/passwd" alt="Nor this"></p>
                <p><a href="about.html">About us</a></p></main></body></html>""");

        Run run = importing(page.toString());

        assertFalse(project.exists("content/p"), "no picture copied from outside the page's folder");
        assertTrue(run.err().contains("error: the picture \"../secret.png\" is outside the page's folder, so it is not"
                + " read"), run.err());
        assertTrue(run.err().contains("error: the picture \"/etc/passwd\" is outside the page's folder"), run.err());
        assertTrue(run.err().contains("warning: a link to \"about.html\" is relative to the page's own address, which is"
                + " not known, so only its text is kept — give the address with --base-url"), run.err());

        Run withBase = Project.run("import", "--force", "--base-url", "https://www.example.org/porters/", "--project",
                project.root().toString(), page.toString());
        assertTrue(text("content/p.md").contains("[About us](https://www.example.org/porters/about.html)"),
                text("content/p.md"));
        assertTrue(text("content/p.md").contains("source: https://www.example.org/porters/"), withBase.err());
    }

    @Test
    void textThatLooksLikeMarkdownStaysText() throws Exception {
        Path page = Files.writeString(dir.resolve("tricky.html"), """
                <html lang="en"><body><main><h1>Pay # and *stars*</h1>
                <p>2026. A year when 5 * 3 = 15 and a_b_c stays [as it is] &amp; &lt;b&gt;not bold&lt;/b&gt;.</p>
                <p>- not a list</p><p>&gt; not a quote</p><p># not a heading</p>
                </main></body></html>""");

        importing(page.toString());

        String md = text("content/tricky.md");
        Run check = Project.run("check", "--project", project.root().toString());
        assertEquals(0, check.exitCode(), check.err() + md);
        org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(body(md));
        String plain = new org.commonmark.renderer.text.TextContentRenderer.Builder().build().render(doc);
        assertEquals("2026. A year when 5 * 3 = 15 and a_b_c stays [as it is] & <b>not bold</b>.\n- not a list\n"
                + "> not a quote\n# not a heading", plain.strip(), md);
        assertTrue(md.contains("title: \"Pay # and *stars*\""), md);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Project.run("import", "--project", project.root().toString()).exitCode(), "no file");
        Run badBase = Project.run("import", "--base-url", "careers.example.org", "--project", project.root().toString(),
                "x.html");
        assertEquals(2, badBase.exitCode());
        assertTrue(badBase.err().contains("--base-url careers.example.org is not a web address"), badBase.err());
        assertEquals(2, Project.run("import", "--project", dir.resolve("nowhere").toString(), "x.docx").exitCode());
    }

    private Run importing(String... files) {
        String[] args = new String[files.length + 3];
        args[0] = "import";
        args[1] = "--project";
        args[2] = project.root().toString();
        System.arraycopy(files, 0, args, 3, files.length);
        return Project.run(args);
    }

    private String text(String relative) throws IOException {
        return new String(project.read(relative), StandardCharsets.UTF_8);
    }

    private static String body(String leaflet) {
        return leaflet.substring(leaflet.indexOf("\n---\n", 4) + 5);
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part + " in\n" + text);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A .docx from a folder of its parts, as Word's zip package holds them. */
    static Path zip(Path folder, Path docx) throws IOException {
        try (OutputStream out = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return docx;
    }

    private static Path copy(Path from, Path to) throws IOException {
        return Files.copy(from, to);
    }

    private static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
