package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Leaflet;

/** Writes {@code content/x.md} in a project folder and reads it as handout does, for reader tests. */
final class LeafletFixture {
    private final Path project;

    LeafletFixture(Path project) {
        this.project = project;
    }

    Leaflet read(String text) throws Exception {
        return reader().read(source(text)).leaflet();
    }

    /** Asserts that reading the text gives exactly these messages, in this order. */
    void assertErrors(String text, String... expected) throws IOException {
        SourceFile source = source(text);
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> reader().read(source));
        assertEquals(List.of(expected), e.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    private LeafletReader reader() {
        return new LeafletReader(project, ProjectDefaults.builtIn());
    }

    private SourceFile source(String text) throws IOException {
        Path file = project.resolve("content/x.md");
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return new SourceFile(file, "content/x.md", "x");
    }
}
