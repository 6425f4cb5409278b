package org.handout.template;

import java.time.Duration;

/**
 * How far one run of a template may go. A template is written by a careers service, not by handout,
 * so a loop or a call that never ends must end here, with a message at its place, rather than fill the
 * memory or hold a worker for ever.
 *
 * @param time        wall-clock time for one leaflet in one variant (the built-in template takes
 *                    milliseconds)
 * @param outputChars characters of XHTML the template may write, including text it captures with
 *                    {@code <#assign x>…</#assign>} or {@code #attempt} (a leaflet is at most 1 MB, and its
 *                    markup a few times that)
 * @param callDepth   macros, functions and {@code #include}s/{@code #import}s inside each other (the
 *                    built-in template goes 4 deep for the headings' bookmarks)
 * @param memory      bytes one step of the template (a directive, a {@code ${…}}) may allocate: a step
 *                    that takes more builds a huge value ({@code <#assign s = s + s>} in a loop)
 */
record TemplateLimits(Duration time, long outputChars, int callDepth, long memory) {
    /** Generous for any real template, small enough that a runaway one stops within seconds. */
    static final TemplateLimits DEFAULT =
            new TemplateLimits(Duration.ofSeconds(10), 20L * 1024 * 1024, 100, 256L * 1024 * 1024);
}
