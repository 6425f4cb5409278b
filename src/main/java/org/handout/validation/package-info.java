/**
 * Validation stage: veraPDF, in process, checks a PDF for PDF/UA-1 and a PDF/A flavour and returns
 * the verdict as data (failed rules with counts and plain-English explanations), never printing.
 */
package org.handout.validation;
