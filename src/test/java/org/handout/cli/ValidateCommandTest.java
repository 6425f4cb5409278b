package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A careers service checks PDFs it did not make with handout. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUntaggedPdfFailsWithRuleIdsAndPlainEnglish() throws Exception {
        Path pdf = dir.resolve("word-export.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Careers fair, Tuesday");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }

        Run run = Project.run("validate", pdf.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(pdf + ": FAIL"), run.out());
        assertTrue(run.out().contains("PDF/UA-1: FAIL"), run.out());
        assertTrue(run.out().matches("(?s).*ISO 14289-1:2014 [0-9.]+-\\d+ \\(failed \\d+×\\): \\w.*"), run.out());
    }

    @Test
    void aLeafletBuiltByHandoutPasses() throws Exception {
        new Project(dir).write("content/job.md", Project.leaflet("A job"));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());

        Run run = Project.run("validate", dir.resolve("output/job.pdf").toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("PDF/UA-1: pass"), run.out());
        assertTrue(run.out().contains("PDF/A-2A: pass") || run.out().contains("PDF/A-2a: pass"), run.out());
    }

    @Test
    void aFileThatIsNotAPdfGetsAMessageNotAStackTrace() throws Exception {
        Path notPdf = dir.resolve("notes.pdf");
        Files.writeString(notPdf, "just some text");

        Run run = Project.run("validate", notPdf.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(notPdf + ": error: "), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void aFolderADamagedPdfAndAGoodOneInOneCallEachGetTheirOwnAnswer() throws Exception {
        new Project(dir).write("content/good.md", Project.leaflet("A job"));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        Path good = dir.resolve("output/good.pdf");
        byte[] bytes = Files.readAllBytes(good);
        Path damaged = dir.resolve("damaged.pdf");
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // a download cut short
        Path folder = Files.createDirectory(dir.resolve("handouts"));

        Run run = Project.run("validate", folder.toString(), damaged.toString(), good.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(folder + ": error: is a folder, not a PDF — give the PDFs in it, e.g. " + folder
                + "/*.pdf"), run.err());
        assertTrue(run.err().contains(damaged + ": error: not a readable PDF (its end is missing: it may have been cut"
                + " short while being downloaded or copied) — the file is damaged; save or export it again from the"
                + " program that made it"), run.err());
        assertTrue(run.out().contains(good + ": PASS"), run.out());
    }
}
