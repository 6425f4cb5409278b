package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authors name leaflet files as their editors do: {@code Nursing.MD}, {@code y.markdown}. Each is a
 * leaflet like any {@code .md}, and two files that would make the same PDFs are both refused.
 */
class LeafletFileNamesTest {
    @TempDir
    Path dir;

    private static String leaflet(String title) {
        return Project.leaflet(title).replace("---\n\n", "variants: [a4]\n---\n\n");
    }

    @Test
    void mdInAnyCaseAndMarkdownAreLeafletsAndAreBuiltIncrementally() throws Exception {
        Project p = new Project(dir).write("content/Nursing.MD", leaflet("Nursing"))
                .write("content/nhs/y.markdown", leaflet("Why"))
                .write("content/z.Markdown", leaflet("Zed"))
                .write("content/notes.txt", "not a leaflet");

        Run first = Project.run("build", "--project", dir.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("3 leaflets: 3 PDFs built, 0 failed."), first.out());
        assertTrue(p.exists("output/Nursing.pdf") && p.exists("output/nhs/y.pdf") && p.exists("output/z.pdf"));

        p.write("content/nhs/y.markdown", leaflet("Why, revised"));
        Run second = Project.run("build", "--project", dir.toString());
        assertTrue(second.out().contains("1 PDF built, 2 unchanged, 0 failed."), second.out());

        Run check = Project.run("check", "--project", dir.toString());
        assertTrue(check.out().contains("3 leaflets checked"), check.out());
    }

