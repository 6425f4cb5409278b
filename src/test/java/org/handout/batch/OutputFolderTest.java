package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static List<Path> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
