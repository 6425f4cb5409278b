package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handout writes into a folder only when it is new, empty (but for hidden files such as .gitignore),
 * or one handout built before: a web site's own index.html or report.json is never overwritten.
 */
class ForeignOutputFolderTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void leaflet() throws Exception {
        project = new Project(dir.resolve("project"))
                .write("content/x.md", Project.leaflet("X").replace("---\n\n", "variants: [a4]\n---\n\n"));
    }

    @Test
    void aFolderWithSomeoneElsesFilesIsRefusedAndNothingInItChanges() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Our careers service</h1>");
        Files.writeString(site.resolve("report.json"), "{\"visitors\": 12}");
        Files.createDirectories(site.resolve("css"));

        Run run = Project.run("build", "--project", project.root().toString(), "--out", site.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(site + "/: error: this folder holds files handout did not write (css, index.html, report.json),"
                + " which a build would overwrite or mix with — build into a new or empty folder, or one handout built"
                + " before (it keeps .handout-cache.json there); move those files away, or choose another folder with"
                + " --out DIR\n", run.err());
        assertEquals("", run.out());
        assertEquals("<h1>Our careers service</h1>", Files.readString(site.resolve("index.html")));
        assertEquals("{\"visitors\": 12}", Files.readString(site.resolve("report.json")));
        assertFalse(Files.exists(site.resolve("x.pdf")) || Files.exists(site.resolve(".handout-cache.json")));
    }

    @Test
    void theProjectsOwnOutputFolderFollowsTheSameRule() throws Exception {
        project.write("output/index.html", "<h1>Hand-made</h1>");

        Run run = Project.run("build", "--project", project.root().toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("output/: error: this folder holds files handout did not write (index.html)"),
                run.err());
        assertEquals("<h1>Hand-made</h1>", Files.readString(project.root().resolve("output/index.html")));
        assertFalse(project.exists("output/x.pdf"));
    }

    @Test
    void aWatchRefusesItToo() throws Exception {
        project.write("output/index.html", "<h1>Hand-made</h1>");

        Run run = Project.run("watch", "--project", project.root().toString(), "--rebuilds", "0");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("output/: error: this folder holds files handout did not write (index.html)"),
                run.err());
        assertFalse(run.out().contains("watching"), run.out());
        assertFalse(project.exists("output/x.pdf") || project.exists("output/.handout-watch.sock"));
    }

    @Test
    void aNewAnEmptyOrAHiddenFilesOnlyFolderIsUsedAndIsHandoutsFromThenOn() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path hidden = Files.createDirectories(dir.resolve("hidden"));
        Files.writeString(hidden.resolve(".gitignore"), "*\n");
        for (Path out : new Path[] {dir.resolve("new/leaflets"), empty, hidden}) {
            Run first = Project.run("build", "--project", project.root().toString(), "--out", out.toString());
            assertEquals(0, first.exitCode(), out + ": " + first.err());
            Run second = Project.run("build", "--project", project.root().toString(), "--out", out.toString());
            assertEquals(0, second.exitCode(), second.err());
            assertTrue(second.out().contains("0 PDFs built, 1 unchanged, 0 failed."), second.out());
        }
        assertEquals("*\n", Files.readString(hidden.resolve(".gitignore")));
    }

    @Test
    void aFolderHandoutBuiltIsStillItsOwnWhenTheBuildRecordWasDeleted() throws Exception {
        assertEquals(0, Project.run("build", "--project", project.root().toString()).exitCode());
        Files.delete(project.root().resolve("output/.handout-cache.json"));

        Run run = Project.run("build", "--project", project.root().toString());

        assertEquals(0, run.exitCode(), "its report.json says it is handout's: " + run.err());
        assertTrue(run.out().contains("1 PDF built, 0 failed."), run.out());
    }

    @Test
    void aFolderHoldingOnlyFoldersHandoutBuiltIsUsed() throws Exception {
        String root = project.root().toString();
        assertEquals(0, Project.run("build", "--project", root, "--shard", "1/2", "--out", root + "/output/shard-1")
                .exitCode());
        Run run = Project.run("build", "--project", root);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void reportMergeRefusesAFolderWithSomeoneElsesFilesToo() throws Exception {
        String root = project.root().toString();
        assertEquals(0, Project.run("build", "--project", root).exitCode());
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Our careers service</h1>");

        Run run = Project.run("report", "merge", root + "/output", "--out", site.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(site + "/: error: this folder holds files handout did not write (index.html)"),
                run.err());
        assertEquals("<h1>Our careers service</h1>", Files.readString(site.resolve("index.html")));

        Path merged = dir.resolve("merged");
        assertEquals(0, Project.run("report", "merge", root + "/output", "--out", merged.toString()).exitCode());
        Run again = Project.run("report", "merge", root + "/output", "--out", merged.toString());
        assertEquals(0, again.exitCode(), "a merged report's folder is handout's: " + again.err());
    }
}
