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
        assertTrue(second.out().contains("3 PDFs built (2 unchanged), 0 failed."), second.out());

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
