/**
 * Proves a PDF complete: reads the laid-out PDF back and checks that every word, picture and link of
 * the leaflet's model is drawn on a page, inside the page's visible area, in the structure element
 * that announces it (H2, LI, TD, Figure, Link…), in reading order. veraPDF proves the form; this
 * stage proves the content. {@link org.handout.fidelity.LayoutCheck} reads the same PDF as a print
 * designer would and warns about pages that break the layout rules. Depends only on {@link org.handout.model}, {@link org.handout.diagnostic}
 * and PDFBox.
 */
package org.handout.fidelity;
