package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handout.diagnostic.Diagnostic;
import org.handout.report.BuildReport;
import org.handout.report.LeafletResult;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaflets in the languages careers services print in: Cyrillic, Greek, Arabic script right to left,
 * scripts mixed in one leaflet, and one clear message for a script handout cannot set.
 */
class LanguagesTest {
    @TempDir
    static Path dir;
    private static BuildReport report;

    static final String ARABIC = """
            ---
            title: الوظائف في مجال التمريض
            subtitle: التمريض في هيئة الخدمات الصحية الوطنية (NHS)
            lang: ar
            summary: يعتني الممرضون بالناس من جميع الأعمار.
            reviewed: 2026-11-01
            contact:
              heading: لمعرفة المزيد
              phone: 0345 60 60 655
            ---

            عندما تتدرّب لتصبح ممرضًا مسجّلًا، تختار واحدًا من أربعة مجالات.

            - تمريض البالغين
            - تمريض الأطفال

            يُدفع للممرضين وفق سلّم <span lang="en">Agenda for Change</span> كل سنة.

            | الفئة | الراتب السنوي |
            | --- | --- |
            | الفئة الخامسة | £31,049 |
            """;
    static final String URDU = """
            ---
            title: نرسنگ کے شعبے میں ملازمتیں
            lang: ur
            reviewed: 2026-11-01
            ---

            نرسیں ڈاکٹروں اور دوسرے ماہرین کے ساتھ کام کرتی ہیں۔

            - نرسنگ کی ڈگری عام طور پر تین سال کی ہوتی ہے۔
            """;
    static final String GREEK = """
            ---
            title: Σταδιοδρομία στη νοσηλευτική
            lang: el
            reviewed: 2026-11-01
            ---

            Οι νοσηλευτές συνεργάζονται με γιατρούς και άλλους επαγγελματίες υγείας.

            - Τα περισσότερα πτυχία διαρκούν τρία χρόνια.
            """;
    static final String UKRAINIAN = """
            ---
            title: Кар'єра в медсестринстві
            lang: uk
            needs-review: a native speaker of Ukrainian
            reviewed: 2026-11-01
            ---

            Медсестри працюють разом із лікарями та багатьма іншими фахівцями.

            - медсестринство для дорослих
            """;
    static final String MIXED = """
            ---
            title: Nursing for everyone
            reviewed: 2026-11-01
            ---

            Olena Kovalenko (Олена Коваленко) and Ahmed (أحمد العلي) trained in Leeds; νοσηλευτική; Nguyễn Thị Ánh.
            """;

    @BeforeAll
    static void build() throws Exception {
        new Project(dir).write("content/ar.md", ARABIC).write("content/ur.md", URDU).write("content/el.md", GREEK)
                .write("content/uk.md", UKRAINIAN).write("content/mixed.md", MIXED)
                .write("content/english.md", "---\ntitle: Nursing\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\nNurses care.\n")
                .write("content/farsi.md", "---\ntitle: پرستاری\nlang: fa\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\nپرستاران از مردم مراقبت می‌کنند.\n")
                .write("content/bengali.md", "---\ntitle: নার্সিং পেশা\nlang: bn\nreviewed: 2026-11-01\n---\n\nনার্সরা সব বয়সের মানুষের যত্ন নেন।\n")
                .write("content/hebrew.md", "---\ntitle: Nursing\nreviewed: 2026-11-01\n---\n\nA word: שלום עולם, and אחות.\n");
        report = Shared.builder().build(BuildOptions.of(dir), r -> { });
    }

    @Test
    void ukrainianArabicUrduGreekAndMixedLeafletsBuildInEveryVariantAndPassBothStandards() {
        for (String slug : List.of("ar", "ur", "el", "uk", "mixed")) {
            List<LeafletResult> variants = results(slug);
            assertEquals(Set.of("a4", "large-print", "a5"), new TreeSet<>(variants.stream().map(LeafletResult::variant).toList()));
            for (LeafletResult r : variants) {
                assertTrue(r.ok() && r.validation().passed(), slug + " " + r.variant() + ": " + r.errors() + " " + r.validation());
                assertEquals(2, r.validation().results().size(), "PDF/UA-1 and PDF/A-2a");
            }
        }
    }

