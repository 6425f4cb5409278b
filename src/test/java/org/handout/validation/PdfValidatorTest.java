package org.handout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.handout.diagnostic.DiagnosticException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfValidatorTest {

    private static final Pattern UA1_RULE = Pattern.compile("ISO 14289-1:2014 \\d+(\\.\\d+)*-\\d+");
    private static final String UNTAGGED_CONTENT = "ISO 14289-1:2014 7.1-3";
    private static final String FONT_NOT_EMBEDDED_PDFA2 = "ISO 19005-2:2011 6.2.11.4.1-1";

    private static PdfValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void createOnce() {
        validator = new PdfValidator();
    }

    @Test
    void aPdfaIdentificationThatIsNoPdfaLevelIsNamedNotTakenForNoClaim() throws Exception {
        Path pdf = write("part9.pdf", TestPdfs.claimingPdfa(9, "A"));

        ValidationReport report = validator.validateAny(pdf);

        assertEquals(List.of("names a PDF/A part or level in its metadata that is not a PDF/A level (pdfaid:part and"
                + " pdfaid:conformance are wrong), so it is no PDF/A file; checked PDF/UA-1 only"), report.notes());
        assertEquals(List.of("ua1"), report.results().stream().map(FlavourResult::flavourId).toList());
    }

    @Test
    void anUntaggedPdfFailsPdfUa1WithExplainedGroupedRules() throws Exception {
        Path pdf = write("untagged.pdf", TestPdfs.untagged());

        ValidationReport report = validator.validateAny(pdf);

        assertEquals(pdf.toString(), report.displayName());
        assertFalse(report.passed());
        assertEquals(List.of("does not claim to be PDF/A (the standard for PDFs kept for years: fonts and colours"
                + " inside the file, so it opens the same way later), so only PDF/UA-1 (the accessibility standard)"
                + " was checked; the PDFs handout build makes claim PDF/A-2a and pass both"), report.notes());
        assertEquals(1, report.results().size());
        FlavourResult ua = report.results().get(0);
        assertEquals("ua1", ua.flavourId());
        assertEquals("PDF/UA-1", ua.displayName());
        assertFalse(ua.compliant());
        for (RuleFailure failure : ua.failures()) {
            assertTrue(UA1_RULE.matcher(failure.ruleId()).matches(), failure.ruleId());
            assertFalse(failure.explanation().isBlank(), failure.ruleId());
            assertFalse(failure.specificationText().isBlank(), failure.ruleId());
            assertTrue(failure.count() >= 1, failure.ruleId());
        }
        RuleFailure untagged = failure(ua, UNTAGGED_CONTENT);
        // One entry for the rule, counting every untagged line of text.
        assertEquals(TestPdfs.LINES, untagged.count());
        assertTrue(untagged.explanation().contains("screen reader"), untagged.explanation());
        assertNotEquals(untagged.specificationText(), untagged.explanation());
        assertTrue(untagged.specificationText().contains("Artifact"), untagged.specificationText());
    }

    @Test
    void ourOwnOutputIsCheckedAgainstUa1AndPdfa2aInOnePass() throws Exception {
        ValidationReport report = validator.validate("leaflet.pdf", TestPdfs.untagged());

        assertEquals("leaflet.pdf", report.displayName());
        assertEquals(List.of("ua1", "2a"), report.results().stream().map(FlavourResult::flavourId).toList());
        assertEquals(List.of("PDF/UA-1", "PDF/A-2A"),
                report.results().stream().map(FlavourResult::displayName).toList());
        assertFalse(report.passed());
        FlavourResult pdfa = report.results().get(1);
        assertFalse(pdfa.compliant());
        RuleFailure font = failure(pdfa, FONT_NOT_EMBEDDED_PDFA2);
        assertEquals(RuleExplanations.lookup(FONT_NOT_EMBEDDED_PDFA2), font.explanation());
        assertTrue(font.explanation().contains("embed"), font.explanation());
    }

    @Test
    void pdfa3RulesWordedLikeTheirPdfa2TwinsGetThePdfa2Explanation() throws Exception {
        ValidationReport report = validator.validate("leaflet.pdf", TestPdfs.untagged(), PdfaLevel.PDFA_3A);

        FlavourResult pdfa = report.results().get(1);
        assertEquals("3a", pdfa.flavourId());
        assertEquals("PDF/A-3A", pdfa.displayName());
        RuleFailure font = failure(pdfa, "ISO 19005-3:2012 6.2.11.4.1-1");
        assertEquals(RuleExplanations.lookup(FONT_NOT_EMBEDDED_PDFA2), font.explanation());
    }

    @Test
    void theClaimedPdfaFlavourIsPickedUpFromXmp() throws Exception {
        Path pdf = write("word-export.pdf", TestPdfs.claimingPdfa(2, "B"));

        ValidationReport report = validator.validateAny(pdf);

        assertEquals(List.of("ua1", "2b"), report.results().stream().map(FlavourResult::flavourId).toList());
        assertEquals("PDF/A-2B", report.results().get(1).displayName());
        assertEquals(List.of("claims PDF/A-2B; checked PDF/UA-1 and PDF/A-2B"), report.notes());
        // Level B does not require tags, so the PDF/A-2a tagging rules must not appear.
        assertTrue(report.results().get(1).failures().stream().noneMatch(f -> f.ruleId().contains(" 6.7.")));
    }

    @Test
    void aClaimOnAnotherPdfVersionIsStillChecked() throws Exception {
        // PDF/A-1 is based on PDF 1.4, PDF/UA-1 on PDF 1.7: veraPDF will not check both in one pass.
        Path pdf = write("old-archive.pdf", TestPdfs.claimingPdfa(1, "B"));

        ValidationReport report = validator.validateAny(pdf);

        assertEquals(List.of("ua1", "1b"), report.results().stream().map(FlavourResult::flavourId).toList());
        assertTrue(report.results().get(1).failures().stream()
                .anyMatch(f -> f.ruleId().startsWith("ISO 19005-1:2005 ")));
    }

    @Test
    void garbageBytesGiveAOneLineDiagnosticNamingTheFile() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> validator.validate("broken.pdf", garbage));

        assertTrue(e.getMessage().startsWith("broken.pdf: error: not a readable PDF ("), e.getMessage());
        assertOneLineWithoutStackTrace(e, "broken.pdf");
    }

    @Test
    void aTextFileIsRefusedByName() throws Exception {
        Path text = write("notes.txt", "Careers fair on Tuesday\n".getBytes(StandardCharsets.UTF_8));

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> validator.validateAny(text));

        assertTrue(e.getMessage().startsWith(text + ": error: not a readable PDF"), e.getMessage());
        assertOneLineWithoutStackTrace(e, text.toString());
    }

    @Test
    void aTruncatedPdfIsRefusedAsCutShortAndNoLeakedException() throws Exception {
        byte[] whole = TestPdfs.untagged();
        Path half = write("half.pdf", java.util.Arrays.copyOf(whole, whole.length / 2));

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> validator.validateAny(half));

        assertEquals(half + ": error: not a readable PDF (its end is missing: it may have been cut short while being"
                + " downloaded or copied) — the file is damaged; save or export it again from the program that made it",
                e.getMessage());
        assertOneLineWithoutStackTrace(e, half.toString());
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsEncrypted() throws Exception {
        Path locked = write("locked.pdf", TestPdfs.encrypted());

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> validator.validateAny(locked));

        assertTrue(e.getMessage().startsWith(locked + ": error: encrypted PDF"), e.getMessage());
        assertOneLineWithoutStackTrace(e, locked.toString());
    }

    @Test
    void aPdfEncryptedWithoutAUserPasswordIsCheckedAndTheReportSaysItIsEncrypted() throws Exception {
        ValidationReport report = validator.validate("restricted.pdf", TestPdfs.encrypted(""));

        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("is encrypted")), report.notes().toString());
        // PDF/A forbids encryption outright.
        failure(report.results().get(1), "ISO 19005-2:2011 6.1.3-2");
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = dir.resolve("nowhere.pdf");

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> validator.validateAny(missing));

        assertEquals(missing + ": error: no such file", e.getMessage());
    }

    @Test
    void failuresAreOneEntryPerRuleInRuleIdOrder() throws Exception {
        ValidationReport report = validator.validate("leaflet.pdf", TestPdfs.untagged());

        for (FlavourResult result : report.results()) {
            List<String> ids = result.failures().stream().map(RuleFailure::ruleId).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "one entry per rule: " + ids);
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(RuleIds.ORDER);
            assertEquals(sorted, ids);
        }
        // 7.1-10 must come after 7.1-3, which plain string order would get wrong.
        List<String> ua = report.results().get(0).failures().stream().map(RuleFailure::ruleId).toList();
        assertTrue(ua.indexOf("ISO 14289-1:2014 7.1-3") < ua.indexOf("ISO 14289-1:2014 7.1-10"), ua.toString());
    }

    @Test
    void reportsAreTheSameEveryTime() throws Exception {
        byte[] pdf = TestPdfs.claimingPdfa(2, "B");
        Path file = write("same.pdf", pdf);

        assertEquals(validator.validateAny(file), validator.validateAny(file));
        assertEquals(validator.validate("same.pdf", pdf), validator.validate("same.pdf", pdf));
    }

    @Test
    void oneValidatorCanBeSharedByThreads() throws Exception {
        byte[] untagged = TestPdfs.untagged();
        byte[] claiming = TestPdfs.claimingPdfa(2, "B");
        ValidationReport expectedUntagged = validator.validate("a.pdf", untagged);
        ValidationReport expectedClaiming = validator.validate("b.pdf", claiming);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean even = i % 2 == 0;
                futures.add(pool.submit(() -> even
                        ? validator.validate("a.pdf", untagged) : validator.validate("b.pdf", claiming)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(i % 2 == 0 ? expectedUntagged : expectedClaiming, futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void veraPdfLoggingIsSilenced() {
        new PdfValidator();
        // Loggers veraPDF really uses: the parser, and the validator that warns about skipped flavours.
        for (String name : List.of("org.verapdf.gf.model.GFModelParser",
                "org.verapdf.pdfa.validation.validators.BaseValidator")) {
            assertFalse(Logger.getLogger(name).isLoggable(Level.SEVERE), name);
        }
    }

    @Test
    void veraPdfsReasonIsTheInnermostCauseOnOneLineAndNeverAJavaName() {
        Exception chain = new org.verapdf.core.ModelParsingException("Couldn't parse stream",
                new java.io.IOException("Document doesn't contain\n  startxref keyword"));
        assertEquals("Document doesn't contain startxref keyword", ParseFailures.reason(chain));
        String general = "part of it is not laid out as a PDF must be";
        assertEquals(general,
                ParseFailures.reason(new org.verapdf.core.ValidationException("Caught", new NullPointerException())));
        assertEquals(general, ParseFailures.reason(new java.io.IOException("Can't seek for offset 9 in ASMemoryInStream")));
        assertEquals(general, ParseFailures.reason(new NegativeArraySizeException("-2147483648")));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static RuleFailure failure(FlavourResult result, String ruleId) {
        return result.failures().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not among " + result.failures().stream()
                        .map(RuleFailure::ruleId).toList()));
    }

    private static void assertOneLineWithoutStackTrace(DiagnosticException e, String file) {
        assertEquals(1, e.diagnostics().size());
        assertEquals(file, e.diagnostics().get(0).file());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("org.verapdf"), e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }
}
