package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handout.diagnostic.Diagnostic;
import org.handout.report.BuildReport;
import org.handout.report.LeafletResult;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages a print designer would sign off, in every variant: leaflets shaped so that headings, lead-ins,
 * tables, boxes and the leaflet's end fall at the foot of a page somewhere, read back from the PDF.
 */
class LayoutRulesTest {
    private static final String[] PDFS = {"%s.pdf", "%s.large-print.pdf", "%s.a5.pdf"};
    private static final String FILLER = "Paramedics and nurses work side by side in hospitals, in the community and"
            + " on the road, and they learn from each other every day of the week. ";

    @TempDir
    Path dir;

    @Test
    void headingsLeadInsTablesAndBoxesStayWithWhatFollowsThem() throws Exception {
        StringBuilder body = new StringBuilder("An opening paragraph.\n\n");
        for (int i = 1; i <= 14; i++) {
            String n = String.format(Locale.ROOT, "%02d", i);
            body.append("## Section ").append(n).append("\n\n").append(FILLER.repeat(1 + i % 4)).append("\n\n")
                    .append("For step ").append(n).append(" you will need:\n\n");
            for (char c = 'a'; c <= 'd'; c++) {
                body.append("- item ").append(n).append(c).append(": a long item that says what you need and why you"
                        + " need it, so that it runs over a line\n");
            }
            body.append("\n## Pay ").append(n).append("\n\nThe pay for band ").append(n).append(" is below.\n\n")
                    .append("| Band | Pay |\n| --- | --- |\n| band ").append(n).append("-1 | £24,000 |\n| band ")
                    .append(n).append("-2 | £28,000 |\n\n")
                    .append("> **Did you know ").append(n).append("?** ").append(FILLER.repeat(2))
                    .append("End of box ").append(n).append(".\n\n");
        }
        new Project(dir).write("content/shaped.md", "---\ntitle: Shaped\nreviewed: 2026-11-01\n---\n\n" + body);
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        assertEquals(List.of(), layoutWarnings(report));

        for (String name : PDFS) {
            String pdf = "output/" + String.format(Locale.ROOT, name, "shaped");
            List<List<Line>> pages = pages(dir.resolve(pdf));
            for (int i = 1; i <= 14; i++) {
                String n = String.format(Locale.ROOT, "%02d", i);
                assertHeadingKeepsTwoLines(pages, "Section " + n, pdf);
                assertHeadingKeepsTwoLines(pages, "Pay " + n, pdf);
                assertEquals(page(pages, "For step " + n + " you will need:"), page(pages, "item " + n + "a:"),
                        pdf + ": the lead-in of step " + n + " is on the page its list starts on");
                assertEquals(page(pages, "The pay for band " + n + " is below."), page(pages, "band " + n + "-1"),
                        pdf + ": the introduction of table " + n + " is on the page the table starts on");
                int box = page(pages, "Did you know " + n + "?");
                List<Line> lines = pages.get(box);
                int first = index(lines, "Did you know " + n + "?");
                assertTrue(lines.size() - first >= 2 || box == page(pages, "End of box " + n + "."),
                        pdf + ": box " + n + " starts with two lines of its text on page " + (box + 1));
            }
        }
    }