    @Test
    void theTextReadersGetBackIsTheSourceTextInLogicalOrder() throws Exception {
        assertReadInOrder("ar", "الوظائف في مجال التمريض", "التمريض في هيئة الخدمات الصحية الوطنية (NHS)",
                "يعتني الممرضون بالناس من جميع الأعمار.", "عندما تتدرّب لتصبح ممرضًا مسجّلًا، تختار واحدًا من أربعة مجالات.",
                "تمريض البالغين", "تمريض الأطفال", "يُدفع للممرضين وفق سلّم Agenda for Change كل سنة.", "الفئة",
                "الراتب السنوي", "الفئة الخامسة", "£31,049", "لمعرفة المزيد", "0345 60 60 655");
        assertReadInOrder("ur", "نرسنگ کے شعبے میں ملازمتیں", "نرسیں ڈاکٹروں اور دوسرے ماہرین کے ساتھ کام کرتی ہیں۔",
                "نرسنگ کی ڈگری عام طور پر تین سال کی ہوتی ہے۔");
        assertReadInOrder("el", "Σταδιοδρομία στη νοσηλευτική",
                "Οι νοσηλευτές συνεργάζονται με γιατρούς και άλλους επαγγελματίες υγείας.", "Τα περισσότερα πτυχία διαρκούν τρία χρόνια.");
        assertReadInOrder("uk", "Кар'єра в медсестринстві", "Медсестри працюють разом із лікарями та багатьма іншими фахівцями.",
                "медсестринство для дорослих");
        assertReadInOrder("mixed", "Olena Kovalenko (Олена Коваленко) and Ahmed (أحمد العلي) trained in Leeds; νοσηλευτική; Nguyễn Thị Ánh.");
    }

    @Test
    void theStructureTreeCarriesEachLanguage() throws Exception {
        try (TaggedPdf pdf = open("ar.pdf")) {
            assertEquals("ar", pdf.document().getDocumentCatalog().getLanguage());
            assertTrue(pdf.elements().stream().anyMatch(e -> "en".equals(e.lang()) && e.text().contains("Agenda for Change")),
                    pdf.elements().toString());
        }
        try (TaggedPdf pdf = open("uk.a5.pdf")) {
            assertEquals("uk", pdf.document().getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void arabicLettersAreDrawnInTheirJoinedForms() throws Exception {
        try (TaggedPdf pdf = open("ar.pdf")) {
            PDFMarkedContentExtractor drawn = new PDFMarkedContentExtractor();
            drawn.processPage(pdf.document().getPage(0));
            String glyphs = drawn.getMarkedContents().stream().flatMap(mc -> mc.getContents().stream())
                    .filter(TextPosition.class::isInstance).map(t -> ((TextPosition) t).getUnicode())
                    .reduce("", String::concat);
            // the title's first word, الوظائف, drawn right to left in initial, medial and final forms
            assertTrue(glyphs.contains("\uFED2\uFE8B\uFE8E\uFEC7\uFEEE\uFEDF\uFE8D"),
                    "joined forms: " + glyphs.codePoints().limit(20).mapToObj(Integer::toHexString).toList());
            assertFalse(glyphs.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A), "no letter drawn in its isolated code point");
        }
    }

    @Test
    void rightToLeftPagesAreMirrored() throws Exception {
        for (String pdfName : List.of("ar.pdf", "ar.a5.pdf", "ar.large-print.pdf", "ur.pdf")) {
            try (TaggedPdf pdf = open(pdfName)) {
                float width = pdf.document().getPage(0).getMediaBox().getWidth();
                BufferedImage page = new PDFRenderer(pdf.document()).renderImageWithDPI(0, 36);
                int accent = 0x005eb8;
                int left = 0;
                int right = 0;
                for (int y = 0; y < page.getHeight() / 6; y++) {
                    for (int x = 0; x < page.getWidth(); x++) {
                        if ((page.getRGB(x, y) & 0xFFFFFF) == accent) {
                            if (x < page.getWidth() / 2) {
                                left++;
                            } else {
                                right++;
                            }
                        }
                    }
                }
                assertTrue(right > 0 && left == 0, pdfName + ": the title's bar stands on the right: " + left + "/" + right);
                List<TextPosition> text = positions(pdf);
                float largest = (float) text.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
                List<TextPosition> title = text.stream().filter(t -> t.getFontSizeInPt() > largest - 0.5).toList();
                double start = title.stream().mapToDouble(TextPosition::getX).min().orElse(0);
                double end = title.stream().mapToDouble(t -> t.getX() + t.getWidth()).max().orElse(0);
                // the bar and its padding (8 mm) stand between the title and the right margin
                assertTrue(end > width * 0.8 && start > width * 0.15, pdfName + ": the title is set from the right"
                        + " margin: " + start + " to " + end + " of " + width);
                List<TextPosition> footer = text.stream().filter(t -> t.getY() > pdf.document().getPage(0)
                        .getMediaBox().getHeight() * 0.9 && Character.isDigit(t.getUnicode().charAt(0))).toList();
                assertFalse(footer.isEmpty(), pdfName + ": a page number");
                assertTrue(footer.stream().allMatch(t -> t.getX() < width / 2), pdfName + ": \"Page 1 of 1\" at the bottom left");
            }
        }
        try (TaggedPdf pdf = open("ar.pdf")) {
            List<TextPosition> all = positions(pdf);
            double pound = all.stream().filter(t -> t.getUnicode().equals("£")).mapToDouble(TextPosition::getX).findFirst().orElse(-1);
            float width = pdf.document().getPage(0).getMediaBox().getWidth();
            assertTrue(pound > 0 && pound < width / 2, "the table's second column stands left of its first: " + pound);
        }
    }

    @Test
    void aFontIsEmbeddedOnlyWhereItsScriptIsUsed() throws Exception {
        assertEquals(Set.of("AtkinsonHyperlegibleNext"), fonts("english.pdf"));
        assertTrue(fonts("mixed.pdf").containsAll(Set.of("AtkinsonHyperlegibleNext", "NotoSans", "NotoSansArabic")),
                fonts("mixed.pdf").toString());
        assertTrue(fonts("ar.pdf").contains("NotoSansArabic"), fonts("ar.pdf").toString());
        assertTrue(fonts("uk.pdf").contains("NotoSans") && !fonts("uk.pdf").contains("NotoSansArabic"), fonts("uk.pdf").toString());
    }

    @Test
    void theTemplatesWordsAreInTheLeafletsLanguageOrInEnglishWithAWarning() throws Exception {
        try (TaggedPdf ar = open("ar.pdf"); TaggedPdf farsi = open("farsi.pdf")) {
            assertTrue(ar.readingOrderText().contains("تاريخ المراجعة:"), ar.readingOrderText());
            assertTrue(ar.readingOrderText().contains("الهاتف:"), ar.readingOrderText());
            assertTrue(farsi.readingOrderText().contains("Reviewed"), farsi.readingOrderText());
        }
        List<String> warnings = results("farsi").get(0).warnings().stream().map(Diagnostic::message).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("the template \"leaflet\" has no words in Persian (fa)")
                && w.contains("templates/leaflet/words/fa.yaml")), warnings.toString());
        assertTrue(results("ar").get(0).warnings().isEmpty(), results("ar").get(0).warnings().toString());
    }

