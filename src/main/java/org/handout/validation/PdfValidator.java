package org.handout.validation;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.exceptions.InvalidPasswordException;
import org.verapdf.as.io.ASMemoryInStream;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.gf.model.GFModelParser;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * Validates PDFs for PDF/UA-1 and a PDF/A flavour with veraPDF, in process. Thread-safe: veraPDF keeps
 * its per-document state in thread-locals, and each call makes its own parser and validator. veraPDF
 * is initialised once per JVM, when the first instance is made (idempotent, cheap); each validation
 * profile is read the first time a file is checked against it. Reuse one instance for a whole batch:
 * the first file pays about a second for the profiles, later files do not.
 */
public final class PdfValidator {

    private static final PDFAFlavour UA1 = PDFAFlavour.PDFUA_1;
    /** veraPDF keeps this many failed assertions per rule; the counts are kept in full regardless. */
    private static final int ASSERTIONS_KEPT_PER_RULE = 1;

    private final VeraPDFFoundry foundry;
    private final ValidationLimits limits = ValidationLimits.DEFAULT;

    public PdfValidator() {
        this.foundry = VeraPdf.foundry();
    }

    /** Reads the rule sets {@link #validate(String, byte[])} checks against now, rather than on the first check. */
    public void loadRules() {
        VeraPdf.profile(UA1);
        VeraPdf.profile(PDFAFlavour.byFlavourId(PdfaLevel.PDFA_2A.flavourId()));
    }

    /** Our own output: PDF/UA-1 and PDF/A-2a, both in one parse. */
    public ValidationReport validate(String displayName, byte[] pdf) throws DiagnosticException {
        return validate(displayName, pdf, PdfaLevel.PDFA_2A);
    }

    /**
     * Our own output: PDF/UA-1 plus exactly the expected PDF/A flavour, whatever the file claims, both
     * in one parse.
     *
     * @throws DiagnosticException naming the file when it is not a PDF, is encrypted or cannot be read
     */
    public ValidationReport validate(String displayName, byte[] pdf, PdfaLevel expected) throws DiagnosticException {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(expected, "expected");
        PDFAFlavour pdfa = PDFAFlavour.byFlavourId(expected.flavourId());
        return inMemory(displayName, pdf, parser -> {
            List<FlavourResult> results = check(displayName, parser, List.of(UA1, pdfa));
            List<String> notes = new ArrayList<>();
            noteEncryption(parser, notes);
            return new ValidationReport(displayName, results, notes);
        });
    }

    /**
     * How many rule checks veraPDF runs on one of our PDFs, doing exactly what {@link #validate(String,
     * byte[])} does (both profiles, one parse): veraPDF's time follows this number, so the benchmark
     * prints it per page.
     */
    public long checks(String displayName, byte[] pdf) throws DiagnosticException {
        PDFAFlavour pdfa = PDFAFlavour.byFlavourId(PdfaLevel.PDFA_2A.flavourId());
        return inMemory(displayName, pdf, parser -> validateAll(parser, List.of(UA1, pdfa)).stream()
                .mapToLong(ValidationResult::getTotalAssertions).sum());
    }

    /** What is done with one of our PDFs once veraPDF has parsed it. */
    private interface Parsed<T> {
        T apply(PDFAParser parser) throws DiagnosticException, ValidationException;
    }

    /**
     * One of our PDFs, parsed by veraPDF from memory; whatever goes wrong becomes a message naming it.
     * veraPDF copies any other stream over 10 KB into a temporary file in java.io.tmpdir, outside
     * output/, and leaves it there when one of its readers is not closed; its own in-memory stream it
     * reads in place.
     */
    private <T> T inMemory(String displayName, byte[] pdf, Parsed<T> then) throws DiagnosticException {
        PdfFileCheck.requireHeader(displayName, pdf);
        try (PDFAParser parser = foundry.createParser(new ASMemoryInStream(pdf, pdf.length, false), UA1)) {
            return then.apply(parser);
        } catch (EncryptedPdfException e) {
            throw Refusal.encrypted(displayName);
        } catch (ModelParsingException | ValidationException | IOException | RuntimeException
                | StackOverflowError e) {
            throw ParseFailures.refusal(displayName, e);
        }
    }

    /**
     * Any PDF (made by Word, Chrome ...): PDF/UA-1 always, plus the PDF/A flavour the file claims in its
     * XMP metadata, if any. When it claims none, the report says so in its notes and checks PDF/UA-1 only.
     * The report's display name is the path as given. The file is read from disk as needed, never whole,
     * and first measured against the {@link ValidationLimits} (see {@link Preflight}); whatever goes wrong
     * becomes a message naming the file, so the next file can be checked.
     *
     * @throws DiagnosticException naming the file when it cannot be read, is not a PDF, is encrypted, is
     *                             beyond the limits or does not fit in memory
     */
    public ValidationReport validateAny(Path pdf) throws DiagnosticException {
        String displayName = pdf.toString();
        try {
            PdfFileCheck.check(pdf, displayName, limits.maxFileBytes());
            Preflight.check(pdf, displayName, limits);
            return checkAny(pdf.toFile(), displayName);
        } catch (EncryptedPdfException | InvalidPasswordException e) {
            throw Refusal.encrypted(displayName);
        } catch (ModelParsingException | ValidationException | IOException | RuntimeException
                | StackOverflowError e) {
            throw ParseFailures.refusal(displayName, e);
        } catch (OutOfMemoryError e) {
            // What veraPDF held for this file is garbage now; the next files are checked as usual.
            throw Refusal.outOfMemory(displayName, Runtime.getRuntime().maxMemory());
        }
    }

