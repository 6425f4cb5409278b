package org.handout.fidelity;

/**
 * Something of the leaflet that its PDF does not hold as it should.
 *
 * @param found the structure type its words were found in, for {@link Reason#WRONG_ELEMENT}
 */
record Loss(Expectation expected, Reason reason, String found) {
    enum Reason {
        /** Not drawn on any page. */
        MISSING,
        /** Drawn, but outside the page's visible area. */
        NOT_VISIBLE,
        /** Drawn inside the visible area, but so that no one can see it: too small, transparent, white on white. */
        UNSEEN,
        /** Drawn and visible, but in another kind of structure element. */
        WRONG_ELEMENT,
        /** A picture tagged with its alt text, but with nothing drawn that a reader can see. */
        PICTURE_NOT_DRAWN,
        /** A link's text, but no clickable area with its address on the page. */
        NOT_CLICKABLE
    }
}
