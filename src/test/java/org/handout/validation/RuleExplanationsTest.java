package org.handout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Rule;

class RuleExplanationsTest {

    /** Every rule of the profiles our explanations are written for, by id. */
    private static Map<String, Rule> veraPdfRules() {
        new PdfValidator(); // initialises veraPDF
        Map<String, Rule> rules = new HashMap<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            for (Rule rule : Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour).getRules()) {
                rules.put(RuleIds.format(rule.getRuleId()), rule);
            }
        }
        return rules;
    }

    @Test
    void everyExplainedRuleIsARealVeraPdfRule() {
        Map<String, Rule> rules = veraPdfRules();
        List<String> unknown = new ArrayList<>();
        for (String id : RuleExplanations.table().keySet()) {
            if (!rules.containsKey(id)) {
                unknown.add(id);
            }
        }
        assertEquals(List.of(), unknown, "ids in " + RuleExplanations.RESOURCE + " that veraPDF does not have");
    }

    @Test
    void theRulesPeopleHitMostAreExplained() {
        for (String id : List.of(
                "ISO 14289-1:2014 6.2-1",       // not marked as tagged
                "ISO 14289-1:2014 7.1-3",       // untagged content
                "ISO 14289-1:2014 7.1-9",       // no dc:title
                "ISO 14289-1:2014 7.1-10",      // DisplayDocTitle
                "ISO 14289-1:2014 7.1-11",      // no structure tree
                "ISO 14289-1:2014 7.2-34",      // no language
                "ISO 14289-1:2014 7.3-1",       // figure without alt text
                "ISO 14289-1:2014 7.4.2-1",     // heading levels skipped
                "ISO 14289-1:2014 7.5-1",       // table header without scope
                "ISO 14289-1:2014 7.18.1-2",    // annotation without description
                "ISO 14289-1:2014 7.18.5-2",    // link without Contents
                "ISO 14289-1:2014 7.21.4.1-1",  // font not embedded
                "ISO 14289-1:2014 7.21.7-1",    // no ToUnicode
                "ISO 19005-2:2011 6.1.3-2",     // encrypted
                "ISO 19005-2:2011 6.2.4.3-2",   // RGB without output intent
                "ISO 19005-2:2011 6.2.11.4.1-1",// font not embedded
                "ISO 19005-2:2011 6.5.1-1",     // JavaScript and other actions
                "ISO 19005-2:2011 6.6.4-1")) {  // no pdfaid in XMP
            assertTrue(RuleExplanations.lookup(id) != null, id + " has no plain-English explanation");
        }
        assertTrue(RuleExplanations.table().size() >= 40, "only " + RuleExplanations.table().size());
    }

    @Test
    void explanationsAreSentencesInPlainWordsNotTheStandardsWording() {
        Map<String, Rule> rules = veraPdfRules();
        RuleExplanations.table().forEach((id, text) -> {
            assertTrue(text.endsWith("."), id + ": " + text);
            assertFalse(text.contains(" shall "), id + " reads like the standard: " + text);
            assertFalse(text.equalsIgnoreCase(rules.get(id).getDescription().strip()), id);
        });
    }
}
