package org.handout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

class ProfilesTest {

    @Test
    void profilesAreReadOneByOneAndMatchVeraPdfsDirectory() {
        new PdfValidator();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFA_2_B,
                PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFA_1_B, PDFAFlavour.PDFA_4)) {
            ValidationProfile ours = PdfValidator.VeraPdf.profile(flavour);
            ValidationProfile theirs = org.verapdf.pdfa.validation.profiles.Profiles.getVeraProfileDirectory()
                    .getValidationProfileByFlavour(flavour);
            // Not veraPDF's instance: read on its own, without loading all fifteen profiles first.
            assertNotSame(theirs, ours, flavour.getId());
            assertEquals(flavour, ours.getPDFAFlavour());
            assertEquals(theirs.getRules(), ours.getRules(), flavour.getId());
        }
    }
}
