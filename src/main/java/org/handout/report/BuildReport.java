package org.handout.report;

import java.util.List;

/** The results of one build, in slug order. */
public record BuildReport(String handoutVersion, List<LeafletResult> leaflets) {
    public BuildReport {
        leaflets = List.copyOf(leaflets);
    }

    public long failedCount() {
        return leaflets.stream().filter(l -> !l.ok()).count();
    }

    public boolean ok() {
        return failedCount() == 0;
    }
}
