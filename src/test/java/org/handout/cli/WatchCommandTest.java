package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author keeps handout watching while they edit: each save is built, a broken save is reported. */
class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachSaveIsRebuiltAndABrokenSaveIsReportedWithoutStopping() throws Exception {
        Project p = new Project(dir).write("content/job.md", Project.leaflet("First").replace("---\n\n", "variants: [a4]\n---\n\n"));
        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> Project.run("watch", "--project",
                dir.toString(), "--rebuilds", "2", "--idle-timeout", "60"));
        waitFor(() -> Files.exists(dir.resolve("output/report.json")));
        Thread.sleep(300);

        p.write("content/job.md", "---\ntitle: Broken\n---\n");
        waitFor(() -> report().contains("\"status\" : \"failed\""));
        p.write("content/job.md", Project.leaflet("Second").replace("---\n\n", "variants: [a4]\n---\n\n"));

        Run run = watch.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/job.md:1: error: missing \"reviewed:\""), run.err());
        assertTrue(run.out().contains("watching"), run.out());
        assertTrue(run.out().lines().filter(l -> l.startsWith("ok      job [a4]")).count() >= 2, run.out());
        assertTrue(report().contains("\"status\" : \"ok\""), report());
        assertTrue(new String(p.read("output/job.pdf"), StandardCharsets.ISO_8859_1).length() > 0);
    }

    @Test
    void eachSaveSaysHowManyPdfsItReallyBuilt() throws Exception {
        Project p = new Project(dir)
                .write("content/a.md", Project.leaflet("A").replace("---\n\n", "variants: [a4]\n---\n\n"))
                .write("content/b.md", Project.leaflet("B").replace("---\n\n", "variants: [a4]\n---\n\n"));
        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> Project.run("watch", "--project",
                dir.toString(), "--rebuilds", "1", "--idle-timeout", "60"));
        waitFor(() -> Files.exists(dir.resolve("output/report.json")));
        Thread.sleep(300);

        p.write("content/b.md", Project.leaflet("B, revised").replace("---\n\n", "variants: [a4]\n---\n\n"));

        Run run = watch.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 leaflets: 2 PDFs built, 0 failed."), run.out());
        assertTrue(run.out().contains("2 leaflets: 1 PDF built, 1 unchanged, 0 failed."), run.out());
    }

    @Test
    void aBuildRunWhileTheWatchRunsIsBuiltByItsWarmJvmWithTheSameMessagesAndExitStatus() throws Exception {
        Project p = new Project(dir).write("content/job.md", Project.leaflet("First").replace("---\n\n", "variants: [a4]\n---\n\n"));
        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> Project.run("watch", "--project",
                dir.toString(), "--idle-timeout", "10"));
        Path socket = dir.resolve("output/.handout-watch.sock");
        waitFor(() -> Files.exists(socket));

        p.write("content/broken.md", "---\ntitle: Broken\n---\n");
        Run build = Project.run("build", "--project", dir.toString());
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().contains("content/broken.md:1: error: missing \"reviewed:\""), build.err());
        assertTrue(build.out().contains("FAILED  broken"), build.out());
        assertTrue(build.out().contains("2 leaflets: 0 PDFs built, 1 unchanged, 1 failed."), build.out());
        assertTrue(build.out().contains("(built by the running handout watch)"), build.out());

        assertEquals(0, watch.get(60, TimeUnit.SECONDS).exitCode());
        assertFalse(Files.exists(socket), "the watch cleans up after itself");
        Run alone = Project.run("build", "--project", dir.toString());
        assertEquals(1, alone.exitCode());
        assertFalse(alone.out().contains("built by the running handout watch"), alone.out());
    }

    @Test
    void aSocketLeftBehindByAKilledWatchIsIgnored() throws Exception {
        new Project(dir).write("content/job.md", Project.leaflet("First").replace("---\n\n", "variants: [a4]\n---\n\n"));
        Files.createDirectories(dir.resolve("output"));
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(dir.resolve("output/.handout-watch.sock")));
        } // closed without removing its socket file, as after kill -9

        Run build = Project.run("build", "--project", dir.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("1 leaflet: 1 PDF built, 0 failed."), build.out());
        assertFalse(build.out().contains("built by the running handout watch"), build.out());
        assertTrue(Files.exists(dir.resolve("output/job.pdf")));
    }

    private String report() {
        try {
            return Files.readString(dir.resolve("output/report.json"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(50);
        }
    }
}
