package org.handout.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page draws, by marked-content id: the characters drawn where a reader can see them, the
 * characters drawn outside the visible area (off the page or clipped away), the characters drawn
 * inside it that no one can see all the same (too small, transparent, or in the colour behind them),
 * and the pictures.
 * Content marked as an artifact (page furniture) is kept apart: only its pictures are counted.
 */
final class PageMarks {
    /** One marked-content sequence's drawing. */
    static final class Marks {
        final StringBuilder visible = new StringBuilder();
        final StringBuilder hidden = new StringBuilder();
        final StringBuilder unseen = new StringBuilder();
        final List<Picture> pictures = new ArrayList<>();
    }

    /**
     * Part of a picture that must be inside the visible area for it to count as drawn. A picture taller
     * than the page is drawn once on each page it runs over, each time clipped to that page's part:
     * the parts add up.
     */
    static final double SHOWN = 0.9;

    /**
     * A picture as drawn: the part of it inside the visible area (0 to 1), and its size in points.
     */
    record Picture(float shown, float width, float height) {
        boolean visible() {
            return shown >= SHOWN;
        }
    }

    private final Map<Integer, Marks> byId = new HashMap<>();
    private int visibleArtifactPictures;
    private double artifactPictureParts;

    Marks marks(int mcid) {
        return byId.computeIfAbsent(mcid, id -> new Marks());
    }

    /** The drawing of a marked-content id; empty when the page draws nothing for it. */
    Marks get(int mcid) {
        Marks m = byId.get(mcid);
        return m == null ? new Marks() : m;
    }

    void artifactPicture(Picture p) {
        if (p.visible()) {
            visibleArtifactPictures++;
        } else {
            artifactPictureParts += p.shown();
        }
    }

    /** The artifact pictures drawn whole on this page. */
    int visibleArtifactPictures() {
        return visibleArtifactPictures;
    }

    /** The parts drawn of artifact pictures that are not whole on this page (a part of one page each). */
    double artifactPictureParts() {
        return artifactPictureParts;
    }

    /** Whether pictures drawn in parts (say a part on each page) show enough of one picture in all. */
    static boolean shown(List<Picture> pictures) {
        double shown = 0;
        for (Picture p : pictures) {
            shown += p.shown();
        }
        return shown >= SHOWN;
    }
}
