package org.handout.batch;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each pipeline stage over a build, summed across worker threads, and how many PDFs
 * were reused unchanged. For the benchmark and the console; never written into a report, which must
 * not change from run to run.
 */
public final class StageTimes {
    /** The stages a leaflet goes through, in order. */
    public enum Stage {
        CHECK("read + checks + lint"), TEMPLATE("template + XHTML"), LAYOUT("layout + PDF"), LAYOUT_CHECK("layout self-check"),
        FIDELITY("fidelity check"),
        VALIDATE("veraPDF"),
        WRITE("write");

        public final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> counts = new EnumMap<>(Stage.class);
    private final LongAdder reused = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            counts.put(s, new LongAdder());
        }
    }

    /** Records a stage that started at {@code startNanos} ({@link System#nanoTime()}) and ends now. */
    void since(Stage stage, long startNanos) {
        nanos.get(stage).add(System.nanoTime() - startNanos);
        counts.get(stage).increment();
    }

    /** Mean milliseconds per run of the stage; 0 when it never ran. */
    public double meanMillis(Stage stage) {
        long n = counts.get(stage).sum();
        return n == 0 ? 0 : nanos.get(stage).sum() / 1e6 / n;
    }

    void reused() {
        reused.increment();
    }

    /** PDFs whose inputs had not changed since the last build, so were not made again. */
    public long reusedCount() {
        return reused.sum();
    }

    public long runs(Stage stage) {
        return counts.get(stage).sum();
    }
}
