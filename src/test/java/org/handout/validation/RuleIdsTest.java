package org.handout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.Profiles;

class RuleIdsTest {

    @Test
    void ruleIdsAreWrittenTheWayVeraPdfAndTheStandardsWriteThem() {
        assertEquals("ISO 14289-1:2014 7.1-3",
                RuleIds.format(Profiles.ruleIdFromValues(PDFAFlavour.Specification.ISO_14289_1, "7.1", 3)));
        assertEquals("ISO 19005-2:2011 6.2.11.4.1-1",
                RuleIds.format(Profiles.ruleIdFromValues(PDFAFlavour.Specification.ISO_19005_2, "6.2.11.4.1", 1)));
    }

    @Test
    void clauseAndTestNumbersSortAsNumbers() {
        List<String> expected = List.of(
                "ISO 14289-1:2014 5-1",
                "ISO 14289-1:2014 6.2-1",
                "ISO 14289-1:2014 7.1-3",
                "ISO 14289-1:2014 7.1-10",
                "ISO 14289-1:2014 7.2-9",
                "ISO 14289-1:2014 7.2-10",
                "ISO 14289-1:2014 7.4.2-1",
                "ISO 14289-1:2014 7.10-1",
                "ISO 14289-1:2014 7.21.4.1-1",
                "ISO 19005-2:2011 6.1.3-2",
                "ISO 19005-2:2011 6.2.11.4.1-1");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(RuleIds.ORDER);

        assertEquals(expected, shuffled);
    }

    @Test
    void pdfUaAndPdfaDisplayNames() {
        assertEquals("PDF/UA-1", PdfValidator.displayName(PDFAFlavour.PDFUA_1));
        assertEquals("PDF/A-2A", PdfValidator.displayName(PDFAFlavour.PDFA_2_A));
        assertEquals("PDF/A-4F", PdfValidator.displayName(PDFAFlavour.PDFA_4_F));
    }
}