    @Test
    void aScriptThatNeedsShapingIsRefusedWithOneMessage() {
        List<LeafletResult> bengali = results("bengali");
        assertEquals(1, bengali.size());
        assertEquals(List.of("content/bengali.md:3:7: error: Bengali text needs OpenType shaping, which handout cannot do"
                + " yet — its joined letters and vowel signs would print broken; handout prints leaflets in Latin, Greek,"
                + " Cyrillic and Arabic script (docs/languages.md): write this leaflet in one of those, or make its PDF with"
                + " a tool that shapes Bengali text"), bengali.get(0).errors().stream().map(Diagnostic::toString).toList());
        assertFalse(Files.exists(dir.resolve("output/bengali.pdf")));
    }

    @Test
    void charactersNoFontHasAreOneMessagePerScriptAtTheFirstPlace() {
        List<String> errors = results("hebrew").get(0).errors().stream().map(Diagnostic::toString).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/hebrew.md:6:9: error: 8 different Hebrew characters cannot be drawn by"
                + " the embedded fonts, the first here: ש (U+05E9 HEBREW LETTER SHIN), ל (U+05DC HEBREW LETTER LAMED),"
                + " ו (U+05D5 HEBREW LETTER VAV) …"), errors.get(0));
    }

    private static void assertReadInOrder(String slug, String... source) throws IOException {
        for (String pdfName : List.of(slug + ".pdf", slug + ".a5.pdf", slug + ".large-print.pdf")) {
            try (TaggedPdf pdf = open(pdfName)) {
                String read = normal(pdf.readingOrderText());
                int from = 0;
                for (String s : source) {
                    int at = read.indexOf(normal(s), from);
                    assertTrue(at >= 0, pdfName + ": \"" + s + "\" read in order, in:\n" + read.substring(Math.min(from, read.length())));
                    from = at + normal(s).length();
                }
            }
        }
    }

    /**
     * Unicode normalisation (NFKC), spaces as one. A vowel mark written between lam and alef comes back
     * after the pair: the two letters are drawn as one ligature, which carries the mark.
     */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ")
                .replaceAll("(\u0644)([\u064B-\u0652]+)([\u0622\u0623\u0625\u0627])", "$1$3$2").strip();
    }

    /** Every character drawn on the first page, where it is drawn. */
    private static List<TextPosition> positions(TaggedPdf pdf) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                found.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf.document());
        return found;
    }

    private static Set<String> fonts(String pdfName) throws IOException {
        Set<String> names = new TreeSet<>();
        try (TaggedPdf pdf = open(pdfName)) {
            for (PDPage page : pdf.document().getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String base = font.getName();
                    names.add(base.substring(base.indexOf('+') + 1).replaceAll("-.*", ""));
                }
            }
        }
        return names;
    }

    private static List<LeafletResult> results(String slug) {
        return report.leaflets().stream().filter(r -> r.slug().equals(slug)).toList();
    }

    private static TaggedPdf open(String pdfName) throws IOException {
        return new TaggedPdf(Files.readAllBytes(dir.resolve("output/" + pdfName)));
    }
}
