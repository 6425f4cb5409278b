package org.handout.fidelity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds each expectation of a group in the PDF's structure elements, in reading order: each is looked
 * for after the element that matched the one before it. What cannot be found as it should be is a
 * {@link Loss}, with the reason worked out from where, if anywhere, its words were drawn.
 */
final class ContentMatcher {
    /** Losses diagnosed in detail; past this the PDF is plainly broken and more detail costs time. */
    private static final int DIAGNOSED = 40;
    /**
     * How far past the cursor an expectation is looked for once {@link #DIAGNOSED} losses are found.
     * Each lost expectation is otherwise looked for in every element after the cursor, so a PDF that
     * lost all of a long leaflet (a template that draws nothing) cost the square of its length; the PDF
     * has failed by then, and only the count in its message can change.
     */
    private static final int WINDOW = 200;

    private final TaggedContent pdf;
    private final List<Loss> losses = new ArrayList<>();
    private final TaggedContent.Element document;
    /** The Link elements that belong to a link already found (its lines after the first, and itself). */
    private final BitSet linkLines = new BitSet();

    ContentMatcher(TaggedContent pdf) {
        this.pdf = pdf;
        this.document = pdf.elements().isEmpty() ? null : pdf.elements().get(0);
    }

    List<Loss> losses() {
        return losses;
    }

    void match(List<Expectation> group) {
        int cursor = 0;
        for (Expectation e : group) {
            int found = switch (e.kind()) {
                case TEXT -> text(e, cursor);
                case FIGURE -> figure(e, cursor);
                case LINK -> link(e, cursor);
            };
            if (found >= 0) {
                cursor = found + 1;
            }
        }
    }

    private int text(Expectation e, int cursor) {
        int at = find(e, cursor, true);
        if (at < 0) {
            lost(e, cursor);
        }
        return at;
    }

    private int figure(Expectation e, int cursor) {
        String alt = Words.normalise(e.alt());
        List<TaggedContent.Element> elements = pdf.elements();
        for (int i = cursor, end = end(cursor); i < end; i++) {
            TaggedContent.Element el = elements.get(i);
            if ("Figure".equals(el.type) && el.alt != null && Words.normalise(el.alt).equals(alt)) {
                if (!PageMarks.shown(pdf.pictures(el))) {
                    losses.add(new Loss(e, Loss.Reason.PICTURE_NOT_DRAWN, null));
                }
                return i;
            }
        }
        losses.add(new Loss(e, Loss.Reason.MISSING, null));
        return -1;
    }

    private int link(Expectation e, int cursor) {
        List<TaggedContent.Element> elements = pdf.elements();
        for (int i = cursor, end = end(cursor); i < end; i++) {
            if (!"Link".equals(elements.get(i).type) || linkLines.get(i)) {
                continue;
            }
            List<Integer> parts = pdf.linkParts(i, String.join("", e.words()));
            StringBuilder text = new StringBuilder();
            parts.forEach(p -> text.append(pdf.text(elements.get(p))));
            if (Words.appearIn(e.words(), text.toString())) {
                boolean clickable = parts.stream().flatMap(p -> pdf.links(elements.get(p)).stream())
                        .anyMatch(l -> l.onPage() && sameAddress(e.href(), l.uri()));
                if (!clickable) {
                    losses.add(new Loss(e, Loss.Reason.NOT_CLICKABLE, null));
                }
                // its later lines are this link, never the next one: a short link "e" is in "(www.example.org)"
                parts.forEach(linkLines::set);
                return i;
            }
        }
        lost(e, cursor);
        return -1;
    }

    /** The first element from {@code cursor} of a wanted type (any type unless {@code typed}) holding the words. */
    private int find(Expectation e, int cursor, boolean typed) {
        List<TaggedContent.Element> elements = pdf.elements();
        for (int i = cursor, end = end(cursor); i < end; i++) {
            TaggedContent.Element el = elements.get(i);
            if (typed && !e.tags().isEmpty() && !e.tags().contains(el.type)) {
                continue;
            }
            if (e.words().isEmpty() ? typed : Words.appearIn(e.words(), pdf.text(el))) {
                return i;
            }
        }
        return -1;
    }

    /** Where a search from {@code cursor} stops: the last element, or the window's end once the PDF has failed. */
    private int end(int cursor) {
        int size = pdf.elements().size();
        return losses.size() < DIAGNOSED ? size : (int) Math.min(size, (long) cursor + WINDOW);
    }

    /** Why the words are not where they should be: in another element, out of sight, or not drawn. */
    private void lost(Expectation e, int cursor) {
        if (losses.size() >= DIAGNOSED || e.words().isEmpty() || document == null) {
            losses.add(new Loss(e, Loss.Reason.MISSING, null));
            return;
        }
        List<TaggedContent.Element> all = pdf.elements();
        for (int i = cursor; i < all.size(); i++) {
            TaggedContent.Element el = all.get(i);
            if ((e.tags().isEmpty() || e.tags().contains(el.type)) && Words.appearIn(e.words(), pdf.hiddenText(el))) {
                losses.add(new Loss(e, Loss.Reason.NOT_VISIBLE, null));
                return;
            }
            if ((e.tags().isEmpty() || e.tags().contains(el.type)) && Words.appearIn(e.words(), pdf.unseenText(el))) {
                losses.add(new Loss(e, Loss.Reason.UNSEEN, null));
                return;
            }
        }
        int elsewhere = find(e, cursor, false);
        if (elsewhere >= 0) {
            // the innermost element holding them: the last one at or after it that still does
            List<TaggedContent.Element> elements = pdf.elements();
            int inner = elsewhere;
            for (int i = elsewhere + 1; i < elements.size() && elements.get(i).visibleStart < elements.get(elsewhere).visibleEnd; i++) {
                if (Words.appearIn(e.words(), pdf.text(elements.get(i)))) {
                    inner = i;
                }
            }
            losses.add(new Loss(e, Loss.Reason.WRONG_ELEMENT, elements.get(inner).type));
            return;
        }
        String hidden = pdf.hiddenText(document);
        String unseen = pdf.unseenText(document);
        losses.add(new Loss(e, e.words().stream().anyMatch(hidden::contains) ? Loss.Reason.NOT_VISIBLE
                : e.words().stream().anyMatch(unseen::contains) ? Loss.Reason.UNSEEN : Loss.Reason.MISSING, null));
    }

    /** Whether a link annotation's address is the one the author wrote (telephone numbers by their digits). */
    static boolean sameAddress(String written, String drawn) {
        if (drawn == null) {
            return false;
        }
        if (written.equals(drawn)) {
            return true;
        }
        if (written.regionMatches(true, 0, "tel:", 0, 4) && drawn.regionMatches(true, 0, "tel:", 0, 4)) {
            return written.replaceAll("[^0-9+]", "").equals(drawn.replaceAll("[^0-9+]", ""));
        }
        return decode(written).equals(decode(drawn));
    }

    private static String decode(String uri) {
        try {
            return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }
}