    /** The note for a PDF that does not say it is PDF/A, in words for someone who has never heard of it. */
    static final String NO_PDFA_CLAIM = "does not claim to be PDF/A (the standard for PDFs kept for years: fonts"
            + " and colours inside the file, so it opens the same way later), so only PDF/UA-1 (the accessibility"
            + " standard) was checked; the PDFs handout build makes claim PDF/A-2a and pass both";

    private ValidationReport checkAny(File pdf, String displayName)
            throws DiagnosticException, ModelParsingException, EncryptedPdfException, ValidationException, IOException {
        List<FlavourResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // A flavour is given so that veraPDF does not read the metadata while opening the file; the claim is
        // read from it below instead, once the metadata's size is known to be within the limits.
        try (PDFAParser parser = foundry.createParser(pdf, UA1)) {
            noteEncryption(parser, notes);
            PdfaClaim claim = PdfaClaim.of(((GFModelParser) parser).getPDDocument());
            PDFAFlavour claimed = claim.flavour();
            if (claimed == null) {
                notes.add(claim.namesPdfaPart()
                        ? "names a PDF/A part or level in its metadata that is not a PDF/A level (pdfaid:part and"
                                + " pdfaid:conformance are wrong), so it is no PDF/A file; checked PDF/UA-1 only"
                        : NO_PDFA_CLAIM);
                results.addAll(check(displayName, parser, List.of(UA1)));
            } else if (samePdfVersion(UA1, claimed)) {
                notes.add("claims " + displayName(claimed) + "; checked PDF/UA-1 and " + displayName(claimed));
                results.addAll(check(displayName, parser, List.of(UA1, claimed)));
            } else {
                // veraPDF skips, with a warning, a flavour based on another PDF version than the first
                // one (PDF/A-1 is PDF 1.4, PDF/A-4 is PDF 2.0), so such a claim needs a parse of its own.
                notes.add("claims " + displayName(claimed) + "; checked PDF/UA-1 and " + displayName(claimed));
                results.addAll(check(displayName, parser, List.of(UA1)));
                try (PDFAParser second = foundry.createParser(pdf, claimed)) {
                    results.addAll(check(displayName, second, List.of(claimed)));
                }
            }
        }
        return new ValidationReport(displayName, results, notes);
    }

    /** A file encrypted with an empty user password opens without asking; veraPDF then checks it. */
    private static void noteEncryption(PDFAParser parser, List<String> notes) {
        if (parser instanceof GFModelParser gf && gf.getPDDocument() != null
                && gf.getPDDocument().getDocument() != null && gf.getPDDocument().getDocument().isEncrypted()) {
            notes.add("is encrypted (it opens without a password); PDF/A does not allow encryption,"
                    + " and some assistive technology may refuse such files");
        }
    }

    private List<FlavourResult> check(String displayName, PDFAParser parser, List<PDFAFlavour> flavours)
            throws DiagnosticException, ValidationException {
        List<ValidationResult> results = validateAll(parser, flavours);
        if (results.size() != flavours.size()) {
            throw new DiagnosticException(Diagnostic.error(displayName,
                    "veraPDF checked " + results.size() + " of " + flavours.size() + " standards"));
        }
        List<FlavourResult> out = new ArrayList<>();
        for (ValidationResult result : results) {
            if (result.getJobEndStatus() != null && result.getJobEndStatus() != JobEndStatus.NORMAL) {
                throw new DiagnosticException(Diagnostic.error(displayName,
                        "validation did not finish (" + result.getJobEndStatus().getValue() + ")"));
            }
            out.add(toFlavourResult(result));
        }
        return out;
    }

    private static List<ValidationResult> validateAll(PDFAParser parser, List<PDFAFlavour> flavours)
            throws ValidationException {
        List<ValidationProfile> profiles = flavours.stream().map(VeraPdf::profile).toList();
        PDFAValidator validator = ValidatorFactory.createValidatorByProfiles(
                profiles, ASSERTIONS_KEPT_PER_RULE, false, false, false);
        return validator.validateAll(parser);
    }

