package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link inside output/ never leads a write out of it: the leaflet whose PDF, thumbnail or
 * folder is in the way fails with a message naming the link, and nothing is written through it. The
 * output folder itself may be a link (to a shared drive, say): everything then stays inside its target.
 */
class OutputLinksTest {
    @TempDir
    Path dir;
    Path project;
    Path elsewhere;

    @BeforeEach
    void folders() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private static String leaflet(String title) {
        return Project.leaflet(title).replace("---\n\n", "variants: [a4]\n---\n\n");
    }

    private Run build() {
        return Project.run("build", "--project", project.toString());
    }

    @Test
    void aLinkedFolderInOutputIsNotWrittenThroughAndTheOtherLeafletsStillBuild() throws Exception {
        Project p = new Project(project).write("content/y.md", leaflet("Y"));
        assertEquals(0, build().exitCode());
        Files.writeString(elsewhere.resolve("x.pdf"), "precious");
        Files.createSymbolicLink(project.resolve("output/sub"), elsewhere);
        p.write("content/sub/x.md", leaflet("X"));

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("output/sub: error: is a symbolic link (to " + elsewhere + "); handout writes only inside output/"
                + " and never through a link there, so output/sub/x.pdf was not written — remove the link (handout then"
                + " makes a real folder), or put the whole output folder elsewhere with --out DIR\n", run.err());
        assertTrue(run.out().contains("FAILED  sub/x [a4]  1 error"), run.out());
        assertTrue(run.out().contains("ok      y [a4]"), run.out());
        assertEquals("precious", Files.readString(elsewhere.resolve("x.pdf")));
        assertEquals(List.of(elsewhere.resolve("x.pdf")), list(elsewhere), "nothing else written there");
        assertTrue(Files.isSymbolicLink(project.resolve("output/sub")), "the link is left as it was");
        assertTrue(Files.exists(project.resolve("output/y.pdf")) && Files.exists(project.resolve("output/report.json")));
    }

    @Test
    void aLinkedPdfIsNotReplacedAndALinkedThumbnailFolderIsNotWrittenThrough() throws Exception {
        new Project(project).write("content/x.md", leaflet("X")).write("content/y.md", leaflet("Y"));
        assertEquals(0, build().exitCode());
        Files.writeString(elsewhere.resolve("target.pdf"), "precious");
        Files.delete(project.resolve("output/x.pdf"));
        Files.createSymbolicLink(project.resolve("output/x.pdf"), elsewhere.resolve("target.pdf"));
        Path thumbs = Files.createDirectories(dir.resolve("thumbs-elsewhere"));
        try (Stream<Path> old = Files.walk(project.resolve("output/thumbs"))) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Files.createSymbolicLink(project.resolve("output/thumbs"), thumbs);

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("output/x.pdf: error: is a symbolic link (to " + elsewhere.resolve("target.pdf")
                + "); handout writes only inside output/ and never through a link there, so it was not written — remove"
                + " the link and build again\n"), run.err());
        assertTrue(run.err().contains("output/thumbs: error: is a symbolic link (to " + thumbs + "); handout writes"
                + " only inside output/ and never through a link there, so output/thumbs/y.png was not written"), run.err());
        assertEquals("precious", Files.readString(elsewhere.resolve("target.pdf")));
        assertEquals(List.of(), list(thumbs));
        assertTrue(Files.isSymbolicLink(project.resolve("output/x.pdf")));
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
    }

    @Test
    void linkedReportsAndBuildRecordAreNotWrittenThrough() throws Exception {
        new Project(project).write("content/x.md", leaflet("X"));
        assertEquals(0, build().exitCode());
        List<String> reports = List.of("report.json", "junit.xml", "index.html");
        for (String name : reports) {
            link(name);
        }

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        for (String name : reports) {
            assertTrue(run.err().contains(linkMessage(name)), run.err());
            assertEquals("precious", Files.readString(elsewhere.resolve(name)), name);
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());

        for (String name : reports) {
            Files.delete(project.resolve("output/" + name));
        }
        assertEquals(0, build().exitCode());
        link(".handout-cache.json");
        Run again = build();
        assertEquals(1, again.exitCode(), again.err());
        assertEquals(linkMessage(".handout-cache.json"), again.err());
        assertEquals("precious", Files.readString(elsewhere.resolve(".handout-cache.json")));
    }

    private void link(String name) throws Exception {
        Files.writeString(elsewhere.resolve(name), "precious");
        Files.delete(project.resolve("output/" + name));
        Files.createSymbolicLink(project.resolve("output/" + name), elsewhere.resolve(name));
    }

    private String linkMessage(String name) {
        return "output/" + name + ": error: is a symbolic link (to " + elsewhere.resolve(name) + "); handout writes only"
                + " inside output/ and never through a link there, so it was not written — remove the link and build"
                + " again\n";
    }

    @Test
    void aLinkedOutputFolderAsAWholeIsUsedAndEverythingStaysInItsTarget() throws Exception {
        new Project(project).write("content/nhs/x.md", leaflet("X"));
        Path shared = Files.createDirectories(dir.resolve("shared-drive/leaflets"));
        Files.createSymbolicLink(project.resolve("output"), shared);

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(shared.resolve("nhs/x.pdf")) && Files.exists(shared.resolve("thumbs/nhs/x.png"))
                && Files.exists(shared.resolve("report.json")) && Files.exists(shared.resolve(".handout-cache.json")));
        assertTrue(build().out().contains("0 PDFs built, 1 unchanged, 0 failed."), "the record is used through the link");
    }

    @Test
    void aLinkInPlaceOfTheWatchSocketIsLeftAloneAndTheWatchSaysSo() throws Exception {
        new Project(project).write("content/x.md", leaflet("X"));
        Files.createDirectories(project.resolve("output"));
        Files.writeString(elsewhere.resolve("not-a-socket"), "precious");
        Path socket = project.resolve("output/.handout-watch.sock");
        Files.createSymbolicLink(socket, elsewhere.resolve("not-a-socket"));

        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> Project.run("watch", "--project",
                project.toString(), "--rebuilds", "0"));
        Run run = watch.get(120, TimeUnit.SECONDS);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("output/.handout-watch.sock: warning: is a symbolic link (to "
                + elsewhere.resolve("not-a-socket") + "), not the socket of a watch, so this watch leaves it alone and"
                + " each handout build runs on its own — remove it and start the watch again"), run.err());
        assertTrue(Files.isSymbolicLink(socket), "the link is still there");
        assertEquals("precious", Files.readString(elsewhere.resolve("not-a-socket")));
        assertFalse(run.out().contains("hands its builds to this watch"), run.out());
    }

    static List<Path> list(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).sorted().toList();
        }
    }
}
