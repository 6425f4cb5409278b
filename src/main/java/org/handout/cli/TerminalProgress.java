package org.handout.cli;

import java.io.PrintStream;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.handout.batch.BuildListener;
import org.handout.report.ConsoleReport;
import org.handout.report.LeafletResult;

/**
 * On an interactive terminal, a progress bar under the build's lines (progressbar): the bar is
 * redrawn on the last line and every report line is printed above it, so nothing is garbled. Never
 * used in CI ({@code CI} set), with {@code TERM=dumb}, when output is not a terminal, or with
 * {@code --quiet}: there the build prints plain lines only, with no control characters.
 */
final class TerminalProgress implements BuildListener {
    private final ConsoleReport console;
    private final PrintStream terminal;
    private final Object lock = new Object();
    private ProgressBar bar;
    private BarOnLastLine drawn;

    private TerminalProgress(ConsoleReport console, PrintStream terminal) {
        this.console = console;
        this.terminal = terminal;
    }

    /** The listener for a build: with a bar on an interactive terminal, plain lines anywhere else. */
    static BuildListener listener(ConsoleReport console, boolean quiet) {
        return wanted(quiet, System.console() != null, System.getenv())
                ? new TerminalProgress(console, System.out) : console::leaflet;
    }

    static boolean wanted(boolean quiet, boolean interactive, Map<String, String> environment) {
        return !quiet && interactive && !environment.containsKey("CI") && !"dumb".equals(environment.get("TERM"));
    }

    @Override
    public void started(int leaflets) {
        drawn = new BarOnLastLine(new ConsoleProgressBarConsumer(terminal));
        bar = new ProgressBarBuilder().setTaskName("Building").setUnit(" leaflets", 1).setInitialMax(leaflets)
                .setUpdateIntervalMillis(250).setConsumer(drawn).clearDisplayOnFinish().build();
    }

    @Override
    public void result(LeafletResult result) {
        synchronized (lock) {
            if (drawn != null) {
                drawn.clear();
            }
            console.leaflet(result);
            if (drawn != null) {
                drawn.redraw();
            }
        }
    }

    @Override
    public void leafletDone() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** The bar's own drawing, under the same lock as the lines printed above it. */
    private final class BarOnLastLine implements ProgressBarConsumer {
        private final ConsoleProgressBarConsumer console;
        private String last = "";

        BarOnLastLine(ConsoleProgressBarConsumer console) {
            this.console = console;
        }

        @Override
        public int getMaxRenderedLength() {
            return console.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            synchronized (lock) {
                last = rendered;
                console.accept(rendered);
            }
        }

        void redraw() {
            if (!last.isEmpty()) {
                console.accept(last);
            }
        }

        @Override
        public void clear() {
            synchronized (lock) {
                terminal.print("\r" + " ".repeat(Math.max(0, getMaxRenderedLength())) + "\r");
                terminal.flush();
            }
        }

        @Override
        public void close() {
            clear();
            last = "";
        }
    }
}
