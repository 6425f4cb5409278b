package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handout validate} on files that are not PDFs, damaged PDFs and PDFs made to overload a checker.
 * Each gets one line naming it, saying what is wrong in plain English and what to do, without a Java
 * exception's name, and is refused before veraPDF would spend minutes and gigabytes on it; the good
 * leaflet given after it is still checked and passes. The files are small on disk: compressed parts are
 * deflated zeros, and the gigabyte-sized files are sparse.
 */
class ValidateBoundsTest {

    private static final String DAMAGED = " — the file is damaged; save or export it again from the program that"
            + " made it";
    private static final String OVERLOAD = " — a genuine file this size is very unusual: it is damaged or made to"
            + " overload checkers; save or export it again from the program that made it";
    private static final String IMAGE = "/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace"
            + " /DeviceGray /BitsPerComponent 8";

    @TempDir
    static Path shared;
    private static Path good;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildAGoodLeaflet() throws IOException {
        new Project(shared).write("content/good.md", Project.leaflet("A job"));
        assertEquals(0, Project.run("build", "--project", shared.toString()).exitCode());
        good = shared.resolve("output/good.pdf");
    }

    @Test
    void threeGigabytesOfZerosAreRefusedAfterReadingTheirFirstKilobyte() throws IOException {
        Path zeros = sparse("zeros.pdf", "", 3L << 30);

        assertRefused(zeros, "not a readable PDF (no %PDF- header in the first 1024 bytes, so it is not a PDF) — give"
                + " the PDF itself; if this should be one, save or export it again from the program that made it");
    }

