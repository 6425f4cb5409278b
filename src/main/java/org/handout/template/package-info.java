/**
 * Template stage: a {@link org.handout.model.Leaflet} becomes XHTML text through a FreeMarker
 * template. Content is data here: every value is escaped, and the body arrives as markup that
 * {@link org.handout.template.BodyMarkup} built from the model, never as template source.
 */
package org.handout.template;
