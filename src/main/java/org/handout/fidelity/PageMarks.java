package org.handout.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page draws, by marked-content id: the characters drawn where a reader can see them, the
 * characters drawn outside the visible area (off the page or clipped away), and the pictures.
 * Content marked as an artifact (page furniture) is kept apart: only its pictures are counted.
 */
final class PageMarks {
    /** One marked-content sequence's drawing. */
    static final class Marks {
        final StringBuilder visible = new StringBuilder();
        final StringBuilder hidden = new StringBuilder();
        final List<Picture> pictures = new ArrayList<>();
    }

    /** A picture as drawn: whether enough of it is inside the visible area, and its size there in points. */
    record Picture(boolean visible, float width, float height) {
    }

    private final Map<Integer, Marks> byId = new HashMap<>();
    private int visibleArtifactPictures;

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
        }
    }

    int visibleArtifactPictures() {
        return visibleArtifactPictures;
    }
}