    @Test
    void aTableRightAfterAListNearTheFootOfAPageIsDrawnWhole() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append("## Section ").append(i).append("\n\n")
                    .append("Nurse patient ward team care shift hospital doctor learn skills. ".repeat(6 + i)).append("\n\n")
                    .append("You will need:\n\n")
                    .append("- support people in the community every day\n".repeat(4 + i % 3))
                    .append("\n| Route | Time |\n| --- | --- |\n| Degree | 3 years |\n| Apprenticeship | 4 years |\n\n");
        }
        new Project(dir).write("content/routes.md", "---\ntitle: Routes\nreviewed: 2026-11-01\n---\n\n" + body);

        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });

        assertTrue(report.ok(), report.leaflets().toString());
        assertEquals(List.of(), layoutWarnings(report));
    }

    @Test
    void aWideTableAfterAListInLargePrintIsDrawnWithEverythingAfterIt() throws Exception {
        new Project(dir).write("content/wide.md", "---\ntitle: Wide\nreviewed: 2026-11-01\nsummary: Work course learn"
                + " midwife doctor ward doctor nurse care nurse shift support.\nsource: https://www.example.org/nursing\n"
                + "contact:\n  heading: Find out more\n  email: advice@example.org\n---\n\n" + "Day team people ward shift degree work shift learn skills health learn learn ward. Day patient support care skills night team shift people people degree people help.\n"
                + "\n"
                + "## Ward care patient shift learn\n"
                + "\n"
                + "You will need:\n"
                + "\n"
                + "- Shift health health midwife day work skills team skills degree.\n"
                + "- Support community course.\n"
                + "- Hospital ward apply midwife.\n"
                + "- Degree skills people day hospital.\n"
                + "\n"
                + "## Training patient midwife patient night\n"
                + "\n"
                + "Work hospital health community community health support nurse. Day course day shift support night training shift help. Health hospital day team apply shift degree doctor ward nurse support care apply. Doctor learn day community apply degree training. Training apply training people night help.\n"
                + "\n"
                + "| Col 0 | Col 1 | Col 2 | Col 3 |\n"
                + "| --- | --- | --- | --- |\n"
                + "| Patient people. | Health apply patient community. | Degree. | Apply nurse. |\n"
                + "| Skills. | Apply team. | Care patient health. | Skills shift shift team. |\n"
                + "| Nurse training doctor. | Ward hospital. | Course skills. | Ward learn patient training. |\n"
                + "\n"
                + "You will need:\n"
                + "");

        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });

        assertTrue(report.ok(), report.leaflets().toString());
    }

    @Test
    void aFiveColumnTableOfLongWordsFitsInLargePrint() throws Exception {
        new Project(dir).write("content/five.md", """
                ---
                title: Five columns
                reviewed: 2026-11-01
                ---

                Who works where.

                | Role | Where | With | Training | Then |
                | --- | --- | --- | --- | --- |
                | Training course training skills learn. | Support. | Training. | Day ward. | Apply help. |
                | Course ward. | Day work paramedic care. | Health. | Day. | Midwife day people. |
                | Care people. | Skills support health nurse help. | Degree. | Nurse. | Course. |
                | Learn community. | Training ward degree. | Support people hospital hospital hospital. | Course support community. | Care. |
                | Team ward patient community midwife. | Skills. | Midwife training. | Radiographer pharmacy doctor. | Degree. |
                | People radiographer community. | Paramedic nurse radiographer. | Pharmacy course degree paramedic. | Patient hospital. | Radiographer skills patient. |
                | Nurse degree support. | Learn doctor learn nurse nurse. | Night shift community course ward. | Team health people day midwife. | Work night shift. |
                | Patient pharmacy pharmacy nurse health. | Doctor learn learn. | Help. | Skills paramedic. | Apply doctor. |

                - Apply doctor.
                - Radiographer skills patient.
                """);

        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });

        assertTrue(report.ok(), report.leaflets().toString());
    }

    @Test
    void theEndOfALeafletIsNeverAloneOnItsLastPage() throws Exception {
        Project project = new Project(dir);
        // The closing box and colophon come after text that ends at a different height on the page in each
        // leaflet, one line more at a time, so that in every variant some leaflet's text ends at the foot.
        int leaflets = 12;
        for (int k = 0; k < leaflets; k++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6 + k / 3; p++) {
                body.append(FILLER.repeat(3)).append("\n\n");
            }
            body.append(FILLER.substring(0, 30 * (k % 3) + 10)).append(" closing").append(k)
                    .append(".\n");
            project.write("content/end" + k + ".md", "---\ntitle: End " + k + "\nreviewed: 2026-11-01\n"
                    + "source: https://www.healthcareers.nhs.uk/explore-roles/nursing\ncontact:\n  heading: Find out more\n"
                    + "  text: Speak to your careers adviser.\n  website: https://www.healthcareers.nhs.uk\n---\n\n" + body);
        }
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        for (int k = 0; k < leaflets; k++) {
            for (String name : PDFS) {
                String pdf = "output/" + String.format(Locale.ROOT, name, "end" + k);
                List<List<Line>> pages = pages(dir.resolve(pdf));
                int last = pages.size() - 1;
                assertEquals(last, page(pages, "closing" + k + "."),
                        pdf + ": the last page holds the leaflet's last words, not the closing box and colophon alone");
            }
        }
    }

    @Test
    void aShortLeafletKeepsItsColophonOnItsOnePage() throws Exception {
        // A title, a summary, two one-line sections and the contact box: in large print the colophon (review
        // date, a long online address, the QR code) does not fit under the box as the template first sets it.
        new Project(dir).write("content/short.md", """
                ---
                title: Pharmacy technician
                subtitle: A career in the NHS
                reviewed: 2026-10-01
                summary: Pharmacy technicians prepare medicines and help patients use them safely.
                source: https://www.healthcareers.nhs.uk/explore-roles/pharmacy/roles-pharmacy/pharmacy-technician
                contact:
                  heading: Find out more
                  text: Speak to your careers adviser, or visit **NHS Health Careers**.
                  website: https://www.healthcareers.nhs.uk
                  email: advice@example.org
                  phone: 0345 60 60 655
                ---

                Most people who do this job work in hospitals, clinics and the community. They work in teams with
                doctors, nurses and other staff, and they help patients of every age to get well and stay well.

                ## What you do

                You will prepare medicines, check prescriptions and give advice.

                ## Pay

                Pharmacy technicians start on band 5.
                """);
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        assertEquals(List.of(), layoutWarnings(report));
        for (String name : PDFS) {
            String pdf = "output/" + String.format(Locale.ROOT, name, "short");
            List<List<Line>> pages = pages(dir.resolve(pdf));
            assertEquals(1, pages.size(), pdf + ": less than a quarter page of colophon gets no page of its own");
            assertTrue(index(pages.get(0), "start on band 5.") >= 0 && index(pages.get(0), "Reviewed 1 October 2026.") >= 0
                    && index(pages.get(0), "Find out more") >= 0, pdf + ": the text, the contact box and the colophon"
                    + " share the page: " + pages.get(0));
        }
    }

    @Test
    void aHeadingWithAllOfItsOneLineSectionAtTheFootOfAPageIsNoWarning() throws Exception {
        Project project = new Project(dir);
        project.write("templates/custom/page.ftlh", builtIn("page.ftlh"))
                .write("templates/custom/style.css", builtIn("style.css") + "\n.body h2 { page-break-before: always; }\n")
                .write("templates/custom/a4.css", builtIn("a4.css"))
                .write("templates/custom/template.yaml", "variants: [a4]\n")
                .write("content/job.md", "---\ntitle: Radiographer\nreviewed: 2026-11-01\ntemplate: custom\n---\n\n"
                        + FILLER.repeat(2) + "\n\n## What you do\n\nYou take X-rays.\n\n## Pay\n\nYou start on band 5.\n");
        Project.Run run = Project.run("build", "--project", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<List<Line>> pages = pages(dir.resolve("output/job.pdf"));
        assertEquals(List.of("What you do", "You take X-rays."), pages.get(1).stream().map(Line::text).toList(),
                "the section is the whole of page 2");
        assertEquals("Pay", pages.get(2).get(0).text(), "the next section starts page 3");
        assertFalse(run.err().contains("layout rule"), "\"What you do\" keeps the one line it heads: " + run.err());
    }

    @Test
    void aTemplateThatBreaksARuleGetsAWarningNamingTheLeafletPdfPageAndRule() throws Exception {
        Project project = new Project(dir);
        project.write("templates/custom/page.ftlh", builtIn("page.ftlh"))
                .write("templates/custom/style.css", builtIn("style.css")
                        + "\nh2 { page-break-after: always; -fs-page-break-min-height: 0; }\n")
                .write("templates/custom/a5.css", builtIn("a5.css") + "\n.running-footer { font-size: 7pt; }\n")
                .write("templates/custom/template.yaml", "variants: [a5]\n")
                .write("content/job.md", "---\ntitle: Radiographer\nreviewed: 2026-11-01\ntemplate: custom\n---\n\n"
                        + "Radiographers work in hospitals.\n\n## What you do\n\nYou take X-rays.\n");
        Project.Run run = Project.run("build", "--project", dir.toString());
        assertEquals(0, run.exitCode(), "a broken rule is a warning, not a failure: " + run.err());
        assertTrue(project.exists("output/job.pdf")); // a5 is the template's only, so its default, variant
        assertTrue(run.err().contains("content/job.md: warning: layout rule \"heading\": output/job.pdf page 1:"
                + " the heading \"What you do\" has nothing under it at the foot of the page"), run.err());
        assertTrue(run.err().contains("content/job.md: warning: layout rule \"type size\": output/job.pdf page 1:"
                + " \"Radiographer Page 1 of 2\" is set in 7.0 pt; this variant needs 8.5 pt or more"), run.err());
    }

    @Test
    void printedAddressesBreakOnlyAfterASlashOrBeforeADot() throws Exception {
        String[] addresses = {"https://www.healthcareers.nhs.uk/explore-roles/ambulance-service-team/roles-ambulance-service/paramedic",
                "https://www.jobs.nhs.uk", "https://www.nhsbsa.nhs.uk/nhs-learning-support-fund-lsf",
                "https://www.healthcareers.nhs.uk/working-health/working-healthcare-science"};
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            body.append("See ").append("the ".repeat(i % 9)).append("[page ").append(i).append("](")
                    .append(addresses[i % addresses.length]).append(") for more.\n\n");
        }
        new Project(dir).write("content/links.md", "---\ntitle: Links\nreviewed: 2026-11-01\n"
                + "source: " + addresses[0] + "\n---\n\n" + body);
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        int broken = 0;
        for (String name : PDFS) {
            String pdf = "output/" + String.format(Locale.ROOT, name, "links");
            for (List<Line> page : pages(dir.resolve(pdf))) {
                for (int i = 0; i + 1 < page.size(); i++) {
                    String end = page.get(i).text().substring(page.get(i).text().lastIndexOf(' ') + 1);
                    String next = page.get(i + 1).text().split(" ")[0];
                    if (!end.matches("\\(?(https://)?www\\..*") || end.endsWith(")") || end.endsWith(".")
                            && !end.endsWith("www.")) {
                        continue; // the line does not end inside an address
                    }
                    broken++;
                    assertTrue(end.endsWith("/") && !end.endsWith("//") || next.startsWith(".") && !end.endsWith("www"),
                            pdf + ": an address breaks after a / or before a ., not \"" + end + "\" / \"" + next + "\"");
                }
            }
        }
        assertTrue(broken > 10, "the leaflet breaks addresses over lines: " + broken);
    }

    @Test
    void aDecorativeBannerTakesTheHeightItIsDrawnAt() throws Exception {
        new Project(dir).write("content/banner.md", "---\ntitle: Banner\nreviewed: 2026-11-01\n---\n\n"
                + "Above the banner.\n\n![](banner.png \"decorative\")\n\nBelow the banner.\n");
        javax.imageio.ImageIO.write(org.handout.testing.Pictures.photo(1600, 120), "png",
                dir.resolve("content/banner.png").toFile());
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        for (String name : PDFS) {
            String pdf = "output/" + String.format(Locale.ROOT, name, "banner");
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve(pdf)))) {
                float[] picture = pictureTopAndBottom(doc);
                float below = baselineOf(doc, "Below");
                float drawnHeight = picture[1] - picture[0];
                float width = doc.getPage(0).getCropBox().getWidth();
                assertTrue(drawnHeight < width * 120 / 1600 + 1, pdf + ": drawn scaled to the line: " + drawnHeight);
                // the next line sits under the picture: a paragraph gap and a line (at most 37 pt, in large print),
                // not also the 53 pt more that the picture's 120 pixels (90 pt) would reserve
                assertTrue(below - picture[1] < 45, pdf + ": the text after the banner starts " + (below - picture[1])
                        + " pt under it");
            }
        }
    }

    /** Where the page's one picture is drawn, in points from the top of the page: top, bottom. */
    private static float[] pictureTopAndBottom(PDDocument doc) throws IOException {
        float[] found = new float[2];
        org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
        float height = page.getCropBox().getHeight();
        new org.apache.pdfbox.contentstream.PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.OperatorProcessor(this) {
                    @Override
                    public String getName() {
                        return "Do";
                    }

                    @Override
                    public void process(org.apache.pdfbox.contentstream.operator.Operator operator,
                            List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                        org.apache.pdfbox.util.Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        found[0] = height - (m.getTranslateY() + m.getScalingFactorY());
                        found[1] = height - m.getTranslateY();
                    }
                });
            }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return found;
    }

    private static float baselineOf(PDDocument doc, String word) throws IOException {
        float[] y = {-1};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                if (y[0] < 0 && text.contains(word)) {
                    y[0] = positions.get(text.indexOf(word)).getYDirAdj();
                }
            }
        };
        stripper.setEndPage(1);
        stripper.getText(doc);
        return y[0];
    }

    /** A line of a page's text, the running footer left out. */
    record Line(String text) {
    }

    private static void assertHeadingKeepsTwoLines(List<List<Line>> pages, String heading, String pdf) {
        int p = page(pages, heading);
        List<Line> lines = pages.get(p);
        assertTrue(lines.size() - 1 - index(lines, heading) >= 2,
                pdf + ": heading \"" + heading + "\" has two lines under it on page " + (p + 1));
    }

    private static int page(List<List<Line>> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (index(pages.get(p), text) >= 0) {
                return p;
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }

    private static int index(List<Line> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Each page's lines from top to bottom, as PDFBox reads them by position, without the running footer. */
    private static List<List<Line>> pages(Path pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<Line> lines = new ArrayList<>();
                for (String l : stripper.getText(doc).split("\\R")) {
                    if (!l.isBlank() && !l.matches(".*Page \\d+ of \\d+\\s*")) {
                        lines.add(new Line(l.strip()));
                    }
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    private static List<String> layoutWarnings(BuildReport report) {
        List<String> found = new ArrayList<>();
        for (LeafletResult r : report.leaflets()) {
            for (Diagnostic d : r.warnings()) {
                if (d.message().startsWith("layout rule")) {
                    found.add(d.message());
                }
            }
        }
        return found;
    }

    private String builtIn(String file) throws IOException {
        return new String(getClass().getResourceAsStream("/templates/leaflet/" + file).readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