    @Test
    void anMdAndAMarkdownWithOneSlugAreBothRefusedAndTheOthersStillBuild() throws Exception {
        Project p = new Project(dir).write("content/a.md", leaflet("A"))
                .write("content/a.markdown", leaflet("A again"))
                .write("content/good.md", leaflet("Good"));

        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/a.md:1:1: error: content/a.markdown has the same slug, \"a\", so both"
                + " would make the same PDFs — rename or remove one of them"), run.err());
        assertTrue(run.err().contains("content/a.markdown:1:1: error: content/a.md has the same slug, \"a\""),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.out().contains("3 leaflets: 1 PDF built, 2 failed."), run.out());
        assertFalse(p.exists("output/a.pdf"));
        assertTrue(p.exists("output/good.pdf"));
    }

    @Test
    void slugsThatDifferOnlyInCapitalsAreRefusedAsTheyWouldShareAPdfOnWindowsAndMacos() throws Exception {
        new Project(dir).write("content/Nursing.MD", leaflet("Nursing"))
                .write("content/nursing.md", leaflet("Nursing too"));

        Run check = Project.run("check", "--project", dir.toString());

        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("content/nursing.md:1:1: error: content/Nursing.MD has the same slug but for"
                + " capitals, \"Nursing\", so on Windows and macOS both would make the same PDFs — rename or remove"
                + " one of them"), check.err());
    }

    @Test
    void namesThatDifferOnlyInHowAccentsAreEncodedAreRefusedAsTheyWouldShareAPdfOnMacos() throws Exception {
        assumeUnicodeFileNames();
        String nfc = "caf\u00e9";
        String nfd = "cafe\u0301";
        new Project(dir).write("content/" + nfc + ".md", leaflet("Caf\u00e9"))
                .write("content/" + nfd + ".md", leaflet("Caf\u00e9 too"))
                .write("content/CAFE\u0301S.md", leaflet("Caf\u00e9s"))
                .write("content/caf\u00e9s.md", leaflet("Caf\u00e9s too"));

        Run build = Project.run("build", "--project", dir.toString());

        assertEquals(1, build.exitCode());
        for (String[] pair : new String[][] {{nfc, nfd}, {nfd, nfc}}) {
            assertTrue(build.err().contains("content/" + pair[0] + ".md:1:1: error: content/" + pair[1] + ".md has the"
                    + " same slug but for how accented letters are encoded (the names look alike, but one is Unicode NFC"
                    + " and the other NFD), \"" + pair[1] + "\", so on macOS both would make the same PDFs — rename or"
                    + " remove one of them"), build.err());
        }
        assertTrue(build.err().contains("content/caf\u00e9s.md:1:1: error: content/CAFE\u0301S.md has the same slug but"
                + " for capitals and for how accented letters are encoded (the names look alike, but one is Unicode NFC"
                + " and the other NFD), \"CAFE\u0301S\", so on Windows and macOS both would make the same PDFs"), build.err());
        assertTrue(build.out().contains("4 leaflets: 0 PDFs built, 4 failed."), build.out());
        assertFalse(Files.exists(dir.resolve("output/" + nfc + ".pdf")) || Files.exists(dir.resolve("output/" + nfd + ".pdf")));
    }

    @Test
    void aControlCharacterOrDirectionOverrideInANameIsRefusedAndShownEscaped() throws Exception {
        assumeUnicodeFileNames();
        Project p = new Project(dir).write("content/x.md: error: forged\nb.md", leaflet("Forged"))
                .write("content/del\u007f.md", leaflet("Delete"))
                .write("content/nel\u0085.md", leaflet("Next line"))
                .write("content/invoice\u202Efdp.md", leaflet("Override"))
                .write("content/iso\u2066late.md", leaflet("Isolate"))
                .write("content/line\u2028sep.md", leaflet("Separator"))
                .write("content/bad\rfolder/y.md", leaflet("In a bad folder"))
                .write("content/good.md", leaflet("Good"));

        for (String command : new String[] {"check", "build"}) {
            Run run = Project.run(command, "--project", dir.toString());

            assertEquals(1, run.exitCode(), run.err());
            String err = run.err();
            assertTrue(err.contains("content/x.md: error: forged\\nb.md: error: the file name contains a control"
                    + " character, U+000A LINE FEED (LF), shown here as \\n — control characters and text-direction"
                    + " controls can make a name look like other text on screen or in logs; rename the file without it\n"),
                    err);
            assertTrue(err.contains("content/del\\u007F.md: error: the file name contains a control character, U+007F"
                    + " DELETE, shown here as \\u007F — "), err);
            assertTrue(err.contains("content/nel\\u0085.md: error: the file name contains a control character, U+0085"
                    + " NEXT LINE (NEL), shown here as \\u0085 — "), err);
            assertTrue(err.contains("content/invoice\\u202Efdp.md: error: the file name contains a text-direction"
                    + " control, U+202E RIGHT-TO-LEFT OVERRIDE, shown here as \\u202E — "), err);
            assertTrue(err.contains("content/iso\\u2066late.md: error: the file name contains a text-direction control,"
                    + " U+2066 LEFT-TO-RIGHT ISOLATE, shown here as \\u2066 — "), err);
            assertTrue(err.contains("content/line\\u2028sep.md: error: the file name contains a line separator, U+2028"
                    + " LINE SEPARATOR, shown here as \\u2028 — "), err);
            assertTrue(err.contains("content/bad\\rfolder/y.md: error: the name of its folder, bad\\rfolder, contains a"
                    + " control character, U+000D CARRIAGE RETURN (CR), shown here as \\r — control characters and"
                    + " text-direction controls can make a name look like other text on screen or in logs; rename the"
                    + " folder without it\n"), err);
            for (String text : new String[] {err, run.out()}) {
                for (String line : text.split("\n", -1)) {
                    assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028
                            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)), "printed as is: " + line);
                }
            }
            assertEquals(7, err.lines().count(), err);
        }
        Run build = Project.run("build", "--project", dir.toString());
        assertTrue(build.out().contains("FAILED  x.md: error: forged\\nb  1 error\n"), build.out());
        assertTrue(build.out().contains("8 leaflets: 0 PDFs built, 1 unchanged, 7 failed."), build.out());
        assertTrue(p.exists("output/good.pdf"));
        assertFalse(new String(p.read("output/report.json"), java.nio.charset.StandardCharsets.UTF_8).contains("\u202E"));
    }

    @Test
    void aLinkedLeafletFileOrFolderIsReportedNotSilentlySkipped() throws Exception {
        Project p = new Project(dir).write("shared/real.md", leaflet("Real"))
                .write("shared/more/deep.md", leaflet("Deep"))
                .write("assets/logo.txt", "not a leaflet")
                .write("content/good.md", leaflet("Good"));
        Files.createSymbolicLink(dir.resolve("content/link.md"), Path.of("../shared/real.md"));
        Files.createSymbolicLink(dir.resolve("content/outside.md"), Path.of("/etc/hostname"));
        Files.createSymbolicLink(dir.resolve("content/gone.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(dir.resolve("content/more"), Path.of("../shared/more"));
        Files.createSymbolicLink(dir.resolve("content/assets"), Path.of("../assets"));
        Files.createSymbolicLink(dir.resolve("content/_draft.md"), Path.of("../shared/real.md"));

        for (String command : new String[] {"check", "build"}) {
            Run run = Project.run(command, "--project", dir.toString());

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("content/link.md: error: this is a symbolic link (to ../shared/real.md), and"
                    + " handout does not follow links in content/, so it is not built — put the file itself here, or"
                    + " start the link's name with _ so handout skips it\n"), run.err());
            assertTrue(run.err().contains("content/outside.md: error: this is a symbolic link (to /etc/hostname), and"
                    + " handout does not follow links in content/"), run.err());
            assertTrue(run.err().contains("content/gone.md: error: this is a symbolic link (to nowhere.md), and"), run.err());
            assertTrue(run.err().contains("content/more: error: this is a symbolic link (to ../shared/more) to a folder"
                    + " with leaflets in it (deep.md), and handout does not follow links in content/, so they are not"
                    + " built — move the folder itself here, or start the link's name with _ so handout skips it\n"),
                    run.err());
            assertFalse(run.err().contains("content/assets") || run.err().contains("_draft"), run.err());
            assertEquals(4, run.err().lines().count(), run.err());
        }
        assertTrue(p.exists("output/good.pdf"));
        assertFalse(p.exists("output/link.pdf") || p.exists("output/more/deep.pdf"));
    }

    @Test
    void aLinkedContentFolderIsAUsageError() throws Exception {
        new Project(dir).write("elsewhere/a.md", leaflet("A"));
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve("content"), dir.resolve("elsewhere"));

        for (String command : new String[] {"check", "build"}) {
            Run run = Project.run(command, "--project", project.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("handout: " + project + "/content is a symbolic link (to " + dir.resolve("elsewhere") + ") —"
                    + " handout reads leaflets only from a real content/ folder in the project, so that nothing outside"
                    + " it is read; move the folder into the project (and link the other way, if it must be seen"
                    + " elsewhere too)\n", run.err());
        }
        assertFalse(Files.exists(project.resolve("output")));
    }

    private static void assumeUnicodeFileNames() {
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names are not UTF-8 in this JVM (run under a UTF-8 locale)");
    }

    @Test
    void aWatchRebuildsAMarkdownFileWhenItIsSaved() throws Exception {
        Project p = new Project(dir).write("content/Job.MD", leaflet("First"));
        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> Project.run("watch", "--project",
                dir.toString(), "--rebuilds", "1", "--idle-timeout", "60"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(dir.resolve("output/report.json")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(300);

        p.write("content/Job.MD", leaflet("Second"));

        Run run = watch.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("ok      Job [a4]")).count(), run.out());
    }
}
