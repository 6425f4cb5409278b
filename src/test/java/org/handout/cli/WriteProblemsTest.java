package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;
import org.handout.batch.OutputFolder;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.handout.testing.Shared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a file cannot be written — the disk is full or read-only, a folder is where a report goes, a
 * file is where a folder goes — the message names the path and the fix, the status is 1, and there
 * is no exception name, stack trace or "internal error".
 */
class WriteProblemsTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void leaflet() throws Exception {
        project = new Project(dir).write("content/x.md", leaflet("X"));
    }

    private static String leaflet(String title) {
        return Project.leaflet(title).replace("---\n\n", "variants: [a4]\n---\n\n");
    }

    private Run build(String... more) {
        return Project.run(Stream.concat(Stream.of("build", "--project", dir.toString()), Stream.of(more))
                .toArray(String[]::new));
    }

    @Test
    void aFolderWhereAReportOrTheBuildRecordGoesIsNamedAndTheRestIsStillWritten() throws Exception {
        assertEquals(0, build().exitCode());
        Files.delete(dir.resolve("output/report.json"));
        Files.createDirectories(dir.resolve("output/report.json/kept"));
        Files.delete(dir.resolve("output/index.html"));

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(folderMessage("report.json"), run.err());
        assertTrue(Files.isDirectory(dir.resolve("output/report.json/kept")), "nothing in the folder is lost");
        assertTrue(Files.exists(dir.resolve("output/index.html")) && Files.exists(dir.resolve("output/junit.xml")),
                "the other reports are still written");

        Files.delete(dir.resolve("output/report.json/kept"));
        Files.delete(dir.resolve("output/report.json"));
        assertEquals(0, build().exitCode());
        Files.delete(dir.resolve("output/.handout-cache.json"));
        Files.createDirectories(dir.resolve("output/.handout-cache.json"));
        Run again = build();
        assertEquals(1, again.exitCode(), again.err());
        assertEquals(folderMessage(".handout-cache.json"), again.err());
    }

    private static String folderMessage(String name) {
        return "output/" + name + ": error: is a folder, where handout writes a file of that name — remove or rename"
                + " the folder and build again\n";
    }

    @Test
    void aFileWhereAFolderGoesFailsThatLeafletAlone() throws Exception {
        assertEquals(0, build().exitCode());
        project.write("output/nhs", "my notes").write("content/nhs/y.md", leaflet("Y"));

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("output/nhs: error: is a file, where handout needs a folder for output/nhs/y.pdf — remove or"
                + " rename the file and build again\n", run.err());
        assertTrue(run.out().contains("FAILED  nhs/y [a4]  1 error") && run.out().contains("ok      x [a4]"), run.out());
        assertEquals("my notes", Files.readString(dir.resolve("output/nhs")));
    }

    @Test
    void aLinkLoopInOutputIsNamed() throws Exception {
        assertEquals(0, build().exitCode());
        Files.createSymbolicLink(dir.resolve("output/loop"), Path.of("loop"));
        project.write("content/loop/y.md", leaflet("Y"));

        Run run = build();

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("output/loop: error: is a symbolic link (to loop); handout writes only inside output/ and never"
                + " through a link there, so output/loop/y.pdf was not written — remove the link (handout then makes a"
                + " real folder), or put the whole output folder elsewhere with --out DIR\n", run.err());
    }

    @Test
    void anOutputFolderThatIsAFileALoopOrCannotBeMadeIsNamed() throws Exception {
        project.write("notes.txt", "my notes");
        Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));

        Run file = build("--out", dir.resolve("notes.txt").toString());
        assertEquals(2, file.exitCode(), file.err());
        assertEquals(dir.resolve("notes.txt") + "/: error: is a file, not a folder — give a folder with --out DIR"
                + " (a new one is made), or move the file away\n", file.err());

        Run loop = build("--out", dir.resolve("loop").toString());
        assertEquals(2, loop.exitCode(), loop.err());
        assertEquals(dir.resolve("loop") + "/: error: is a symbolic link (to loop) that leads to no folder — remove"
                + " it, or give a folder with --out DIR\n", loop.err());

        Run under = build("--out", dir.resolve("notes.txt/leaflets").toString());
        assertEquals(1, under.exitCode(), under.err());
        assertEquals(dir.resolve("notes.txt/leaflets") + "/: error: part of the path is a file, not a folder, so this"
                + " folder could not be made — remove or rename that file, or build elsewhere with --out DIR\n",
                under.err());
        assertEquals("my notes", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void aFullDiskIsNamedForEachFileAndNothingHalfWrittenIsLeft() throws Exception {
        Result run = buildOn((file, bytes) -> {
            throw new FileSystemException(file.toString(), null, "No space left on device");
        });

        assertEquals(1, run.exitCode());
        String fix = ", so it was not written (an earlier copy, if any, is unchanged) — free some space, or build onto"
                + " another disk with --out DIR, then build again\n";
        assertEquals("output/x.pdf: error: the disk is full" + fix
                + "output/report.json: error: the disk is full" + fix
                + "output/junit.xml: error: the disk is full" + fix
                + "output/index.html: error: the disk is full" + fix
                + "output/.handout-cache.json: error: the disk is full" + fix, run.err());
        assertTrue(run.out().contains("FAILED  x [a4]  1 error"), run.out());
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aReadOnlyDiskAndAFolderHandoutMayNotWriteAreNamedWithTheFix() throws Exception {
        Result readOnly = buildOn((file, bytes) -> {
            throw new FileSystemException(file.toString(), null, "Read-only file system");
        });
        assertEquals(1, readOnly.exitCode());
        assertTrue(readOnly.err().startsWith("output/x.pdf: error: the disk is read-only, so it was not written (an"
                + " earlier copy, if any, is unchanged) — build onto a disk you can write to, with --out DIR\n"),
                readOnly.err());

        Result denied = buildOn((file, bytes) -> {
            throw new AccessDeniedException(file.toString());
        });
        assertEquals(1, denied.exitCode());
        assertTrue(denied.err().startsWith("output/x.pdf: error: handout is not allowed to write there (permission"
                + " denied), so it was not written (an earlier copy, if any, is unchanged) — make the folder writable for"
                + " you (e.g. chmod u+w output), or build elsewhere with --out DIR\n"), denied.err());
        for (Result r : List.of(readOnly, denied)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("internal error") || r.err().contains("\tat "),
                    r.err());
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    /** A build whose every file write meets this disk, as {@code handout build} prints it. */
    private Result buildOn(OutputFolder.Disk disk) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BatchBuilder builder = new BatchBuilder(Shared.VALIDATOR, Shared.FONTS, disk);
        int status = BuildCommand.run(builder, new BuildRequest(BuildOptions.of(dir).withJobs(1), false, false), false,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }
}
