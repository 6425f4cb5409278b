package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad leaflet the content format rules out, fed to {@code handout build} beside a good
 * one: the author gets the message with its place, the good leaflet is still built, the bad one is not.
 */
class BadInputTest {
    private static final String HEAD = "---\ntitle: Apply\nreviewed: 2026-11-01\n---\n\n";

    @TempDir
    Path dir;

    static Stream<Arguments> badLeaflets() {
        return Stream.of(
                bad("no front matter", "# Nursing\n", "content/bad.md:1:1: error: no front matter"),
                bad("front matter not closed", "---\ntitle: T\n\nText\n",
                        "content/bad.md:1:1: error: the front matter is not closed"),
                bad("malformed YAML", "---\ntitle: [T\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:8: error: the front matter is not valid YAML"),
                bad("tab used to indent a key", "---\ntitle: T\n\treviewed: 2026-11-01\n---\n",
                        "content/bad.md:3:1: error: the front matter is not valid YAML: found character '\\t(TAB)'"
                                + " that cannot start any token. (Do not use \\t(TAB) for indentation)"),
                bad("front matter not a map", "---\n- title\n---\n",
                        "content/bad.md:2:1: error: the front matter must be keys with values"),
                bad("missing title", "---\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:1: error: missing \"title:\" in the front matter"),
                bad("missing reviewed", "---\ntitle: T\n---\n",
                        "content/bad.md:1: error: missing \"reviewed:\" in the front matter"),
                bad("unknown key", "---\ntitle: T\nreviewd: 2026-11-01\n---\n",
                        "content/bad.md:3:1: error: unknown key \"reviewd\" in the front matter — did you mean \"reviewed\"?"),
                bad("wrong type", "---\ntitle: T\nreviewed: 2026-11-01\nkeywords: nursing\n---\n",
                        "content/bad.md:4:11: error: \"keywords\" must be a list"),
                bad("date not YYYY-MM-DD", "---\ntitle: T\nreviewed: 1 Nov 2026\n---\n",
                        "content/bad.md:3:11: error: \"reviewed\" is \"1 Nov 2026\", not a date written YYYY-MM-DD"),
                bad("date not a real day", "---\ntitle: T\nreviewed: 2026-11-31\n---\n",
                        "content/bad.md:3:11: error: \"reviewed\" is 2026-11-31, which is not a real day"),
                bad("lang not well formed", "---\ntitle: T\nreviewed: 2026-11-01\nlang: en_GB\n---\n",
                        "content/bad.md:4:7: error: lang \"en_GB\" is not a language tag"),
                bad("lang unknown", "---\ntitle: T\nreviewed: 2026-11-01\nlang: zz\n---\n",
                        "content/bad.md:4:7: error: lang \"zz\" does not start with a known language code"),
                bad("source not https", "---\ntitle: T\nreviewed: 2026-11-01\nsource: http://example.org\n---\n",
                        "content/bad.md:4:9: error: \"source\" must be a full https:// address"),
                bad("contact website not https",
                        "---\ntitle: T\nreviewed: 2026-11-01\ncontact:\n  website: www.nhs.uk\n---\n",
                        "content/bad.md:5:12: error: \"website\" must be a full https:// address"),
                bad("empty file", "", "content/bad.md: error: the file is empty"),
                bad("level-1 heading", HEAD + "# Pay\n", "content/bad.md:6:1: error: a # heading in the body"),
                bad("skipped heading level", HEAD + "## Pay\n\n#### Bands\n",
                        "content/bad.md:8:1: error: heading level skipped: #### after ## — use ### here"),
                bad("image without alt text", HEAD + "![](photo.png)\n",
                        "content/bad.md:6:1: error: this image has no alt text"),
                bad("image path leaving the project", HEAD + "![A ward](../../../etc/passwd)\n",
                        "content/bad.md:6:1: error: the image \"../../../etc/passwd\" is outside the project"),
                bad("absolute image path", HEAD + "![A ward](/etc/passwd)\n",
                        "content/bad.md:6:1: error: the image path \"/etc/passwd\" is absolute"),
                bad("remote image", HEAD + "![A ward](https://example.org/ward.png)\n",
                        "content/bad.md:6:1: error: the image \"https://example.org/ward.png\" is not a file in the project"),
                bad("missing image", HEAD + "![A ward](ward.png)\n",
                        "content/bad.md:6:1: error: the image file \"ward.png\" does not exist"),
                bad("javascript link", HEAD + "[Apply](javascript:alert(1))\n",
                        "content/bad.md:6:1: error: javascript: links are not allowed"),
                bad("file link", HEAD + "[Notes](file:///etc/passwd)\n",
                        "content/bad.md:6:1: error: file: links are not allowed"),
                bad("data link", HEAD + "[Notes](data:text/html,hi)\n",
                        "content/bad.md:6:1: error: data: links are not allowed"),
                bad("script block", HEAD + "<script>alert(1)</script>\n",
                        "content/bad.md:6:1: error: HTML is not allowed here: <script>"),
                bad("iframe block", HEAD + "<iframe src=\"https://example.org\"></iframe>\n",
                        "content/bad.md:6:1: error: HTML is not allowed here: <iframe>"),
                bad("style block", HEAD + "<style>p { color: red }</style>\n",
                        "content/bad.md:6:1: error: HTML is not allowed here: <style>"),
                bad("inline img", HEAD + "A ward <img src=\"x.png\" alt=\"x\"> here.\n",
                        "content/bad.md:6:8: error: HTML is not allowed here: <img>"),
                bad("character no font draws", HEAD + "Call \u260E today.\n",
                        "content/bad.md:6:6: error: the character \u260E (U+260E BLACK TELEPHONE) cannot be drawn"),
                bad("character no font draws in the title", "---\ntitle: Nursing \uD83C\uDFE5\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:16: error: the character \uD83C\uDFE5 (U+1F3E5 HOSPITAL) cannot be drawn"),
                bad("character no font draws in a quoted summary",
                        "---\ntitle: T\nreviewed: 2026-11-01\nsummary: \"Call us \u260E today.\"\n---\n",
                        "content/bad.md:4:19: error: the character \u260E (U+260E BLACK TELEPHONE) cannot be drawn"),
                bad("character no font draws in a summary over two lines (its start)",
                        "---\ntitle: T\nreviewed: 2026-11-01\nsummary: >\n  Call us\n  \u260E today.\n---\n",
                        "content/bad.md:4:10: error: the character \u260E (U+260E BLACK TELEPHONE) cannot be drawn"),
                bad("character no font draws in a keyword",
                        "---\ntitle: T\nreviewed: 2026-11-01\nkeywords: [nursing, \u260E]\n---\n",
                        "content/bad.md:4:21: error: the character \u260E (U+260E BLACK TELEPHONE) cannot be drawn"),
                bad("character no font draws in the contact phone",
                        "---\ntitle: T\nreviewed: 2026-11-01\ncontact:\n  phone: \u260E 0800 123 456\n---\n",
                        "content/bad.md:5:10: error: the character \u260E (U+260E BLACK TELEPHONE) cannot be drawn"),
                bad("unknown template", "---\ntitle: T\nreviewed: 2026-11-01\ntemplate: brochure\n---\n",
                        "content/bad.md:4:11: error: template \"brochure\" not found"),
                bad("unknown template and a variant", "---\ntitle: T\nreviewed: 2026-11-01\ntemplate: booklet\n"
                        + "variants: [a4]\n---\n", "content/bad.md:4:11: error: template \"booklet\" not found — there"
                                + " is no templates/booklet/page.ftlh in the project"),
                bad("unknown variant", "---\ntitle: T\nreviewed: 2026-11-01\nvariants: [a4, a6]\n---\n",
                        "content/bad.md:4:11: error: variant \"a6\" is not one of template leaflet's variants"
                                + " (a4, large-print, a5)"),
                bad("a control character escaped in the title", "---\ntitle: \"Nur\\u0007se\"\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:12: error: the title has a control character U+0007 at column 12 — remove it"
                                + " (it cannot be printed)"),
                bad("terminal escape codes in the body", HEAD + "Call \u001B[31mnow\u001B[0m.\n",
                        "content/bad.md:6:14: error: the text has a control character U+001B at column 14 — remove it"
                                + " (it cannot be printed)"),
                bad("a line separator in a keyword", "---\ntitle: T\nreviewed: 2026-11-01\nkeywords: [care\u2028home]\n---\n",
                        "content/bad.md:4:16: error: item 1 of the keywords has an invisible line break U+2028 (LINE"
                                + " SEPARATOR) at column 16 — remove it (it cannot be printed); to start a new line, use an"
                                + " ordinary new line"),
                bad("a right-to-left override in the title", "---\ntitle: Nursing \u202Egnisrun\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:16: error: the title has an invisible right-to-left override U+202E at column 16"
                                + " — remove it: it makes the text print in a different order from how it reads here; for"
                                + " right-to-left text give its language instead, lang: ar for the whole leaflet or"
                                + " <span lang=\"ar\">…</span> for a phrase"),
                bad("reviewed before 1900", "---\ntitle: T\nreviewed: 1066-10-14\n---\n",
                        "content/bad.md:3:11: error: \"reviewed\" is 1066-10-14, before 1900 — give the date the leaflet"
                                + " was last checked"),
                bad("a source too long for a QR code", "---\ntitle: T\nreviewed: 2026-11-01\nsource: https://example.org/"
                        + "a".repeat(7_980) + "\n---\n", "content/bad.md:4:9: error: \"source\" is 8,000 characters long;"
                                + " an address may be at most 2,331 — that is the most its QR code can carry; give a shorter"
                                + " address for the page"),
                bad("a 100,000-character title", "---\ntitle: " + "x".repeat(100_000) + "\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:8: error: \"title\" is 100,000 characters long; a title may be at most 300 —"
                                + " shorten it"),
                bad("a YAML tag", "---\ntitle: !!binary TnVyc2luZw==\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:8: error: the title has the YAML tag !!binary — handout reads every value as"
                                + " text and uses no tags; remove !!binary (and put the value in quotes if it should be kept"
                                + " exactly as written)"),
                bad("a global YAML tag naming a Java class", "---\ntitle: !!java.lang.Runtime x\nreviewed: 2026-11-01\n---\n",
                        "content/bad.md:2:8: error: the title has the YAML tag !!java.lang.Runtime — handout reads every"
                                + " value as text and uses no tags; remove !!java.lang.Runtime (and put the value in quotes"
                                + " if it should be kept exactly as written)"),
                bad("<span> nested 1,000 deep", HEAD + "<span lang=\"cy\">".repeat(1_000) + "x" + "</span>".repeat(1_000)
                        + "\n", "content/bad.md:6:129: error: <span> would be 9 deep in <span> and <abbr> tags — they may"
                                + " be nested at most 8 deep; close some before opening more"),
                bad("crossed <span> and <abbr>", HEAD + "<span lang=\"cy\"><abbr title=\"Gwasanaeth Iechyd Gwladol\">GIG"
                        + "</span></abbr>\n", "content/bad.md:6:17: error: <abbr> is still open at </span> — close it first,"
                                + " </abbr></span>: a tag opened inside another closes before it"));
    }

