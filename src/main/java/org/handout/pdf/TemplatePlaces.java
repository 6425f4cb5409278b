package org.handout.pdf;

import org.handout.diagnostic.Place;

/**
 * Where something the layout engine could not use is written in the template that made the page
 * (a font's address, a family name), so the message about it points there. Whatever the leaflet itself
 * shows was checked before layout, so what is left is the template's.
 */
@FunctionalInterface
public interface TemplatePlaces {
    /**
     * @param text written in the template, or null for no particular text
     * @return the first place it is written, or else the template's page file (or the leaflet, for a
     * built-in template)
     */
    Place find(String text);
}
