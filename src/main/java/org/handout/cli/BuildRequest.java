package org.handout.cli;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import org.handout.batch.BuildOptions;
import org.handout.batch.Shard;

/**
 * A {@code handout build} as the user asked for it, with its folders made absolute, so that a running
 * {@code handout watch} (another process, another working folder) can run exactly this build.
 */
record BuildRequest(BuildOptions options, boolean quiet, boolean verbose) {
    /** Changes whenever the fields sent change, so an older watch refuses rather than misreads. */
    private static final int FORMAT = 1;

    void write(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeUTF(options.projectDir().toAbsolutePath().normalize().toString());
        out.writeUTF(options.outDir().toAbsolutePath().normalize().toString());
        out.writeUTF(options.outDisplayName());
        out.writeBoolean(options.strict());
        out.writeUTF(options.variant() == null ? "" : options.variant());
        out.writeInt(options.jobs());
        out.writeInt(options.shard().index());
        out.writeInt(options.shard().count());
        out.writeBoolean(options.force());
        out.writeBoolean(quiet);
        out.writeBoolean(verbose);
    }

    /** @throws IOException when the request is not one this version of handout sends */
    static BuildRequest read(DataInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("a build request from another version of handout");
        }
        Path project = Path.of(in.readUTF());
        Path out = Path.of(in.readUTF());
        String outDisplayName = in.readUTF();
        boolean strict = in.readBoolean();
        String variant = in.readUTF();
        int jobs = in.readInt();
        int shardIndex = in.readInt();
        int shardCount = in.readInt();
        boolean force = in.readBoolean();
        boolean quiet = in.readBoolean();
        boolean verbose = in.readBoolean();
        try {
            return new BuildRequest(new BuildOptions(project, out, outDisplayName, strict,
                    variant.isEmpty() ? null : variant, jobs, new Shard(shardIndex, shardCount), force), quiet, verbose);
        } catch (IllegalArgumentException e) {
            throw new IOException("a malformed build request: " + e.getMessage(), e);
        }
    }
}
