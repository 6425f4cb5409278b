package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handout.report.BuildReport;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pay table over several pages: its header is printed on every page and read once. */
class LongTableTest {
    @TempDir
    Path dir;

    @Test
    void theHeaderRowRepeatsOnEveryPageButIsReadOnce() throws Exception {
        String rows = IntStream.range(0, 80).mapToObj(i -> "| Role " + i + " | £" + (20 + i) + ",000 |")
                .collect(Collectors.joining("\n"));
        new Project(dir).write("content/pay.md", "---\ntitle: Pay\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\n"
                + "| Job title | Pay per year |\n| --- | --- |\n" + rows + "\n");

        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });

        assertTrue(report.ok(), report.leaflets().toString());
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(dir.resolve("output/pay.pdf")))) {
            int pages = pdf.document().getNumberOfPages();
            assertTrue(pages >= 2, "the table runs over " + pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertTrue(stripper.getText(pdf.document()).contains("Job title"), "header printed on page " + p);
            }
            String read = pdf.readingOrderText();
            assertEquals(read.indexOf("Job title"), read.lastIndexOf("Job title"), "read once: " + read);
            assertTrue(read.startsWith("Pay Job title Pay per year Role 0 £20,000"), read);
        }
    }
}
