package org.handout.template;

import org.handout.model.Block;
import org.handout.model.PlainText;

/**
 * Which paragraphs introduce what follows them and so must not end a page without it: one that ends
 * with a colon before a list or table ("You will need:"), and a short one (about two lines) before a
 * table. The template keeps them with the next block (class {@code lead-in}).
 */
final class LeadIn {
    /** About two lines of body text on the narrowest page (A5, large print). */
    static final int SHORT_INTRODUCTION = 140;

    private LeadIn() {
    }

    static boolean introduces(Block.Paragraph p, Block next) {
        if (!(next instanceof Block.ListBlock || next instanceof Block.Table)) {
            return false;
        }
        String text = PlainText.of(p.content()).strip();
        return text.endsWith(":") || next instanceof Block.Table && text.length() <= SHORT_INTRODUCTION;
    }
}
