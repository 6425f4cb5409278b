package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's handout.yaml: optional, and read as strictly as a leaflet's front matter. */
class ProjectDefaultsReaderTest {
    @TempDir
    Path project;

    @Test
    void noFileAnEmptyFileOrOnlyCommentsGiveTheBuiltInDefaults() throws Exception {
        assertEquals(ProjectDefaults.builtIn(), ProjectDefaultsReader.read(project));
        Files.writeString(project.resolve("handout.yaml"), "");
        assertEquals(ProjectDefaults.builtIn(), ProjectDefaultsReader.read(project));
        Files.writeString(project.resolve("handout.yaml"), "# nothing set yet\n");
        assertEquals(ProjectDefaults.builtIn(), ProjectDefaultsReader.read(project));
    }

    @Test
    void everyKeyIsRead() throws Exception {
        Files.writeString(project.resolve("handout.yaml"), """
                publisher: Careers Wales
                lang: cy
                template: leaflet
                variants: [a4]
                max-reading-grade: 8.5
                """);
        ProjectDefaults read = ProjectDefaultsReader.read(project);
        assertEquals(new ProjectDefaults("Careers Wales", "cy", "leaflet", List.of("a4"), 8.5, new org.handout.model.Brand("Careers Wales", null, java.util.Map.of()),
                read.positions()), read);
        assertEquals(new Position(3, 11), read.at("template"), "kept, so a template handout build rejects is named here");
        assertEquals(new Position(4, 11), read.at("variants"));
    }

    @Test
    void mistakesAreNamedWithTheirPlace() throws Exception {
        Files.writeString(project.resolve("handout.yaml"), "publisher: [Careers\nlang: xx-YY\n");
        assertMessages("handout.yaml:1:12: error: the handout.yaml is not valid YAML: expected ',' or ']', but got"
                + " : (while parsing a flow sequence that starts here) — check quotes, brackets and indentation");
        Files.writeString(project.resolve("handout.yaml"), "publisher: NHS\nmax-reading-grade: easy\n");
        assertMessages("handout.yaml:2:20: error: max-reading-grade must be a number from 1 to 30, e.g."
                + " max-reading-grade: 9 (a school grade: 9 suits 14 to 15 year olds)");
    }

    private void assertMessages(String... expected) {
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> ProjectDefaultsReader.read(project));
        assertEquals(List.of(expected), e.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
