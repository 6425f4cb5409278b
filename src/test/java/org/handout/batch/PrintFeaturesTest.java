package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handout.report.BuildReport;
import org.handout.report.LeafletResult;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the paper copy gives a reader who cannot click: addresses, a QR code, described pictures. */
class PrintFeaturesTest {
    @TempDir
    static Path dir;
    private static BuildReport report;

    @BeforeAll
    static void build() throws Exception {
        Project p = new Project(dir).write("content/print.md", """
                ---
                title: Print
                reviewed: 2026-11-01
                source: https://www.healthcareers.nhs.uk/explore-roles/nursing
                variants: [a4]
                ---

                Read [NHS Health Careers](https://www.healthcareers.nhs.uk/), visit
                [www.nhs.uk](https://www.nhs.uk), or email [the careers team](mailto:careers@example.org).

                ![A nurse checks a patient's blood pressure on a ward](ward.png)

                ![](wave.png "decorative")
                """);
        BufferedImage picture = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "png", p.root().resolve("content/ward.png").toFile());
        ImageIO.write(picture, "png", p.root().resolve("content/wave.png").toFile());
        report = Shared.builder().build(BuildOptions.of(dir), r -> { });
    }

    @Test
    void theLeafletBuildsAndValidates() {
        LeafletResult l = report.leaflets().get(0);
        assertTrue(l.ok(), l.errors() + " " + l.validation());
    }

    @Test
    void linkAddressesArePrintedUnlessTheTextShowsThem() throws Exception {
        try (TaggedPdf pdf = open()) {
            String text = pdf.pageText().replaceAll("\\s+", " ");
            assertTrue(text.contains("Read NHS Health Careers (www.healthcareers.nhs.uk), visit www.nhs.uk, or email"
                    + " the careers team (careers@example.org)."), text);
            long links = pdf.elements().stream().filter(e -> e.type().equals("Link")).count();
            assertTrue(links >= 4, "the links stay clickable, tagged links: " + links);
        }
    }

    @Test
    void theQrCodeOpensTheOnlineVersionAndSaysSo() throws Exception {
        try (TaggedPdf pdf = open()) {
            int last = pdf.document().getNumberOfPages() - 1;
            BufferedImage page = new PDFRenderer(pdf.document()).renderImageWithDPI(last, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals("https://www.healthcareers.nhs.uk/explore-roles/nursing", decoded);
            assertTrue(pdf.elements().stream().anyMatch(e -> e.type().equals("Figure")
                    && e.alt().equals("QR code that opens the online version of this leaflet,"
                    + " www.healthcareers.nhs.uk/explore-roles/nursing")), pdf.elements().toString());
        }
    }

    @Test
    void picturesAreFiguresWithTheirAltTextAndDecorationIsNotRead() throws Exception {
        try (TaggedPdf pdf = open()) {
            List<String> figures = pdf.elements().stream().filter(e -> e.type().equals("Figure"))
                    .map(TaggedPdf.Element::alt).toList();
            assertEquals(2, figures.size(), "the picture and the QR code; not the decoration: " + figures);
            assertEquals("A nurse checks a patient's blood pressure on a ward", figures.get(0));
        }
    }

    private static TaggedPdf open() throws Exception {
        return new TaggedPdf(Files.readAllBytes(dir.resolve("output/print.pdf")));
    }
}
