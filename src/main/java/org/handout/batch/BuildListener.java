package org.handout.batch;

import org.handout.report.LeafletResult;

/** What a build tells its caller as it goes: on the calling thread, in slug order, whatever the jobs. */
@FunctionalInterface
public interface BuildListener {
    /** Each PDF's result, or a leaflet's when it failed before its variants were known. */
    void result(LeafletResult result);

    /** Once, before the first result: how many leaflets this build goes through. */
    default void started(int leaflets) {
    }

    /** After each leaflet's last result. */
    default void leafletDone() {
    }

    /** After the last result (and when a build stops early), before the reports are written. */
    default void finished() {
    }
}
