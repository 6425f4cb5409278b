package org.handout.batch;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param outDisplayName the output folder as the user should see it in messages and reports
 */
public record BuildOptions(Path projectDir, Path outDir, String outDisplayName) {

    /** The defaults: {@code <project>/output}, shown as {@code output}. */
    public static BuildOptions of(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("output"), "output");
    }
}
