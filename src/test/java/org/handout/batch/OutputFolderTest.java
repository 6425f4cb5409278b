package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handout writes only inside its output folder, and a file there is replaced whole or not at all. */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void aNameCannotLeadOutOfTheFolder() {
        OutputFolder out = new OutputFolder(dir.resolve("output"), "output");
        for (String name : List.of("../x.pdf", "a/../../x.pdf", "/etc/x.pdf", "")) {
            assertThrows(IllegalArgumentException.class, () -> out.write(name, new byte[] {1}), name);
        }
        assertEquals(List.of(), list(dir).stream().filter(p -> !p.startsWith(dir.resolve("output"))).toList());
    }

    @Test
    void aFileIsReplacedInOneStepAndNoTemporaryFileIsLeft() throws Exception {
        OutputFolder out = new OutputFolder(dir, "output");
        out.write("nhs/nursing.pdf", new byte[] {1, 2, 3});
        out.write("nhs/nursing.pdf", new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(dir.resolve("nhs/nursing.pdf")));
        assertEquals(List.of(dir.resolve("nhs"), dir.resolve("nhs/nursing.pdf")), list(dir));
    }

    @Test
    void aLinkInTheWayIsNeverWrittenThroughNorReplaced() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(elsewhere.resolve("x.pdf"), new byte[] {9});
        Path root = Files.createDirectories(dir.resolve("output"));
        Files.writeString(root.resolve(".handout-cache.json"), "{}"); // handout built here before
        Files.createSymbolicLink(root.resolve("sub"), elsewhere);
        Files.createSymbolicLink(root.resolve("y.pdf"), elsewhere.resolve("x.pdf"));
        OutputFolder out = new OutputFolder(root, "output");

        OutputFolder.Problem folder = assertThrows(OutputFolder.Problem.class, () -> out.write("sub/x.pdf", new byte[] {1}));
        OutputFolder.Problem file = assertThrows(OutputFolder.Problem.class, () -> out.write("y.pdf", new byte[] {1}));

        assertEquals("output/sub", folder.diagnostic().file());
        assertEquals("output/y.pdf", file.diagnostic().file());
        assertEquals(folder.diagnostic(), out.check("sub/x.pdf").orElseThrow(), "the same found before writing");
        assertEquals(java.util.Optional.empty(), out.existing("sub/x.pdf"), "nor read through, to be reused");
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(elsewhere.resolve("x.pdf")));
        assertEquals(List.of(elsewhere.resolve("x.pdf")), list(elsewhere));
        assertEquals(List.of(root.resolve(".handout-cache.json"), root.resolve("sub"), root.resolve("y.pdf")), list(root));
    }

    @Test
    void eachFileIsWrittenToANewHiddenFileBesideItThatIsGoneAfterwardsEvenWhenTheDiskFails() throws Exception {
        List<Path> temps = new java.util.ArrayList<>();
        OutputFolder full = new OutputFolder(dir, "output", (file, bytes) -> {
            temps.add(file);
            Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.CREATE_NEW);
            throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
        });

        OutputFolder.Problem e = assertThrows(OutputFolder.Problem.class, () -> full.write("nhs/x.pdf", new byte[] {1, 2}));

        assertEquals("output/nhs/x.pdf: error: the disk is full, so it was not written (an earlier copy, if any, is"
                + " unchanged) — free some space, or build onto another disk with --out DIR, then build again",
                e.diagnostic().toString());
        assertEquals(dir.resolve("nhs"), temps.get(0).getParent());
        assertTrue(temps.get(0).getFileName().toString().matches("\\.x\\.pdf\\.\\d+\\.[0-9a-f]+\\.tmp"), temps.toString());
        assertEquals(List.of(dir.resolve("nhs")), list(dir), "the half-written file is gone");
    }

    @Test
    void theSystemsReasonsAreSaidInWordsWithTheirFix() {
        record Case(java.io.IOException e, String what, String fix) {
        }
        for (Case c : List.of(
                new Case(new java.nio.file.FileSystemException("f", null, "No space left on device"), "the disk is full",
                        "free some space, or build onto another disk with --out DIR, then build again"),
                new Case(new java.io.IOException("Disk quota exceeded"), "the disk is full",
                        "free some space, or build onto another disk with --out DIR, then build again"),
                new Case(new java.nio.file.FileSystemException("f", null, "Read-only file system"), "the disk is read-only",
                        "build onto a disk you can write to, with --out DIR"),
                new Case(new java.nio.file.AccessDeniedException("f"), "handout is not allowed to write there (permission"
                        + " denied)", "make the folder writable for you (e.g. chmod u+w output/nhs), or build elsewhere"
                        + " with --out DIR"),
                new Case(new java.nio.file.FileSystemException("f", null, "Not a directory"), "part of the path is a file,"
                        + " not a folder", "remove or rename that file, or build elsewhere with --out DIR"),
                new Case(new java.nio.file.FileSystemException("f", null, "File name too long"), "the name is too long for"
                        + " this disk", "give the leaflet and its folders shorter names, or build into a shorter --out DIR"),
                new Case(new java.nio.file.FileSystemException("f", null, "Too many levels of symbolic links"), "a symbolic"
                        + " link on the way leads round in a loop", "remove the link, or build elsewhere with --out DIR"),
                new Case(new java.nio.file.FileSystemException("f", null, "Input/output error"), "the system said"
                        + " \"Input/output error\"", "check the disk and that the folder is writable, then build again"),
                new Case(new java.io.IOException(new IllegalStateException("x")), "the system said \"an input/output"
                        + " error\"", "check the disk and that the folder is writable, then build again"))) {
            WriteProblems.Kind kind = WriteProblems.kind(c.e());
            assertEquals(c.what(), kind.what(c.e()));
            assertEquals(c.fix(), kind.fix("output/nhs"));
        }
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
