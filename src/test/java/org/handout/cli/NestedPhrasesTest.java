package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.handout.testing.Project;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested {@code <span lang>} and {@code <abbr>} keep their nesting in the PDF's structure tree, so a
 * screen reader switches to English inside a Welsh phrase and back, and reads each expansion.
 */
class NestedPhrasesTest {
    @TempDir
    Path dir;

    @Test
    void eachPhraseIsASpanInsideTheOneAroundItWithItsLanguageOrExpansion() throws Exception {
        Project p = new Project(dir).write("content/n.md", """
                ---
                title: Nursing
                reviewed: 2026-11-01
                ---

                Nurses in Wales often say <span lang="cy">Croeso i'r <span lang="en">NHS</span> a'r \
                <abbr title="Gwasanaeth Iechyd Gwladol">GIG</abbr></span> to every new member of staff on a ward.
                """);
        Project.Run run = Project.run("build", "--project", dir.toString(), "--variant", "a4");
        assertEquals(0, run.exitCode(), run.err());
        try (TaggedPdf pdf = new TaggedPdf(p.read("output/n.pdf"))) {
            List<String> spans = new ArrayList<>();
            spans(pdf.document().getDocumentCatalog().getStructureTreeRoot(), "", spans);
            assertEquals(List.of("Span lang=cy", "Span lang=cy > Span lang=en",
                    "Span lang=cy > Span E=Gwasanaeth Iechyd Gwladol"), spans);
        }
    }

    /** Each Span with a language or expansion, as the path of such Spans from the outermost. */
    private static void spans(PDStructureNode node, String path, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                String here = path;
                if (el.getStructureType().equals("Span") && (el.getLanguage() != null || el.getExpandedForm() != null)) {
                    here = (path.isEmpty() ? "" : path + " > ") + "Span " + (el.getLanguage() != null
                            ? "lang=" + el.getLanguage() : "E=" + el.getExpandedForm());
                    out.add(here);
                }
                spans(el, here, out);
            }
        }
    }
}
