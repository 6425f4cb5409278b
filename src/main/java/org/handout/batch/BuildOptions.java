package org.handout.batch;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param outDisplayName the output folder as the user should see it in messages and reports
 * @param strict         lint warnings count as errors
 */
public record BuildOptions(Path projectDir, Path outDir, String outDisplayName, boolean strict) {

    /** The defaults: {@code <project>/output}, shown as {@code output}; not strict. */
    public static BuildOptions of(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("output"), "output", false);
    }
}
