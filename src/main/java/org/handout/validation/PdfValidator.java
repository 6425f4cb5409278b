package org.handout.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks PDFs with veraPDF in this process. veraPDF is set up once per JVM, on first use (its
 * profiles take seconds to load); one validator serves a whole batch and is thread-safe.
 */
public final class PdfValidator {
    private static final Object SETUP = new Object();
    private static boolean initialised;

    public PdfValidator() {
        synchronized (SETUP) {
            if (!initialised) {
                VeraGreenfieldFoundryProvider.initialise();
                initialised = true;
            }
        }
    }

    /** handout's own output: PDF/UA-1 and PDF/A-2a, both from one parse. */
    public ValidationReport validate(String displayName, byte[] pdf) throws DiagnosticException {
        return run(displayName, pdf, PDFAFlavour.PDFA_2_A, List.of());
    }

    /**
     * Any PDF: PDF/UA-1 always, plus the PDF/A level the file claims in its metadata. A file that
     * claims none is checked for PDF/UA-1 only, and the report says so.
     */
    public ValidationReport validateAny(Path file) throws DiagnosticException {
        String name = file.toString();
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, "cannot be read: " + e.getMessage()));
        }
        PdfaClaim claim = PdfaClaim.of(name, pdf);
        List<String> notes = claim.flavour() == null
                ? List.of("claims no PDF/A conformance; checked PDF/UA-1 only")
                : List.of("claims " + displayName(claim.flavour()));
        return run(name, pdf, claim.flavour(), notes);
    }

    private ValidationReport run(String name, byte[] pdf, PDFAFlavour pdfa, List<String> notes)
            throws DiagnosticException {
        List<PDFAFlavour> flavours = pdfa == null ? List.of(PDFAFlavour.PDFUA_1) : List.of(PDFAFlavour.PDFUA_1, pdfa);
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = new ByteArrayInputStream(pdf);
             PDFAParser parser = pdfa == null
                     ? foundry.createParser(in, PDFAFlavour.PDFUA_1)
                     : foundry.createParser(in, PDFAFlavour.PDFUA_1, pdfa);
             // Keep one example per failed rule; the counts come from the totals.
             PDFAValidator validator = foundry.createValidator(flavours, 1, false, false, false)) {
            List<FlavourResult> results = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                results.add(toResult(result));
            }
            return new ValidationReport(name, results, notes);
        } catch (EncryptedPdfException e) {
            throw new DiagnosticException(Diagnostic.error(name,
                    "is encrypted, and veraPDF cannot check an encrypted PDF — save a copy without a password"));
        } catch (ModelParsingException e) {
            throw new DiagnosticException(Diagnostic.error(name, "is not a readable PDF (" + reason(e) + ")"));
        } catch (ValidationException | IOException | RuntimeException e) {
            throw new DiagnosticException(Diagnostic.error(name, "could not be validated (" + reason(e) + ")"));
        } catch (Exception e) {
            // Closing veraPDF's components is declared to throw Exception.
            throw new DiagnosticException(Diagnostic.error(name, "could not be validated (" + reason(e) + ")"));
        }
    }

    private static FlavourResult toResult(ValidationResult result) {
        List<RuleFailure> failures = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId id = failed.getKey();
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            String spec = id.getSpecification().getId();
            String text = rule == null ? "" : rule.getDescription().strip();
            String explanation = RuleExplanations.explain(spec, id.getClause(), id.getTestNumber());
            failures.add(new RuleFailure(spec + " " + id.getClause() + "-" + id.getTestNumber(),
                    explanation == null ? text : explanation, text, failed.getValue()));
        }
        failures.sort(Comparator.comparing(RuleFailure::ruleId, RuleIdOrder.INSTANCE));
        PDFAFlavour flavour = result.getPDFAFlavour();
        return new FlavourResult(flavour.getId(), displayName(flavour), result.isCompliant(), failures);
    }

    static String displayName(PDFAFlavour flavour) {
        String id = flavour.getId();
        return id.startsWith("ua") ? "PDF/UA-" + id.substring(2) : "PDF/A-" + id.toUpperCase(Locale.ROOT);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
