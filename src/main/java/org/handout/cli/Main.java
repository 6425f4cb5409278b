package org.handout.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The libraries log through java.util.logging; handout reports through its own messages.
        Logger.getLogger("").setLevel(System.getenv("HANDOUT_DEBUG") == null ? Level.OFF : Level.INFO);
        System.exit(HandoutCommand.commandLine().execute(args));
    }
}