    private static FlavourResult toFlavourResult(ValidationResult result) {
        PDFAFlavour flavour = result.getPDFAFlavour();
        ValidationProfile profile = result.getValidationProfile();
        Map<String, RuleFailure> byId = new TreeMap<>(RuleIds.ORDER);
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            if (failed.getValue() == null || failed.getValue() < 1) {
                continue;
            }
            String id = RuleIds.format(failed.getKey());
            Rule rule = profile == null ? null : profile.getRuleByRuleId(failed.getKey());
            String description = rule == null || rule.getDescription() == null ? "" : rule.getDescription().strip();
            String explanation = explain(failed.getKey(), id, description);
            byId.merge(id, new RuleFailure(id, explanation, description, failed.getValue()),
                    (a, b) -> new RuleFailure(id, a.explanation(), a.specificationText(), a.count() + b.count()));
        }
        boolean compliant = result.isCompliant() && byId.isEmpty();
        return new FlavourResult(flavour.getId(), displayName(flavour), compliant, List.copyOf(byId.values()));
    }

    /** Ours, or ours for the same PDF/A-2 rule when PDF/A-3 words it the same, or veraPDF's words. */
    private static String explain(RuleId ruleId, String id, String description) {
        String ours = RuleExplanations.lookup(id);
        if (ours != null) {
            return ours;
        }
        if (ruleId.getSpecification() == PDFAFlavour.Specification.ISO_19005_3) {
            RuleId twin = Profiles.ruleIdFromValues(PDFAFlavour.Specification.ISO_19005_2,
                    ruleId.getClause(), ruleId.getTestNumber());
            String twinExplanation = RuleExplanations.lookup(RuleIds.format(twin));
            Rule twinRule = VeraPdf.profile(PDFAFlavour.PDFA_2_B).getRuleByRuleId(twin);
            if (twinExplanation != null && twinRule != null
                    && normalise(twinRule.getDescription()).equals(normalise(description))) {
                return twinExplanation;
            }
        }
        return description.isEmpty() ? "veraPDF rule " + id + " failed." : description;
    }

    private static String normalise(String description) {
        return description == null ? "" : description.strip()
                .replace("PDF/A-3", "PDF/A-2").replace("19005-3", "19005-2");
    }

    /** {@code PDF/UA-1}, {@code PDF/A-2A}, {@code PDF/A-4F}. */
    static String displayName(PDFAFlavour flavour) {
        PDFAFlavour.Specification part = flavour.getPart();
        switch (part.getFamily()) {
            case PDF_UA:
                return "PDF/UA-" + part.getPartNumber();
            case PDF_A:
                return "PDF/A-" + flavour.getId().toUpperCase(java.util.Locale.ROOT);
            default:
                return part.getId();
        }
    }

    private static boolean samePdfVersion(PDFAFlavour a, PDFAFlavour b) {
        return a.getPart().getPdfSpecification() == b.getPart().getPdfSpecification();
    }

    /** veraPDF, set up once per JVM on first use, with its java.util.logging chatter silenced. */
    static final class VeraPdf {
        /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
        private static final List<Logger> QUIETENED = new ArrayList<>();
        private static final VeraPDFFoundry FOUNDRY;

        static {
            // veraPDF logs font and structure oddities of the file being checked at WARNING; the report
            // says what matters. PDFBox is left alone: veraPDF parses with its own parser.
            Logger logger = Logger.getLogger("org.verapdf");
            logger.setLevel(Level.OFF);
            QUIETENED.add(logger);
            VeraGreenfieldFoundryProvider.initialise();
            FOUNDRY = Foundries.defaultInstance();
        }

        /** Profiles read one by one as needed: veraPDF's profile directory reads all 15 (about 2 s). */
        private static final Map<PDFAFlavour, ValidationProfile> PROFILES = new ConcurrentHashMap<>();

        private VeraPdf() {
        }

        static ValidationProfile profile(PDFAFlavour flavour) {
            return PROFILES.computeIfAbsent(flavour, VeraPdf::loadProfile);
        }

        /**
         * The profile from the veraPDF jar, found the way veraPDF's own profile directory finds it
         * ({@code org/verapdf/pdfa/validation/PDFUA-1.xml}, {@code PDFA-2A.xml}); veraPDF's directory
         * when that does not give the flavour asked for.
         */
        private static ValidationProfile loadProfile(PDFAFlavour flavour) {
            PDFAFlavour.SpecificationFamily family = flavour.getPart().getFamily();
            if ((family == PDFAFlavour.SpecificationFamily.PDF_A || flavour == UA1)) {
                String path = "org/verapdf/pdfa/validation/"
                        + family.getFamily().replace("/", "") + "-" + flavour.getPart().getPartNumber()
                        + flavour.getLevel().getCode().toUpperCase(java.util.Locale.ROOT) + ".xml";
                try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(path)) {
                    if (in != null) {
                        ValidationProfile profile = Profiles.profileFromXml(in);
                        if (profile.getPDFAFlavour() == flavour) {
                            return profile;
                        }
                    }
                } catch (IOException | javax.xml.bind.JAXBException e) {
                    // fall back to veraPDF's directory below
                }
            }
            return Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
        }

        static VeraPDFFoundry foundry() {
            return FOUNDRY;
        }
    }
}
