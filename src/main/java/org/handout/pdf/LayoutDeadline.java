package org.handout.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.time.Duration;

/**
 * Bounds the time the layout engine spends on one PDF. OpenHTMLtoPDF cannot be interrupted, but it
 * asks its line breaker for every break opportunity of every piece of text it lays out, so a breaker
 * that looks at the clock stops a run that a template made far larger than a leaflet.
 */
final class LayoutDeadline {
    /** About a hundred times the layout of the largest leaflet within handout's limits on a loaded machine. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private final long deadline;
    private final Duration limit;

    LayoutDeadline(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** The line breaker, asking the clock at each break. */
    FSTextBreaker watching(FSTextBreaker engine) {
        return new FSTextBreaker() {
            @Override
            public int next() {
                if (System.nanoTime() - deadline > 0) {
                    throw new Exceeded(limit);
                }
                return engine.next();
            }

            @Override
            public void setText(String text) {
                engine.setText(text);
            }
        };
    }

    /** Thrown out of the engine when the time is up; becomes the user's message. */
    static final class Exceeded extends RuntimeException {
        private final Duration limit;

        Exceeded(Duration limit) {
            super(null, null, false, false);
            this.limit = limit;
        }

        Duration limit() {
            return limit;
        }
    }
}