    @Test
    void aTextFileIsNotAPdf() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "Careers fair on Tuesday\n");

        assertRefused(notes, "not a readable PDF (no %PDF- header in the first 1024 bytes, so it is not a PDF) — give"
                + " the PDF itself; if this should be one, save or export it again from the program that made it");
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = sparse("big.pdf", "%PDF-1.7\n", 150L << 20);

        assertRefused(big, "the file is 150 MB; validate checks PDFs of at most 100 MB — make it smaller (export it"
                + " again with its pictures compressed) or split it into several PDFs");
    }

    @Test
    void aCrossReferenceTableThatPointsOutsideTheFile() throws IOException {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("", "");
        Path broken = Files.write(dir.resolve("broken-xref.pdf"), pdf.bytes(root, 9000));

        assertRefused(broken, "not a readable PDF (its table of contents (the xref table) points outside the file)"
                + DAMAGED);
    }

    @Test
    void aPageTreeThatLoopsBackOnItself() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"); // its kid is its own parent

        assertRefused(pdf.save(dir.resolve("looped-pages.pdf"), root),
                "not a readable PDF (its page tree loops back on itself)" + DAMAGED);
    }

    @Test
    void aTagTreeThatLoopsBackOnItself() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/StructParents 0", "/StructTreeRoot 4 0 R /MarkInfo << /Marked true >>");
        pdf.add("<< /Type /StructTreeRoot /K 5 0 R >>");
        pdf.add("<< /Type /StructElem /S /Document /P 4 0 R /K 6 0 R >>");
        pdf.add("<< /Type /StructElem /S /P /P 5 0 R /K 5 0 R >>"); // the paragraph contains its document

        assertRefused(pdf.save(dir.resolve("looped-tags.pdf"), root),
                "not a readable PDF (its tag tree, which screen readers follow, loops back on itself)" + DAMAGED);
    }

    @Test
    void aContentStreamThatInflatesTo33Megabytes() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Contents 4 0 R", "");
        pdf.addStream("/Filter /FlateDecode", HandMadePdf.deflatedZeros(33));

        assertRefused(pdf.save(dir.resolve("content-bomb.pdf"), root), "a compressed part of it (object 4) unpacks to"
                + " more than 32 MB, more than validate unpacks for any one part" + OVERLOAD);
    }

    @Test
    void aPictureThatInflatesTo300Megabytes() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Resources << /XObject << /Im 4 0 R >> >> /Contents 5 0 R", "");
        pdf.addStream(IMAGE + " /Filter /FlateDecode", HandMadePdf.deflatedZeros(300));
        pdf.addStream("", "q 100 0 0 100 0 0 cm /Im Do Q".getBytes(StandardCharsets.US_ASCII));

        assertRefused(pdf.save(dir.resolve("picture-bomb.pdf"), root), "a picture in it (object 4) unpacks to more"
                + " than 256 MB, more than validate unpacks for any one picture" + OVERLOAD);
    }

    /** Pictures have limits of their own, larger than other parts': a photo may well unpack to 40 MB. */
    @Test
    void aPictureThatInflatesTo40MegabytesIsCheckedAsUsual() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Resources << /XObject << /Im 4 0 R >> >> /Contents 5 0 R", "");
        pdf.addStream(IMAGE + " /Filter /FlateDecode", HandMadePdf.deflatedZeros(40));
        pdf.addStream("", "q 100 0 0 100 0 0 cm /Im Do Q".getBytes(StandardCharsets.US_ASCII));
        Path picture = pdf.save(dir.resolve("picture.pdf"), root);

        Run run = validate(picture);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith(picture + ": FAIL\n"), run.out());
        assertTrue(run.out().contains(good + ": PASS"), run.out());
    }

    /** ... but a picture drawn as a page's content is read as content. */
    @Test
    void aPictureUsedAsPageContentIsMeasuredAsContent() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Contents 4 0 R", "");
        pdf.addStream(IMAGE + " /Filter /FlateDecode", HandMadePdf.deflatedZeros(65));

        assertRefused(pdf.save(dir.resolve("picture-as-content.pdf"), root), "its pages draw more than 64 MB of"
                + " drawing instructions (a drawing used again is counted again), more than validate checks"
                + OVERLOAD);
    }

    @Test
    void aFontThatInflatesTo33Megabytes() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R", "");
        pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 65 /LastChar 65 /Widths [500]"
                + " /FontDescriptor 6 0 R >>");
        pdf.addStream("", "BT /F1 12 Tf 72 720 Td (A) Tj ET".getBytes(StandardCharsets.US_ASCII));
        pdf.add("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
                + " /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.addStream("/Filter /FlateDecode", HandMadePdf.deflatedZeros(33));

        assertRefused(pdf.save(dir.resolve("font-bomb.pdf"), root), "a compressed part of it (object 7) unpacks to"
                + " more than 32 MB, more than validate unpacks for any one part" + OVERLOAD);
    }

    /** veraPDF reads metadata whole when it opens a file: at 2 GB that ended in a NegativeArraySizeException. */
    @Test
    void metadataThatInflatesTo33Megabytes() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("", "/Metadata 4 0 R");
        pdf.addStream("/Type /Metadata /Subtype /XML /Filter /FlateDecode", HandMadePdf.deflatedZeros(33));

        assertRefused(pdf.save(dir.resolve("metadata-bomb.pdf"), root), "a compressed part of it (object 4) unpacks"
                + " to more than 32 MB, more than validate unpacks for any one part" + OVERLOAD);
    }

    /** Was already answered so before these limits; kept so that it stays so. */
    @Test
    void arraysNestedAHundredThousandDeep() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("", "/Deep " + "[".repeat(100_000) + "]".repeat(100_000));

        assertRefused(pdf.save(dir.resolve("deep.pdf"), root),
                "not a readable PDF (its objects are nested too deeply to check)" + DAMAGED);
    }

    @Test
    void aPageCountOfTwoBillion() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

        assertRefused(pdf.save(dir.resolve("count.pdf"), root), "not a readable PDF (its page tree counts its pages"
                + " wrongly: it says 2,147,483,647 where there is 1)" + DAMAGED);
    }

    @Test
    void tenThousandAndOnePages() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [" + HandMadePdf.times(10_001, 3) + "] /Count 10001 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

        assertRefused(pdf.save(dir.resolve("pages.pdf"), root),
                "it has more than 10,000 pages, more than validate checks — split it into several PDFs and check"
                        + " each");
    }

    /** 1.4 KB, a hundred million pages: veraPDF ran for over 5 minutes and took 6 GB before it was stopped. */
    @Test
    void aPageTreeWhoseGroupsListTheSameGroupTenTimesEightLevelsDeep() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 0; level < 8; level++) {
            pdf.add("<< /Type /Pages /Kids [" + HandMadePdf.times(10, pdf.next() + 1) + "] /Count "
                    + (long) Math.pow(10, 8 - level) + " >>");
        }
        pdf.add("<< /Type /Page /Parent 9 0 R /MediaBox [0 0 595 842] >>");

        assertRefused(pdf.save(dir.resolve("page-tree-bomb.pdf"), root),
                "it has more than 10,000 pages, more than validate checks — split it into several PDFs and check"
                        + " each");
    }

    /** 1.6 KB: veraPDF took 2 minutes and 3.9 GB over eight levels. */
    @Test
    void aTagTreeWhoseTagsListTheSameTagTenTimesSixLevelsDeep() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/StructParents 0", "/StructTreeRoot 4 0 R /MarkInfo << /Marked true >>");
        pdf.add("<< /Type /StructTreeRoot /K 5 0 R >>");
        for (int level = 0; level < 6; level++) {
            pdf.add("<< /Type /StructElem /S /Div /K [" + HandMadePdf.times(10, pdf.next() + 1) + "] >>");
        }
        pdf.add("<< /Type /StructElem /S /P >>");

        assertRefused(pdf.save(dir.resolve("tag-tree-bomb.pdf"), root), "it has more than 500,000 tags (a tag reached"
                + " twice is counted twice), more than validate checks" + OVERLOAD);
    }

    /** 1.9 KB: veraPDF parses a drawing each time it is drawn, and took 3½ minutes and 4.7 GB. */
    @Test
    void aDrawingThatDrawsAnotherTenTimesSevenLevelsDeep() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >>", "");
        pdf.addStream("", "/X Do".getBytes(StandardCharsets.US_ASCII));
        for (int level = 0; level < 7; level++) {
            boolean last = level == 6;
            pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]"
                    + (last ? "" : " /Resources << /XObject << /X " + (pdf.next() + 1) + " 0 R >> >>"),
                    (last ? "0 0 1 1 re f" : "/X Do ".repeat(10)).getBytes(StandardCharsets.US_ASCII));
        }

        assertRefused(pdf.save(dir.resolve("drawing-bomb.pdf"), root), "its pages draw more than 64 MB of drawing"
                + " instructions (a drawing used again is counted again), more than validate checks" + OVERLOAD);
    }

    @Test
    void seventyPagesSharingAMegabyteOfContent() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [" + HandMadePdf.times(70, 3) + "] /Count 70 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.addStream("/Filter /FlateDecode", HandMadePdf.deflatedZeros(1));

        assertRefused(pdf.save(dir.resolve("shared-content.pdf"), root), "its pages draw more than 64 MB of drawing"
                + " instructions (a drawing used again is counted again), more than validate checks" + OVERLOAD);
    }

    /** 1.3 KB: veraPDF read the whole tree of attached files and ran out of 512 MB after 31 s. */
    @Test
    void aListOfAttachedFilesThatListsTheSameBranchTenTimesSevenLevelsDeep() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("", "/Names << /EmbeddedFiles 4 0 R >>");
        for (int level = 0; level < 7; level++) {
            pdf.add("<< /Kids [" + HandMadePdf.times(10, pdf.next() + 1) + "] >>");
        }
        pdf.add("<< /Names [(a.txt) << /Type /Filespec /F (a.txt) >>] >>");

        assertRefused(pdf.save(dir.resolve("names-bomb.pdf"), root), "its lists of names have more than 500,000"
                + " entries (an entry reached twice is counted twice), more than validate checks" + OVERLOAD);
    }

    /** veraPDF checks each PDF attached to a PDF/A file as a PDF/A file itself. */
    @Test
    void aPdfAttachedToAPdfaFileIsMeasuredToo() throws IOException {
        HandMadePdf bomb = new HandMadePdf();
        int bombRoot = bomb.onePage("/Contents 4 0 R", "");
        bomb.addStream("/Filter /FlateDecode", HandMadePdf.deflatedZeros(33));
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("", "/Names << /EmbeddedFiles << /Names [(a.pdf) 4 0 R] >> >> /Metadata 6 0 R");
        pdf.add("<< /Type /Filespec /F (a.pdf) /UF (a.pdf) /EF << /F 5 0 R >> >>");
        pdf.addStream("/Type /EmbeddedFile", bomb.bytes(bombRoot));
        pdf.addStream("/Type /Metadata /Subtype /XML", PDFA_2B_XMP.getBytes(StandardCharsets.UTF_8));

        assertRefused(pdf.save(dir.resolve("attachment.pdf"), root), "the PDF attached to it (object 5) cannot be"
                + " checked: a compressed part of it (object 4) unpacks to more than 32 MB, more than validate"
                + " unpacks for any one part" + OVERLOAD);
    }

    private static final String PDFA_2B_XMP = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
            + "<pdfaid:part>2</pdfaid:part>"
            + "<pdfaid:conformance>B</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    /** Were already answered so before these limits; kept so that they stay so. */
    @Test
    void aNegativeWidthAndANegativeLengthAreReportedAsRulesNotExceptions() {
        HandMadePdf pdf = new HandMadePdf();
        int root = pdf.onePage("/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R", "");
        pdf.addStream(IMAGE.replace("/Width 100", "/Width -100"), new byte[100]);
        pdf.add("<< /Length -5 >>\nstream\nq 100 0 0 100 0 0 cm /Im1 Do Q\nendstream");
        Path odd = pdf.save(dir.resolve("negative.pdf"), root);

        Run run = validate(odd);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith(odd + ": FAIL\n"), run.out());
        assertTrue(run.out().contains(good + ": PASS"), run.out());
    }

    private Run validate(Path bad) {
        return Project.run("validate", bad.toString(), good.toString());
    }

    /** The whole of standard error is this one line; the good leaflet after it still passes. */
    private void assertRefused(Path bad, String message) {
        Run run = validate(bad);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(bad + ": error: " + message + System.lineSeparator(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(good + ": PASS", run.out().lines().findFirst().orElse(""), run.out());
    }

    /** A file of {@code size} bytes that starts with {@code start}, the rest a hole that takes no disk space. */
    private Path sparse(String name, String start, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            out.setLength(size);
        }
        return file;
    }
}
