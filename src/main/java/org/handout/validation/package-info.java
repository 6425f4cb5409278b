/**
 * Proves a PDF accessible: validates it in process with veraPDF against PDF/UA-1 and a PDF/A
 * flavour, and turns veraPDF's results into a deterministic {@link org.handout.validation.ValidationReport}
 * whose failed rules carry a plain-English explanation. Depends only on
 * {@link org.handout.diagnostic} and veraPDF.
 */
package org.handout.validation;