    private static Arguments bad(String what, String text, String message) {
        return Arguments.of(what, text.getBytes(StandardCharsets.UTF_8), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLeaflets")
    void aBadLeafletIsNamedAndTheGoodOneStillBuilds(String what, byte[] bad, String message) throws Exception {
        Run run = buildWith(bad);
        assertEquals(1, run.exitCode(), what);
        assertTrue(run.err().contains(message), what + ": expected \"" + message + "\" in:\n" + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        assertTrue(Files.exists(dir.resolve("output/good.pdf")), "the good leaflet is still built");
        assertFalse(Files.exists(dir.resolve("output/bad.pdf")));
    }

    /** A pre-commit hook that runs {@code handout check} lets through nothing that {@code handout build} refuses. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badLeaflets")
    void checkRefusesWhatBuildRefusesWithTheSameMessage(String what, byte[] bad, String message) throws Exception {
        Project p = new Project(dir).write("content/good.md", Project.leaflet("Good"));
        Files.write(p.root().resolve("content/bad.md"), bad);
        Run run = Project.run("check", "--project", dir.toString());
        assertEquals(1, run.exitCode(), what + ": " + run.err());
        assertTrue(run.err().contains(message), what + ": expected \"" + message + "\" in:\n" + run.err());
        assertTrue(run.out().contains("2 leaflets checked: 1 with errors"), run.out());
        assertFalse(p.exists("output"), "check writes nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButFine")
    void oddButValidFilesBuild(String what, byte[] leaflet) throws Exception {
        Run run = buildWith(leaflet);
        assertEquals(0, run.exitCode(), what + ": " + run.err());
        assertTrue(Files.exists(dir.resolve("output/bad.pdf")), what);
    }

    static Stream<Arguments> oddButFine() {
        String text = HEAD + "## Pay\n\nSome text.\n";
        return Stream.of(
                Arguments.of("byte-order mark", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("tabs aligning the front matter's values",
                        ("---\ntitle:\tApply\nreviewed:\t\t2026-11-01\ncontact:\n  phone:\t0345 60 60 655\n---\n\n"
                                + "## Pay\n\nSome text.\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("Windows line endings", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("invisible characters pasted from Word",
                        (HEAD + "physio\u00ADtherapy, zero\u200Bwidth, no\u00A0break\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a source as long as its QR code can carry (2,331 characters)",
                        ("---\ntitle: Apply\nreviewed: 2026-11-01\nsource: https://example.org/" + "a".repeat(2_311)
                                + "\n---\n\n## Pay\n\nSome text.\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("the last day YYYY can write", text.replace("2026-11-01", "9999-12-31")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void anImageSymlinkThatLeadsOutOfTheProjectIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.createSymbolicLink(dir.resolve("content/ward.png"), Path.of("/etc/hostname"));
        Run run = buildWith((HEAD + "![A ward](ward.png)\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(run.err().contains("content/bad.md:6:1: error: the image \"ward.png\" is outside the project"),
                run.err());
    }

    @org.junit.jupiter.api.Test
    void notUtf8AndBinaryFilesAreNamedWithTheirPlace() throws Exception {
        Run latin1 = buildWith((HEAD + "Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(latin1.err().contains("content/bad.md:6:4: error: not valid UTF-8: byte 0xE9 at offset 46"),
                latin1.err());
        Run binary = buildWith(new byte[] {'%', 'P', 'D', 'F', '\n', 0, 1, 2});
        assertTrue(binary.err().contains("content/bad.md:2: error: this is a binary file, not text"), binary.err());
    }

    static Stream<Arguments> utf16() {
        String text = HEAD + "## Pay\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("Notepad's \"Unicode\" (BOM FF FE)", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)),
                Arguments.of("big-endian with BOM FE FF", text.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("little-endian without a BOM", le),
                Arguments.of("big-endian without a BOM", text.getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf16")
    void aUtf16LeafletIsToldToBeSavedAsUtf8NotCalledBinary(String what, byte[] leaflet) throws Exception {
        Run run = buildWith(leaflet);
        assertEquals(1, run.exitCode(), what);
        assertTrue(run.err().contains("content/bad.md:1:1: error: this file is saved as UTF-16, not UTF-8 — in your"
                + " editor choose Save As and the encoding \"UTF-8\""), what + ":\n" + run.err());
        assertFalse(run.err().contains("binary"), run.err());
        assertTrue(Files.exists(dir.resolve("output/good.pdf")), "the good leaflet is still built");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @org.junit.jupiter.api.Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        byte[] huge = (HEAD + "Words and more words. ".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        Run run = buildWith(huge);
        assertTrue(run.err().contains("content/bad.md: error: the file is 1.3 MB; a leaflet may be at most 1 MB"),
                run.err());
    }

    @org.junit.jupiter.api.Test
    void aTemplateOrVariantsFromHandoutYamlAreNamedThereOnceForTheProject() throws Exception {
        Project p = new Project(dir).write("content/a.md", Project.leaflet("A")).write("content/b.md", Project.leaflet("B"))
                .write("handout.yaml", "publisher: NHS\ntemplate: booklet\nvariants: [a4]\n");
        for (String command : List.of("check", "build")) {
            Run run = Project.run(command, "--project", dir.toString());
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("handout.yaml:2:11: error: template \"booklet\" not found — there is no"
                    + " templates/booklet/page.ftlh in the project and no built-in template of that name (built in:"
                    + " leaflet)", run.err().strip(), command);
        }

        p.write("handout.yaml", "publisher: NHS\nvariants: [a4, a6]\n");
        for (String command : List.of("check", "build")) {
            Run run = Project.run(command, "--project", dir.toString());
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("handout.yaml:2:11: error: variant \"a6\" is not one of template leaflet's variants (a4,"
                    + " large-print, a5) — use one of those in variants:", run.err().strip(), command);
        }
    }

    @org.junit.jupiter.api.Test
    void variantsFromHandoutYamlThatALeafletsOwnTemplateLacksNameThatLeaflet() throws Exception {
        new Project(dir).write("content/a.md", Project.leaflet("A"))
                .write("content/b.md", Project.leaflet("B").replace("reviewed:", "template: plain\nreviewed:"))
                .write("templates/plain/page.ftlh", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>${body}</body></html>")
                .write("handout.yaml", "variants: [a5]\n");
        for (String command : List.of("check", "build")) {
            Run run = Project.run(command, "--project", dir.toString());
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("handout.yaml:1:11: error: variant \"a5\" is not one of template plain's"
                    + " variants (default), which content/b.md uses — give content/b.md its own variants:"), run.err());
        }
        assertTrue(Files.exists(dir.resolve("output/a.a5.pdf")), "the leaflet on the default template is built");
    }

    private Run buildWith(byte[] bad) throws Exception {
        Project p = new Project(dir).write("content/good.md", Project.leaflet("Good"));
        Files.write(p.root().resolve("content/bad.md"), bad);
        return Project.run("build", "--project", dir.toString());
    }
}
