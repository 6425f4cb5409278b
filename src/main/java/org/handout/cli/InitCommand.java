package org.handout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.handout.batch.WriteProblems;
import org.handout.diagnostic.Names;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code handout init [DIR]}: a new project an author can build at once, with an example leaflet that
 * shows every feature. It writes only into a new or empty folder, so it can never overwrite anyone's work.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Make a new handout project: content/ with an example leaflet (and its picture), a commented"
                + " handout.yaml, a .gitignore for output/ and a GitHub Actions workflow. Writes only into a new or"
                + " empty folder.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the project was made",
            "1:a file could not be written",
            "2:the folder is not empty (nothing was changed), or is a file"})
final class InitCommand implements Callable<Integer> {
    /** What init writes: where in the new project, the resource it comes from, and what it is for. */
    record Part(String path, String resource, String what) {
    }

    static final List<Part> PARTS = List.of(
            new Part("content/apprenticeships.md", "content/apprenticeships.md",
                    "an example leaflet using every feature: change it, or add your own beside it"),
            new Part("content/images/workshop.png", "content/images/workshop.png", "its picture"),
            new Part("handout.yaml", "handout.yaml", "settings for every leaflet, each one explained"),
            new Part(".gitignore", "gitignore", "keeps output/ out of git"),
            new Part(".github/workflows/leaflets.yml", "leaflets.yml",
                    "builds every leaflet on GitHub (set HANDOUT_REPOSITORY first, see the file)"));

    /** Entries a new folder may already have: a fresh {@code git init}. */
    private static final List<String> ALLOWED = List.of(".git");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The folder for the new project, made if missing (default: the current folder).")
    Path dir;

    @Option(names = "--force", description = "Make the project even if the folder has an empty content/ folder.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = Names.printable(dir.toString());
        String refusal;
        try {
            refusal = refusal(shown);
        } catch (IOException e) {
            refusal = shown + ": error: cannot read this folder (" + e.getMessage() + ") — choose another folder";
        }
        if (refusal != null) {
            err.println(refusal);
            return ExitCodes.USAGE;
        }
        for (Part part : PARTS) {
            Path target = dir.resolve(part.path());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, resource(part.resource()), StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                err.println(Names.printable(target.toString()) + ": error: not written: "
                        + WriteProblems.kind(e).what(e) + " — make the project in a folder you can write to");
                return ExitCodes.FAILED;
            }
        }
        boolean here = dir.normalize().toString().isEmpty();
        out.println("Made a handout project in " + (here ? "this folder" : shown) + ":");
        int width = PARTS.stream().mapToInt(p -> p.path().length()).max().orElse(0);
        for (Part part : PARTS) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", part.path(), part.what());
        }
        String handout = System.getProperty("handout.launcher", "handout");
        out.println("Next:");
        if (here) {
            out.println("  " + handout + " build    builds content/ into output/ (open output/index.html to see them)");
            out.println("  " + handout + " watch    builds again whenever you save a leaflet");
        } else {
            out.println("  cd " + (shown.matches("[\\w./@+,:-]+") ? shown : "'" + shown.replace("'", "'\\''") + "'"));
            out.println("  " + handout + " build    builds content/ into output/ (open output/index.html to see them)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Why init may not write into {@link #dir}, or {@code null} when it may. */
    private String refusal(String shown) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            return shown + ": error: this is a file, not a folder — give a new folder name, e.g. handout init my-leaflets";
        }
        List<String> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.map(p -> p.getFileName().toString()).filter(n -> !ALLOWED.contains(n)).sorted().toList();
        }
        Path content = dir.resolve("content");
        boolean emptyContent = Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS) && isEmpty(content);
        if (entries.contains("handout.yaml") || entries.contains("content") && !emptyContent
                || entries.contains("templates")) {
            return shown + ": error: this folder already holds a handout project ("
                    + String.join(", ", entries.stream().filter(List.of("content", "handout.yaml", "templates")::contains)
                            .toList()) + ") — build it with handout build, or give init a new folder name;"
                    + " nothing was changed";
        }
        if (entries.equals(List.of("content")) && !force) {
            return shown + ": error: this folder has an empty content/ folder — give --force to make the project"
                    + " here (init then adds the example leaflet to it); nothing was changed";
        }
        List<String> others = entries.stream().filter(n -> !n.equals("content")).toList();
        if (!others.isEmpty()) {
            String listed = String.join(", ", others.stream().limit(5).map(Names::printable).toList())
                    + (others.size() > 5 ? " and " + (others.size() - 5) + " more" : "");
            return shown + ": error: this folder holds other files (" + listed + "), and init writes only into a new"
                    + " or empty folder so that nothing of yours is overwritten — give a new folder name, e.g."
                    + " handout init my-leaflets; nothing was changed";
        }
        return null;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/org/handout/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the init file " + name);
            }
            return in.readAllBytes();
        }
    }
}
