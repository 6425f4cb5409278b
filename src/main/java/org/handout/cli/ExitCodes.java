package org.handout.cli;

/** handout's exit statuses, numbered explicitly because scripts depend on them. */
final class ExitCodes {
    static final int OK = 0;
    /** Some leaflet or PDF had an error or failed validation. */
    static final int FAILED = 1;
    /** The command was wrong: unknown option, missing project folder. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
