/**
 * XHTML stage: the template's text becomes a well-formed DOM for the layout engine, parsed strictly
 * as XML with no DTDs or external entities, so a broken custom template is reported, not guessed at.
 */
package org.handout.xhtml;
