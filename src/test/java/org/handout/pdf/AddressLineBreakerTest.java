package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the layout engine may start a new line in text with addresses in it. */
class AddressLineBreakerTest {
    @Test
    void anAddressBreaksOnlyAfterASlashOrBeforeADotButWordsAroundItBreakAsUsual() {
        assertEquals(List.of("See ", "https://www.healthcareers", ".nhs", ".uk/", "explore-roles/", "nursing ", "today."),
                pieces("See https://www.healthcareers.nhs.uk/explore-roles/nursing today."));
    }

    @Test
    void aPrintedAddressInBracketsKeepsItsBracketsAndNeverBreaksAfterWww() {
        assertEquals(List.of("NHS ", "Jobs ", "(www.jobs", ".nhs", ".uk) ", "and ", "well-", "known ", "words."),
                pieces("NHS Jobs (www.jobs.nhs.uk) and well-known words."));
    }

    @Test
    void anEmailAndABareDomainBreakBeforeTheirDots() {
        assertEquals(List.of("Email ", "careers@nhs", ".uk ", "or ", "see ", "hcpc-uk", ".org."),
                pieces("Email careers@nhs.uk or see hcpc-uk.org."));
    }

    private static List<String> pieces(String text) {
        AddressLineBreaker breaker = new AddressLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int to = breaker.next(); to != BreakIterator.DONE; to = breaker.next()) {
            pieces.add(text.substring(from, to));
            from = to;
        }
        return pieces;
    }
}
