package org.handout.batch;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param outDisplayName the output folder as the user should see it in messages and reports
 * @param strict         lint warnings count as errors
 * @param variant        build only this variant of each leaflet; null for every variant
 */
public record BuildOptions(Path projectDir, Path outDir, String outDisplayName, boolean strict, String variant) {

    /** The defaults: {@code <project>/output}, shown as {@code output}; not strict. */
    public static BuildOptions of(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("output"), "output", false, null);
    }
}
