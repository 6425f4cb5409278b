package org.handout.template;

/**
 * Why and where handout stopped a template's run before it ended by itself.
 *
 * @param template the FreeMarker name of the file it was in ({@code mine/page.ftlh}), or null when unknown
 * @param line     1-based, or 0 when unknown
 * @param column   1-based, or 0 when unknown
 * @param what     what was running there, as the template writes it: {@code #list 1..999999999 as i},
 *                 or for {@link Kind#DEPTH} the macro, function or file that calls itself
 */
record TemplateStop(Kind kind, String template, int line, int column, String what) {
    enum Kind {
        /** ran longer than {@link TemplateLimits#time()} */
        TIME,
        /** wrote more than {@link TemplateLimits#outputChars()} */
        OUTPUT,
        /** allocated more than {@link TemplateLimits#memory()}, or Java ran out of memory */
        MEMORY,
        /** calls nested deeper than {@link TemplateLimits#callDepth()} */
        DEPTH,
        /** nested too deeply for the thread's stack (a StackOverflowError) */
        NESTING
    }

    /** Thrown on the template's thread to end its run; it carries no stack trace, only the stop. */
    static final class Stopped extends RuntimeException {
        private final TemplateStop stop;

        Stopped(TemplateStop stop) {
            super(stop.kind().name(), null, false, false);
            this.stop = stop;
        }

        TemplateStop stop() {
            return stop;
        }
    }
}
