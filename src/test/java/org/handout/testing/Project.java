package org.handout.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.cli.HandoutCommand;
import picocli.CommandLine;

/** A throwaway handout project in a temporary folder, and handout run on it in-process. */
public final class Project {
    private final Path root;

    public Project(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Project write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    public byte[] read(String relative) throws IOException {
        return Files.readAllBytes(root.resolve(relative));
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative));
    }

    /** A small valid leaflet with this title. */
    public static String leaflet(String title) {
        return """
                ---
                title: %s
                reviewed: 2026-11-01
                summary: A short leaflet for a test.
                ---

                Some words about the job.

                ## What you do

                - help people
                - work in a team
                """.formatted(title);
    }

    /** Runs {@code handout ARGS} in this JVM and returns what a terminal would show. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = HandoutCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    public record Run(int exitCode, String out, String err) {
    }
}
