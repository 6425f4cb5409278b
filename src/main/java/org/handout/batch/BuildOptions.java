package org.handout.batch;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param outDisplayName the output folder as the user should see it in messages and reports
 * @param strict         lint warnings count as errors
 * @param variant        build only this variant of each leaflet; null for every variant
 * @param jobs           how many leaflets to build at once (1 or more)
 * @param shard          which share of the leaflets to build, for a CI matrix
 * @param force          build every PDF again, even those whose inputs have not changed
 */
public record BuildOptions(Path projectDir, Path outDir, String outDisplayName, boolean strict, String variant,
        int jobs, Shard shard, boolean force) {

    public BuildOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more");
        }
    }

    /** The defaults: {@code <project>/output}, shown as {@code output}; every variant; one job per core. */
    public static BuildOptions of(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("output"), "output", false, null, defaultJobs(), Shard.ALL, false);
    }

    public BuildOptions withOut(Path dir, String displayName) {
        return new BuildOptions(projectDir, dir, displayName, strict, variant, jobs, shard, force);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(projectDir, outDir, outDisplayName, value, variant, jobs, shard, force);
    }

    public BuildOptions withVariant(String value) {
        return new BuildOptions(projectDir, outDir, outDisplayName, strict, value, jobs, shard, force);
    }

    public BuildOptions withJobs(int value) {
        return new BuildOptions(projectDir, outDir, outDisplayName, strict, variant, value, shard, force);
    }

    public BuildOptions withShard(Shard value) {
        return new BuildOptions(projectDir, outDir, outDisplayName, strict, variant, jobs, value, force);
    }

    public BuildOptions withForce(boolean value) {
        return new BuildOptions(projectDir, outDir, outDisplayName, strict, variant, jobs, shard, value);
    }

    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }
}
