package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.handout.batch.Version;
import org.handout.batch.WriteProblems;
import org.handout.diagnostic.Names;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code handout} command; its subcommands do the work. */
@Command(name = "handout",
        mixinStandardHelpOptions = true,
        versionProvider = HandoutCommand.VersionProvider.class,
        description = "Turns Markdown careers leaflets into accessible, printable PDF/UA-1 + PDF/A-2a files,"
                + " each proven by veraPDF.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ImportCommand.class, ValidateCommand.class, WatchCommand.class, ReportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all leaflets built and valid",
            "1:some leaflet or PDF had an error or failed validation",
            "2:usage error (unknown option, missing project folder)"},
        footerHeading = "%nExamples:%n",
        footer = {"  handout init my-leaflets        a new project with an example leaflet",
                  "  handout build                   leaflets in ./content to PDFs in ./output",
                  "  handout build --variant a5      only the A5 version of each",
                  "  handout check --strict          every check, no PDFs (pre-commit)",
                  "  handout watch                   rebuild each leaflet as it is saved",
                  "  handout validate flyer.pdf      check any PDF for PDF/UA-1 and PDF/A",
                  "  handout import nursing.docx     a Word document into content/nursing.md"})
public final class HandoutCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line, for {@link Main} and for tests that run handout in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HandoutCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            IOException io = e instanceof IOException i ? i : e instanceof UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                // A file that could not be read or written, which no stage caught: said in words, as any other.
                WriteProblems.Kind kind = WriteProblems.kind(io);
                String file = io instanceof FileSystemException f && f.getFile() != null ? Names.printable(f.getFile()) : "handout";
                err.println(file + ": error: " + kind.what(io) + " — " + kind.fix(file));
                return ExitCodes.FAILED;
            }
            // A bug, not bad input: one line, no stack trace unless asked for.
            err.println("handout: internal error: " + e);
            if (System.getenv("HANDOUT_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set HANDOUT_DEBUG=1 to see the stack trace, and please report it)");
            }
            return ExitCodes.FAILED;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"handout " + Version.get()};
        }
    }
}
