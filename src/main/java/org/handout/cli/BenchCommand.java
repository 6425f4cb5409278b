package org.handout.cli;

import java.util.concurrent.Callable;
import org.handout.batch.BuildOptions;
import org.handout.bench.Benchmark;
import org.handout.validation.PdfValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code handout bench}: how fast this machine builds and validates leaflets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a corpus of realistic leaflets in a temporary folder, build it twice (cold,"
                + " then warm) and print leaflets per second, time per stage and peak heap, then veraPDF's own"
                + " throughput on the same PDFs (the ceiling), the median PDF size and veraPDF's checks per page.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--leaflets", paramLabel = "N", defaultValue = "100", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int leaflets;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Leaflets built at once (default: the number of cores).")
    int jobs = BuildOptions.defaultJobs();

    @Override
    public Integer call() throws Exception {
        if (leaflets < 1 || jobs < 1) {
            spec.commandLine().getErr().println("handout: --leaflets and --jobs must be 1 or more");
            return ExitCodes.USAGE;
        }
        boolean ok = new Benchmark(new PdfValidator(), spec.commandLine().getOut()).run(leaflets, jobs);
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
