/**
 * PDF stage: lays out XHTML with OpenHTMLtoPDF on PDFBox as tagged PDF/UA-1 + PDF/A-2a, with the
 * embedded fonts, no network or file access outside the project, and byte-identical output for
 * identical input.
 */
package org.handout.pdf;
