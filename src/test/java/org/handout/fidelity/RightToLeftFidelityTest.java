package org.handout.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.handout.batch.BuildOptions;
import org.handout.content.LeafletReader;
import org.handout.content.ProjectDefaults;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Leaflet;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fidelity check reads right-to-left text by its ActualText (the logical text of glyphs drawn
 * reversed and joined), but only when the ActualText has the letters the glyphs draw: it may put
 * them in order, never add words that are not drawn nor hide words that are.
 */
class RightToLeftFidelityTest {
    @TempDir
    static Path dir;
    private static Leaflet leaflet;
    private static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        new Project(dir).write("content/ar.md", """
                ---
                title: التمريض
                lang: ar
                reviewed: 2026-11-01
                variants: [a4]
                ---

                يعمل الممرضون مع الأطباء.
                """);
        Shared.builder().build(BuildOptions.of(dir), r -> { });
        pdf = Files.readAllBytes(dir.resolve("output/ar.pdf"));
        leaflet = new LeafletReader(dir, ProjectDefaults.builtIn())
                .read(new SourceFile(dir.resolve("content/ar.md"), "content/ar.md", "ar")).leaflet();
    }

    @Test
    void theBuiltPdfIsComplete() {
        assertEquals(List.of(), FidelityCheck.check(leaflet, pdf, "output/ar.pdf", "leaflet"));
    }

    @Test
    void anActualTextWithOtherLettersDoesNotCount() throws Exception {
        List<Diagnostic> lost = FidelityCheck.check(leaflet, withActualText("يعمل الممرضون مع الأطباء.",
                "يعمل الطبيب وحده."), "output/ar.pdf", "leaflet");
        assertEquals(1, lost.size(), lost.toString());
        assertTrue(lost.get(0).message().startsWith("the paragraph \"يعمل الممرضون مع الأطباء.\""), lost.toString());
    }

    @Test
    void withoutActualTextTheReversedGlyphsDoNotPass() throws Exception {
        List<Diagnostic> lost = FidelityCheck.check(leaflet, withActualText("يعمل الممرضون مع الأطباء.", null),
                "output/ar.pdf", "leaflet");
        assertEquals(1, lost.size(), lost.toString());
    }

    /** The PDF with the ActualText that reads {@code was} replaced (or removed, when {@code now} is null). */
    private static byte[] withActualText(String was, String now) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int changed = 0;
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
                            && tokens.get(i - 1) instanceof COSDictionary d && was.equals(d.getString(COSName.ACTUAL_TEXT))) {
                        if (now == null) {
                            d.removeItem(COSName.ACTUAL_TEXT);
                        } else {
                            d.setString(COSName.ACTUAL_TEXT, now);
                        }
                        changed++;
                    }
                }
                PDStream stream = new PDStream(doc);
                try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(tokens);
                }
                page.setContents(stream);
            }
            assertEquals(1, changed, "the paragraph's run has its ActualText");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
