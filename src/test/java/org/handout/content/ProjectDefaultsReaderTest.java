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
    void aTabAfterAKeyAlignsItsValueAsInAFrontMatter() throws Exception {
        Files.writeString(project.resolve("handout.yaml"), "publisher:\tCareers Wales\nlang:\t\tcy\n");
        assertEquals("Careers Wales", ProjectDefaultsReader.read(project).publisher());
        assertEquals("cy", ProjectDefaultsReader.read(project).lang());
        Files.writeString(project.resolve("handout.yaml"), "publisher:\tNHS\nmax-reading-grade:\teasy\n");
        assertMessages("handout.yaml:2:20: error: max-reading-grade must be a number from 1 to 30, e.g."
                + " max-reading-grade: 9 (a school grade: 9 suits 14 to 15 year olds)");
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

    /** The publisher and the logo's alt text are printed in every leaflet, so they follow the leaflets' rules. */
    @Test
    void charactersTagsAndLengthsAreCheckedAsInAFrontMatter() throws Exception {
        Files.writeString(project.resolve("handout.yaml"), "publisher: \"Careers\\u0007 Wales\"\nlang: !!binary Y3k=\n"
                + "logo: {file: logo.png, alt: \"Logo\u202E\"}\n");
        Files.write(project.resolve("logo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        assertMessages("handout.yaml:1:20: error: the publisher has a control character U+0007 at column 20 — remove"
                        + " it (it cannot be printed)",
                "handout.yaml:2:7: error: the lang has the YAML tag !!binary — handout reads every value as text and"
                        + " uses no tags; remove !!binary (and put the value in quotes if it should be kept exactly as"
                        + " written)",
                "handout.yaml:3:34: error: the logo's alt has an invisible right-to-left override U+202E at column 34"
                        + " — remove it: it makes the text print in a different order from how it reads here; for"
                        + " right-to-left text give its language instead, lang: ar for the whole leaflet or"
                        + " <span lang=\"ar\">…</span> for a phrase");
        Files.writeString(project.resolve("handout.yaml"), "publisher: " + "P".repeat(301) + "\n");
        assertMessages("handout.yaml:1:12: error: \"publisher\" is 301 characters long; a publisher may be at most 300"
                + " — shorten it");
    }

    @Test
    void aUtf16HandoutYamlIsToldToBeSavedAsUtf8() throws Exception {
        byte[] text = "publisher: NHS\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] notepad = java.util.Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xFE}, 2 + text.length);
        System.arraycopy(text, 0, notepad, 2, text.length);
        Files.write(project.resolve("handout.yaml"), notepad);
        assertMessages("handout.yaml:1:1: error: this file is saved as UTF-16, not UTF-8 — in your editor choose"
                + " Save As and the encoding \"UTF-8\"");
    }

    private void assertMessages(String... expected) {
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> ProjectDefaultsReader.read(project));
        assertEquals(List.of(expected), e.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
