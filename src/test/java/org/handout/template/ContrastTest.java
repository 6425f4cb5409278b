package org.handout.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The WCAG 2.x contrast figures designers look up. */
class ContrastTest {
    @Test
    void matchesTheWcagFormula() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.001);
        assertEquals(1.0, Contrast.ratio("#005eb8", "#005eb8"), 0.001);
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
        assertEquals(Contrast.ratio("#ffffff", "#003087"), Contrast.ratio("#003087", "#ffffff"), 1e-9);
    }
}
